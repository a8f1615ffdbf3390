"""The page the "follow updates" links open (issue 29): a reader who taps it gets a page in
words, not a file of XML. It says what a feed is and how to follow one, gives the address of
the site's feed and of each agency's (the feeds themselves stay plain Atom for feed readers,
:mod:`iltod.site.feeds`), and lists the latest changes (filled by :mod:`iltod.site.timeline`).
"""

from __future__ import annotations

from typing import Any

from iltod.site import feeds
from iltod.site.pages import PageSpec, SitePlan, agency_label
from iltod.site.render import Link, Renderer

KIND = "updates"
URL = "feeds/"
"""Beside the feeds it explains (``feeds/all.xml``, ``feeds/<agency>.xml``)."""


def install(site: SitePlan, renderer: Renderer, site_url: str) -> None:
    """Add the page (not in the navigation: every "follow updates" link opens it)."""
    site.add(PageSpec(KIND, URL, renderer.t("updates_title")))

    def render(spec: PageSpec, link: Link) -> dict[str, Any]:
        base = site_url.rstrip("/") + "/"
        agencies = sorted(
            (agency_label(a, renderer.t.language), base + feeds.feed_path(slug))
            for slug, a in renderer.repo.agencies.items()
        )
        return {"feed_url": base + feeds.feed_path(), "agencies": agencies}

    renderer.kinds[KIND] = render
