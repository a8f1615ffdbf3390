"""Each kind of page carries in its head the rules of the site's stylesheets its first screen
uses (iltod/site/material/firstscreen.py): the rules of the selectors its profile names, a few
KB, each a rule of the stylesheets in their order, so that once the stylesheets load nothing is
styled otherwise than by them alone."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from iltod.site import Site
from iltod.site.material import ASSETS, first_screen_css, material_css
from iltod.site.material.css import split_top, statements
from iltod.site.material.firstscreen import PROFILE, selectors, subset
from iltod.site.options import SiteOptions
from tests.support import sitekit


def test_the_rules_kept_are_those_of_the_profiles_selectors_in_their_order() -> None:
    css = (
        ":root{--a:1}.md-header,.md-dialog{color:red}.md-dialog{top:0}"
        "@media screen and (max-width:76em){.md-nav{\n  left: 0;\n}.md-dialog{left:0}}"
        "@media print{.md-header{display:none}}@keyframes x{to{opacity:0}}"
        "@media screen and (min-width:45em){.md-nav{left:1rem}}"  # not a phone's
        "@media screen and (min-width: 30em), print and (min-width: 60em){.md-nav{top:0}}"
        ".md-nav__link:hover{color:blue}.md-typeset  h1{margin:0}"
    )
    wanted = frozenset({":root", ".md-header", ".md-nav", ".md-typeset h1"})
    assert subset(css, wanted) == (
        ":root{--a:1}.md-header{color:red}"
        "@media screen and (max-width:76em){.md-nav{left: 0}}"
        "@media screen and (min-width: 30em), print and (min-width: 60em){.md-nav{top:0}}"
        ".md-typeset h1{margin:0}"
    )


def test_every_selector_of_a_stylesheet_is_listed_once_normalized() -> None:
    css = "a,\n.b  .c{x:y}@media screen{.d>.e{x:y}}@keyframes k{to{x:y}}@media print{.f{x:y}}"
    assert list(selectors(css)) == ["a", ".b .c", ".d>.e"]


Rule = tuple[str, str, str]  # (at-rules around it, selector, declarations)


def _rules(css: str, context: str = "") -> list[Rule]:
    out: list[Rule] = []
    for prelude, block in statements(re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        prelude = " ".join(prelude.split())
        if block is None or prelude.startswith(("@page", "@keyframes", "@font-face")):
            continue
        if prelude.startswith("@"):
            out += _rules(block, f"{context}{prelude}|")
        else:
            declarations = {" ".join(d.replace(": ", ":").split()) for d in split_top(block, ";")}
            out += [
                (context, s.strip(), ";".join(sorted(declarations - {""})))
                for s in prelude.split(",")
            ]
    return out


KINDS = sorted(json.loads(PROFILE.read_text(encoding="utf-8"))["kinds"])


def test_every_kind_of_page_the_site_makes_has_a_profile() -> None:
    assert {"home", "region", "agency", "plan", "objective", "measure", "print", "guide"} <= set(
        KINDS
    )


@pytest.mark.parametrize("kind", KINDS)
def test_each_rule_of_a_kinds_first_screen_is_a_rule_of_the_stylesheets_in_their_order(
    kind: str,
) -> None:
    whole = _rules(material_css()) + _rules((ASSETS / "iltod.css").read_text(encoding="utf-8"))
    position = 0
    for context, selector, declarations in _rules(first_screen_css(kind)):
        found = next(
            i
            for i in range(position, len(whole))
            if whole[i][:2] == (context, selector)
            and set(declarations.split(";")) <= set(whole[i][2].split(";"))
        )
        position = found


@pytest.mark.parametrize("kind", KINDS)
def test_a_kinds_first_screen_is_a_few_kilobytes_and_cannot_end_its_style_element(
    kind: str,
) -> None:
    css = first_screen_css(kind)
    assert 2_000 < len(gzip.compress(css.encode())) < 7_000
    assert "</style" not in css.lower()


def test_a_kind_without_a_profile_inlines_nothing() -> None:
    assert first_screen_css("not-a-kind") == ""


def _site(root: Path, **options: Any) -> Site:
    sitekit.make_repo(root)  # the SYNTHETIC test repository
    return Site(root, "mn", SiteOptions(office_downloads=False, **options))


def test_a_site_inlines_each_kinds_first_screen_up_to_first_screen_pages(tmp_path: Path) -> None:
    site = _site(tmp_path / "repo", first_screen_pages=10_000)
    first_screen = site.theme_globals()["iltod"]["first_screen"]
    assert first_screen("measure") == first_screen_css("measure") != ""


def test_a_site_of_more_pages_than_first_screen_pages_links_its_kinds_rules_instead(
    tmp_path: Path,
) -> None:
    """At national scale the inline rules would take the main site over GitHub Pages' 1 GB:
    each kind's rules are published once, as a small stylesheet its pages link."""
    site = _site(
        tmp_path / "repo", first_screen_pages=len(_site(tmp_path / "n", search=False).pages) - 1
    )
    first_screen = site.theme_globals()["iltod"]["first_screen"]
    link = site.theme_globals()["iltod"]["first_screen_link"]
    assert [first_screen(kind) for kind in ("measure", "plan", "home")] == ["", "", ""]
    assert link("measure") == "assets/iltod/first-screen/measure.css"
    published = site.generated_docs()
    assert published["assets/iltod/first-screen/measure.css"] == first_screen_css("measure")
    assert {path for path in published if path.endswith(".css")} == {
        f"assets/iltod/first-screen/{kind}.css" for kind in json.loads(PROFILE.read_text())["kinds"]
    }
    assert link("not-a-kind") == ""


def test_a_small_site_publishes_no_shared_first_screen_stylesheet(tmp_path: Path) -> None:
    site = _site(tmp_path / "repo", first_screen_pages=10_000)
    assert site.theme_globals()["iltod"]["first_screen_link"]("measure") == ""
    assert [path for path in site.generated_docs() if path.endswith(".css")] == []
