"""Every page of the built sample carries the rules its kind of page uses in its head and
fetches the stylesheets without blocking its first paint; the profile of the kinds'
selectors (iltod/site/material/firstscreen.json) names every selector the sample's pages use,
so no rule the sample's pages need is missing from their head."""

from __future__ import annotations

import re
from pathlib import Path

from iltod.site.material import first_screen_css, site_stylesheets
from iltod.site.material.firstscreen import _profile as committed
from iltod.site.material.firstscreen import kind_of, profile

_NOSCRIPT = re.compile(r'<noscript><link rel="stylesheet" href="[^"]+"></noscript>')
_PRELOAD = re.compile(r'<link rel="preload" as="style" href="[^"]+/iltod/(material|iltod)\.css"')


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_every_page_inlines_its_kinds_rules_and_links_no_stylesheet_that_blocks(
    sample_site: Path,
) -> None:
    pages = _pages(sample_site)
    assert len(pages) > 20
    for path in pages:
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        kind = kind_of(head)
        assert kind is not None, path
        assert f'<style data-kind="{kind}">{first_screen_css(kind)}</style>' in head, path
        links = re.findall(r"<link[^>]*>", _NOSCRIPT.sub("", head))
        assert not [link for link in links if 'rel="stylesheet"' in link], path
        assert _PRELOAD.findall(head) == ["material", "iltod"], path


def test_the_profile_names_every_selector_the_sample_uses(sample_site: Path) -> None:
    pages = (p.read_text(encoding="utf-8") for p in _pages(sample_site))
    missing = {
        kind: sorted(set(names) - committed().get(kind, frozenset()))
        for kind, names in profile(pages, site_stylesheets()).items()
    }
    assert {kind: names for kind, names in missing.items() if names} == {}, (
        "rewrite the profile: python -m iltod.site.material.firstscreen SITE…"
    )
