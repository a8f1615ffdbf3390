"""The search page (``search/``, issue 29): the search box with Pagefind's filters by region,
agency, year and status, which narrow the results without a server, on a phone too (each
filter a dropdown). Each plan is one search document (:mod:`iltod.site.search`), so a
status filter finds the plans that have a measure of that status.

The English site says that the plans' own text is Mongolian (an English word such as
"training" finds nothing) and links the Mongolian site's search page.
"""

from __future__ import annotations

from html import escape
from typing import Any

from iltod.site.pages import PageSpec, SitePlan
from iltod.site.render import Link, Renderer

KIND = "searchpage"
URL = "search/filters/"
"""Under the reserved "search" (no agency takes it), beside a guide that may be search.md."""
FILTERS = ("region", "agency", "year", "status")
"""Pagefind filter names, written into each plan's search document."""


def install(site: SitePlan, renderer: Renderer) -> None:
    """Add the page after the home page in the navigation."""
    t = renderer.t
    src = site.add(PageSpec(KIND, URL, t("search_page")))
    site.nav[1:1] = [{escape(t("search_page")): src}]

    def render(spec: PageSpec, link: Link) -> dict[str, Any]:
        return {
            "filters": [(name, t(f"filter_{name}")) for name in FILTERS],
            # the Mongolian site holds the English one in en/ (mkdocs.en.yml)
            "mongolian_search": link("") + "../" + URL if t.language != "mn" else None,
        }

    renderer.kinds[KIND] = render
