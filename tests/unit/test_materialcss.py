"""iltod/site/material/css.py: Material's stylesheet without the rules of components the site
never draws. A rule goes only when every one of its selectors names such a component; nothing
else of the stylesheet changes (the browser test compares screenshots of every page)."""

from __future__ import annotations

from iltod.site.material import css as materialcss


def test_a_rule_goes_only_when_every_selector_names_an_unused_component() -> None:
    css = ".md-search__input{color:red}.md-tabs,.md-nav{margin:0}.md-nav__link{color:blue}"
    assert materialcss.slim(css) == ".md-nav{margin:0}.md-nav__link{color:blue}"


def test_rules_inside_media_queries_are_pruned_and_an_emptied_query_goes() -> None:
    css = (
        "@media screen and (max-width:76em){.md-tabs{display:none}.md-nav{top:0}}"
        "@media print{.md-search{display:none}}"
    )
    assert materialcss.slim(css) == "@media screen and (max-width:76em){.md-nav{top:0}}"


def test_strings_and_data_urls_are_never_split_at_their_semicolons_or_braces() -> None:
    css = (
        '.md-nav{background:url("data:image/svg+xml;charset=utf-8,<svg>{}</svg>")}'
        '.md-typeset a:after{content:";}"}'
    )
    assert materialcss.slim(css) == css


def test_a_custom_property_stays_while_anything_reads_it() -> None:
    css = (
        ":root{--md-used:1px;--md-unused:2px;--md-chained:var(--md-search-only)}"
        ".md-nav{margin:var(--md-used)}.md-search{padding:var(--md-chained)}"
    )
    assert materialcss.slim(css) == ":root{--md-used:1px}.md-nav{margin:var(--md-used)}"
    kept = materialcss.slim(css, used_elsewhere={"--md-unused"})
    assert kept == ":root{--md-used:1px;--md-unused:2px}.md-nav{margin:var(--md-used)}"


def test_comments_go_and_keyframes_stay_whole() -> None:
    css = "/* licence */@keyframes md-spin{0%{opacity:0}to{opacity:1}}.md-nav{margin:0}"
    kept = materialcss.slim(css)
    assert kept == "@keyframes md-spin{0%{opacity:0}to{opacity:1}}.md-nav{margin:0}"
