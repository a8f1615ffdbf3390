"""Site search with Pagefind: a chunked index written after the build.

A query downloads only the index chunks and fragments it needs instead of a whole-site index
on every cold page view (dev/search.md).

What is indexed is chosen for national scale (dev/performance.md). Pagefind's browser code
loads a list of every indexed page before its first query (about 6.6 bytes a page, gzip), and
its indexer holds every page it reads in memory (about 5× the HTML). Indexing each of the
35,000 pages of 1,000 agencies cost 3.1 GB of memory and a 222 KB list per query. So:

- each **plan is one search document** (:func:`documents`): its objectives and measures are
  headings with the anchors of their own pages, which Pagefind returns as sub-results; the
  search box (``assets/iltod/search.js``) links each sub-result to that objective's or
  measure's page. The documents are written to a temporary folder at the plan page's path, so
  a result's URL is the plan page, and are never published;
- plan, print, objective and measure pages are not indexed themselves (:data:`BY_PLAN`), nor
  even read by Pagefind (:func:`index`); home, region, agency and documentation pages are.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from iltod import urls
from iltod.regions import REGIONS
from iltod.site.pages import agency_label, region_label
from iltod.site.render import Renderer


OUTPUT = "pagefind"
# Page kinds whose text is searched through their plan's document, not page by page.
BY_PLAN = frozenset({"plan", "print", "objective", "measure"})
# Documentation pages (about, progress, data format, …) rank below the plans and the pages made
# from them for the same words (Pagefind's ``data-pagefind-weight``, default 1): a guide that
# quotes a word from the plans as an example must not come before the plans themselves.
DOCUMENTATION_WEIGHT = 0.1


def documents(renderer: Renderer) -> dict[str, str]:
    """One HTML search document per plan: path relative to the site (the plan page's
    ``index.html``) → HTML. Agency text reaches it only through Jinja's autoescaping."""
    template = renderer.env.get_template("search.html")
    language = renderer.t.language
    out: dict[str, str] = {}
    for pf in renderer.repo.plans:
        plan = pf.plan
        agency = renderer.repo.agencies[plan.agency]
        out[urls.plan(plan.agency, plan.year) + "index.html"] = template.render(
            lang=language,
            plan=plan,
            label=agency_label(agency, language),
            region_label=region_label(REGIONS[agency.region], language),
        )
    return out


ATTEMPTS = 3


def _entry(out: Path) -> dict[str, Any] | None:
    """The index's entry file, or None when Pagefind left it empty or cut short."""
    try:
        entry: dict[str, Any] = json.loads((out / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry


def index(site_dir: Path, docs: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Index the built site's pages outside plans, and the plan documents, into
    ``site_dir/pagefind``; returns counts and timing.

    Pagefind reads every HTML file under the folder it is given, indexed or not, and holds it in
    memory; so it is given a temporary folder with only what it indexes: copies of the pages
    outside plan folders (home, regions, agencies, documentation) and the plan documents.
    """
    from pagefind.index import IndexConfig, PagefindIndex

    docs = docs or {}
    out = site_dir / OUTPUT
    shutil.rmtree(out, ignore_errors=True)
    plan_dirs = {str(PurePosixPath(rel).parent) for rel in docs}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="iltod-search-") as tmp:
        copied = 0
        for folder, subfolders, files in os.walk(site_dir):
            rel = Path(folder).relative_to(site_dir).as_posix()
            # not plans' folders, not the index itself, not a site built inside this one with
            # its own index (the English site in site/en/)
            subfolders[:] = [d for d in subfolders
                             if f"{rel}/{d}".removeprefix("./") not in plan_dirs and d != OUTPUT
                             and not (rel == "." and (Path(folder) / d / OUTPUT).is_dir())]
            for name in files:
                if name.endswith(".html"):
                    (Path(tmp) / rel).mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(Path(folder) / name, Path(tmp) / rel / name)
                    copied += 1
        for rel, html in docs.items():
            path = Path(tmp) / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")

        async def run() -> None:
            # Material's "¶" permalinks would end every documentation heading in the results.
            config = IndexConfig(output_path=str(out), exclude_selectors=[".headerlink"])
            async with PagefindIndex(config=config) as idx:
                await idx.add_directory(tmp)

        # Pagefind's service answers "files written" before it has finished writing them and
        # is then stopped; on a busy machine pagefind-entry.json is left empty (a broken search
        # box). Written again until the entry is whole (seen: 2 builds of 12, 4 at a time).
        for _attempt in range(ATTEMPTS):
            shutil.rmtree(out, ignore_errors=True)
            asyncio.run(run())
            entry = _entry(out)
            if entry is not None:
                break
        else:
            raise RuntimeError(f"Pagefind left {out / 'pagefind-entry.json'} incomplete")
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    return {
        "pages": pages,
        "plans": len(docs),
        "files_read": copied + len(docs),
        "languages": sorted(entry["languages"]),
        "seconds": round(time.perf_counter() - start, 2),
    }
