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
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from iltod import urls
from iltod.site import facets, searchpage
from iltod.site.pages import agency_label, region_label
from iltod.site.render import Renderer

OUTPUT = "pagefind"
# Page kinds whose text is searched through their plan's document, not page by page.
BY_PLAN = frozenset({"plan", "print", "objective", "measure"})
# Documentation pages (about, progress, data format, …) rank below the plans and the pages made
# from them for the same words (Pagefind's ``data-pagefind-weight``, default 1): a guide that
# quotes a word from the plans as an example must not come before the plans themselves.
DOCUMENTATION_WEIGHT = 0.1
BODY = b"data-pagefind-body"
"""What marks a page for the index (set by the theme override on every indexed page)."""
WRITE_TIMEOUT = 120.0


class SearchError(Exception):
    """The search index could not be written completely."""


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
            region_label=region_label(renderer.repo.regions[agency.region], language),
        )
    return out


def index(
    site_dir: Path,
    docs: Mapping[str, str] | None = None,
    plan_facets: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Index the built site's pages outside plans, and the plan documents, into
    ``site_dir/pagefind``; returns counts and timing. With ``plan_facets``
    (:func:`iltod.site.facets.collect`), also write the search page's filters' index.

    Pagefind reads every HTML file under the folder it is given, indexed or not, and holds it in
    memory; so it is given a temporary folder with only what it indexes: copies of the pages
    outside plan folders (home, regions, agencies, documentation) that are marked for the
    index (``data-pagefind-body``), and the plan documents. The number of pages is Pagefind's
    own answer; no file it wrote is read back.
    """
    docs = docs or {}
    out = site_dir / OUTPUT
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="iltod-search-") as tmp:
        given = _gather(site_dir, Path(tmp), {str(PurePosixPath(rel).parent) for rel in docs})
        for rel, html in docs.items():
            path = Path(tmp) / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")
        pages = asyncio.run(_run(Path(tmp), out))
    if plan_facets is not None:
        facets.write(site_dir / searchpage.URL, plan_facets, out)
    return {
        "pages": pages,
        "plans": len(docs),
        "files_read": given + len(docs),
        "seconds": round(time.perf_counter() - start, 2),
    }


def _gather(site_dir: Path, tmp: Path, plan_dirs: set[str]) -> int:
    """Copy the indexed pages outside plan folders into ``tmp``; returns how many."""
    copied = 0
    for folder, subfolders, files in os.walk(site_dir):
        rel = Path(folder).relative_to(site_dir).as_posix()
        # not plans' folders, not the index itself, not a site built inside this one with its
        # own index (the English site in site/en/)
        subfolders[:] = [
            d
            for d in subfolders
            if f"{rel}/{d}".removeprefix("./") not in plan_dirs
            and d != OUTPUT
            and not (rel == "." and (Path(folder) / d / OUTPUT).is_dir())
        ]
        for name in files:
            if not name.endswith(".html"):
                continue
            html = (Path(folder) / name).read_bytes()
            if BODY in html:  # the others (the 404 page) Pagefind would read, then drop
                (tmp / rel).mkdir(parents=True, exist_ok=True)
                (tmp / rel / name).write_bytes(html)
                copied += 1
    return copied


async def _run(folder: Path, out: Path) -> int:
    """Index ``folder`` into ``out``; returns the number of pages Pagefind says it read."""
    from pagefind.index import IndexConfig

    from iltod.site.searchservice import Service

    # Material's "¶" permalinks would end every documentation heading in the results.
    config = IndexConfig(output_path=str(out), exclude_selectors=[".headerlink"])
    service = await Service().launch()
    try:
        index = await service.create_index(config)
        answer = await index.add_directory(str(folder))
        await index.write_files(str(out))
        # The service's process is the only handle on it; pagefind's API names it _backend.
        await written(service._backend.pid, out)
    finally:
        await service.close()
    return int(answer["page_count"])


async def written(pid: int, folder: Path, timeout: float = WRITE_TIMEOUT) -> None:
    """Wait until process ``pid`` has closed every file it has open under ``folder``.

    Pagefind answers "files written" once each file is created and its bytes are handed to a
    writer thread, not once they are written; its Python API then stops the process, and a
    file still being written is left empty or cut short (the build that failed at random with
    a ``JSONDecodeError``, and search files published incomplete). A file the process still
    writes is open in ``/proc/<pid>/fd``. Where there is no ``/proc`` (not Linux) this cannot
    be seen, and it returns at once.

    Raises:
        SearchError: the files are still open after ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while _open_under(Path(f"/proc/{pid}/fd"), folder):
        if time.monotonic() > deadline:
            raise SearchError(f"Pagefind did not finish writing {folder} in {timeout:.0f} s")
        await asyncio.sleep(0.005)


def _open_under(fds: Path, folder: Path) -> bool:
    prefix = str(folder.resolve()) + os.sep
    try:
        links = list(fds.iterdir())
    except OSError:  # no /proc, or the process is gone: nothing of it is open
        return False
    for link in links:
        try:
            if str(link.readlink()).startswith(prefix):
                return True
        except OSError:
            continue  # closed while we looked
    return False
