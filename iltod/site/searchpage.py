"""The search page (``find/``, issue 29): the search box and its results on a page of their own.

Pagefind's filters (region, agency, year, status) were built here and withdrawn: Pagefind 1.x
writes its filter index differently on every run (Pagefind issue #638), which breaks the
reproducible build and the page cache's "a build from the cache is the build without it".

The English site says that the plans' own text is Mongolian (an English word such as
"training" finds nothing) and links the Mongolian site's search page.
"""

from __future__ import annotations

from html import escape
from typing import Any

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
            # the Mongolian site holds the English one in en/ (mkdocs.en.yml)
            "mongolian_search": link("") + "../" + URL if t.language != "mn" else None,
        }

    renderer.kinds[KIND] = render
