"""Each kind of page carries in its head the rules of the site's stylesheets it uses
(iltod/site/material/firstscreen.py): chosen by which selectors match an element of pages of that
kind (iltod/site/material/selectors.py), a few KB, each a rule of the stylesheets in their
order, so that once the stylesheets load nothing is styled otherwise than by them alone."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from iltod.site.material import ASSETS, first_screen_css, material_css
from iltod.site.material.css import split_top, statements
from iltod.site.material.firstscreen import PROFILE, profile, subset, used
from iltod.site.material.selectors import Page, parse_html

PAGE = """<!doctype html><html lang="mn"><head><title>t</title></head><body>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<input class="md-nav__toggle" type="checkbox" id="nav-1" checked>
<header class="md-header md-header--shadow"><a class="md-logo" href="/">x</a></header>
<nav class="md-nav"><ul class="md-nav__list"><li class="md-nav__item md-nav__item--active">
<a class="md-nav__link" href="a/">a</a></li>
<li class="md-nav__item"><a href="b/">b</a></li></ul></nav>
<article class="md-typeset"><h1>T</h1><p>p<br>q</p><svg viewBox="0 0 1 1"><path d="M0"/></svg>
<table><tr><td>1</td></tr></table></article></body></html>"""


def _uses(selector: str) -> bool:
    return Page(parse_html(PAGE)).uses(selector)


@pytest.mark.parametrize(
    "selector",
    [
        ".md-header",
        ".md-header.md-header--shadow",
        "body > header .md-logo",
        ".md-nav__item--active > .md-nav__link",
        ".md-nav__item + .md-nav__item a",
        ".md-toggle ~ header",
        "[data-md-toggle=drawer]",
        '[href^="a/"]',
        "[lang|=mn]",
        ".md-nav__toggle:checked",
        ".md-typeset h1:before",
        ".md-typeset ::selection",
        ".md-typeset :is(h2, h1)",
        ".md-typeset p:not(.x)",
        ":root",
        ".md-typeset svg path",
        ".md-typeset table td:first-child",
    ],
)
def test_a_selector_that_matches_an_element_of_the_page_is_used(selector: str) -> None:
    assert _uses(selector)


@pytest.mark.parametrize(
    "selector",
    [
        ".md-dialog",
        ".md-header .md-nav",
        "header > .md-logo .x",
        ".md-nav__item--active + .md-nav__item--active",
        "[data-md-toggle=search]",
        "[data-md-toggle=drawer]:checked ~ header",  # the drawer is closed when the page loads
        ".md-nav__link:hover",  # only once a reader points at it
        ".md-nav__link:focus-visible",
        ".md-typeset :is(h2, h3)",
        ".md-typeset td:first-child + td",
        "[href$=c]",
    ],
)
def test_a_selector_no_element_matches_before_a_reader_acts_is_not(selector: str) -> None:
    assert not _uses(selector)


def test_the_rules_kept_are_those_of_the_selectors_used_in_their_order() -> None:
    css = (
        ":root{--a:1}.md-header,.md-dialog{color:red}.md-dialog{top:0}"
        "@media screen and (max-width:76em){.md-nav{\n  left: 0;\n}.md-dialog{left:0}}"
        "@media print{.md-header{display:none}}@keyframes x{to{opacity:0}}"
        ".md-nav__link:hover{color:blue}.md-typeset h1{margin:0}"
    )
    wanted = frozenset(used(PAGE, [css]))
    assert subset(css, wanted) == (
        ":root{--a:1}.md-header{color:red}"
        "@media screen and (max-width:76em){.md-nav{left: 0}}"
        ".md-typeset h1{margin:0}"
    )


def test_the_profile_names_each_kinds_selectors_from_its_pages_head_mark() -> None:
    plan = PAGE.replace("<title>", '<style data-kind="plan"></style><title>')
    found = profile([plan, "<html><body><p>a redirect</p></body></html>"], [".md-logo{x:y}p{x:y}"])
    assert found == {"plan": [".md-logo", "p"]}


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
