"""The search page's filters (issue 29): a static, sorted facet index written by iltod beside the
search page (``find/facets.json``), which its script (``assets/iltod/find.js``) applies to
Pagefind's results in the reader's browser.

Pagefind's own filters are not used: Pagefind 1.x writes its filter index differently on every
run (Pagefind issue #638; its author: "other files will still change, such as the
filter/metadata indexes"), and the build must be byte for byte reproducible
(tests/acceptance/test_page_cache.py). This file is written from the plans in a fixed order.

Each plan is one search document (:mod:`iltod.site.search`), so a result is a plan; the index
says, per plan page, its region, agency, year and which of its measures (by number) have each
status. ``ids`` maps Pagefind's result id (its fragment's name) to the page (plans and the pages
that are not plans, which a filter leaves out), so the script narrows a search without fetching
every result's fragment; an id it does not find there it resolves by fetching that result's
data (slower, never wrong).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from iltod import progress, urls
from iltod.site.pages import region_label
from iltod.site.render import Renderer

FILE = "facets.json"
"""Written into the search page's folder (:data:`iltod.site.searchpage.URL`)."""
FRAGMENT_SIGNATURE = b"pagefind_dcd"
"""What starts a Pagefind fragment once un-gzipped (then its JSON: url, meta, content …)."""


def collect(renderer: Renderer) -> dict[str, dict[str, Any]]:
    """Per plan page (``agency/year/``): its region, agency, year, and the numbers of its
    measures by status (statuses in :data:`iltod.progress.STATUSES` order, only those present;
    a number ``1.2`` is the anchor ``measure-1-2`` of the plan's search document)."""
    out: dict[str, dict[str, Any]] = {}
    for pf in renderer.repo.plans:
        plan = pf.plan
        by_status: dict[str, list[str]] = {}
        for row in renderer.rows(pf).values():
            by_status.setdefault(row.a.status, []).append(row.measure.number)
        out[urls.plan(plan.agency, plan.year)] = {
            "region": renderer.repo.agencies[plan.agency].region,
            "agency": plan.agency,
            "year": plan.year,
            "status": {s: by_status[s] for s in progress.STATUSES if s in by_status},
        }
    return dict(sorted(out.items()))


Choices = dict[str, list[tuple[str, str]]]


def choices(renderer: Renderer, plans: dict[str, dict[str, Any]]) -> Choices:
    """The filters' options (value, label in the site's language), in a fixed order: regions in
    the order of the deployment's regions file, statuses as assessed, years newest first."""
    language, t, regions = renderer.t.language, renderer.t, renderer.repo.regions
    used = {p["region"] for p in plans.values()}
    statuses = {s for p in plans.values() for s in p["status"]}
    years = sorted({p["year"] for p in plans.values()}, reverse=True)
    return {
        "region": [(r.slug, region_label(r, language)) for r in regions.regions if r.slug in used],
        "status": [(s, t(f"status.{s}")) for s in progress.STATUSES if s in statuses],
        "year": [(str(y), str(y)) for y in years],
    }


def fragment_ids(pagefind_dir: Path) -> dict[str, str]:
    """Pagefind's result id → the page's URL relative to the site (``a/2021/``), read from its
    fragments; a fragment it cannot read is left out (the script then fetches that result)."""
    out: dict[str, str] = {}
    for path in sorted((pagefind_dir / "fragment").glob("*.pf_fragment")):
        try:
            raw = gzip.decompress(path.read_bytes())
            if not raw.startswith(FRAGMENT_SIGNATURE):
                continue
            url = json.loads(raw[len(FRAGMENT_SIGNATURE) :])["url"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(url, str):
            out[path.name.removesuffix(".pf_fragment")] = url.lstrip("/")
    return out


def write(folder: Path, plans: dict[str, dict[str, Any]], pagefind_dir: Path) -> Path:
    """Write ``folder/facets.json``: the plans' facets and the ids of their search results."""
    data = {"plans": plans, "ids": fragment_ids(pagefind_dir)}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    return path
