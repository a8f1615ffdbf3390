"""The search page (``find/``, issue 29): the search box and its results on a page of their own.

Its filters (region, status of a measure, year) narrow Pagefind's results in the browser with a
static index iltod writes (:mod:`iltod.site.facets`, ``find/facets.json``), not with Pagefind's own
filters, which Pagefind 1.x writes differently on every run (Pagefind issue #638). The page's
script is ``assets/iltod/find.js``; the form's choices are in its address (``?q=…&region=…``),
so a narrowed search can be shared. Without JavaScript the page says so and links the lists
that need none (the ranking, the overdue measures).

The English site says that the plans' own text is Mongolian (an English word such as
"training" finds nothing) and links the Mongolian site's search page.
"""

from __future__ import annotations

from html import escape
from typing import Any

from iltod.site import facets, late
from iltod.site.pages import PageSpec, SitePlan
from iltod.site.render import Link, Renderer

KIND = "searchpage"
URL = "find/"
"""Not under "search/": a guide may be search.md there (and dev/search.md must never be)."""


def install(site: SitePlan, renderer: Renderer) -> None:
    """Add the page after the home page in the navigation."""
    t = renderer.t
    src = site.add(PageSpec(KIND, URL, t("search_page")))
    site.nav[1:1] = [{escape(t("search_page")): src}]

    def render(spec: PageSpec, link: Link) -> dict[str, Any]:
        return {
            "filters": facets.choices(renderer, facets.collect(renderer)),
            "ranking_url": link(late.RANKING),
            "overdue_url": link(late.NATION_OVERDUE),
            # the Mongolian site holds the English one in en/ (mkdocs.en.yml)
            "mongolian_search": link("") + "../" + URL if t.language != "mn" else None,
        }

    renderer.kinds[KIND] = render
