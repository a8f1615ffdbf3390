"""Material's stylesheet without the parts iltod's theme never draws.

Material's ``main.css`` (137 KB, 23 KB gzipped) is render-blocking on every page: on a slow 3G
phone its download alone is a third of a second before the first paint. Half of it styles
components this site does not have (Material's search, tabs, tooltips, blog, version selector,
cookie consent, code highlighting…) and Markdown extensions it does not enable. This module
removes exactly those rules and nothing else: a rule stays unless every one of its selectors
names a class listed below, and a custom property stays unless no remaining rule, and no file of
iltod's theme, uses it. What is left renders every page as the whole stylesheet does
(``tests/browser/test_stylesheet.py`` compares screenshots of every kind of page, with
Material's whole stylesheet and with this one).

Turning on a Material feature or a Markdown extension listed here (``mkdocs.yml``) means
taking it off these lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Material components iltod's templates never write, with what would write them.
COMPONENTS = (
    "md-search",  # Material's search plugin (iltod uses Pagefind)
    "md-tabs",  # navigation.tabs
    "md-top",  # navigation.top
    "md-tooltip",  # content.tooltips, md-tooltip2 included
    "md-annotation",  # content.code.annotate
    "md-clipboard",  # content.code.copy
    "md-code",  # content.code.select
    "md-version",  # extra.version (mike)
    "md-banner",  # the announce block
    "md-consent",  # extra.consent
    "md-feedback",  # extra.analytics.feedback
    "md-post",  # the blog plugin: posts, authors, pagination, drafts, pins, profiles
    "md-pagination",
    "md-author",
    "md-meta",
    "md-draft",
    "md-pin",
    "md-profile",
    "md-content--post",
    "md-sidebar--post",
    "md-tag",  # the tags plugin
    "md-social",  # extra.social
    "md-progress",  # navigation.instant.progress
    "md-status",  # page status badges
    "md-source__fact",  # the repository's stars and forks (partials/header.html: a plain link)
    "md-source-file",  # the git-revision-date plugins
    "md-button",  # attr_list buttons: none in the guides
    "md-input",  # the blog's and search's inputs
    "md-option",
    "md-nav--lifted",  # navigation.tabs
    "md-nav--integrated",  # toc.integrate
    "md-nav__item--section",  # navigation.sections (partials/nav.html writes no sections)
    "md-nav__item--nested",
    "md-nav__container",
    "md-nav__source",
    "md-toggle--indeterminate",  # navigation.expand
    "md-header--lifted",  # navigation.tabs.sticky
    "md-copyright__highlight",  # Material's copyright partial (partials/copyright.html)
)
# Markdown extensions mkdocs.yml does not enable (it has tables, attr_list, admonition, toc).
EXTENSIONS = (
    "highlight",  # pymdownx.highlight: highlight, highlighttable
    "linenos",
    "linenodiv",
    "tabbed-",  # pymdownx.tabbed
    "keys",  # pymdownx.keys
    "task-list",  # pymdownx.tasklist
    "critic",  # pymdownx.critic
    "arithmatex",  # pymdownx.arithmatex
    "twemoji",  # pymdownx.emoji
    "emojione",
    "gemoji",
    "footnote",  # footnotes
    "grid",  # Material's grids and cards
    "card",
    "mermaid",  # pymdownx.superfences' diagrams
)
# A class is unused if its name starts with one of the above; the dark scheme is not offered.
_CLASS = "|".join(re.escape(name) for name in COMPONENTS + EXTENSIONS)
UNUSED = re.compile(rf"\.(?:{_CLASS})[\w-]*|\[data-md-color-scheme=slate\]")
_NESTED = ("@media", "@supports", "@container", "@layer", "@document")
_VAR_USE = re.compile(r"var\(\s*(--[\w-]+)")


def slim(css: str, used_elsewhere: Iterable[str] = ()) -> str:
    """``css`` without the rules whose every selector names an unused class, and without the
    custom properties nothing uses (``used_elsewhere``: names of custom properties, such as
    ``--md-primary-fg-color``, that iltod's own stylesheets or templates use)."""
    kept = _serialize(_prune(statements(_strip_comments(css))))
    return drop_unused_properties(kept, set(used_elsewhere))


Statement = tuple[str, "str | None"]  # (prelude, block); block None for ``@charset …;``


def statements(css: str) -> list[Statement]:
    """The top-level statements of ``css`` (comments removed): each rule's selector or at-rule's
    prelude, and its block's text (None for statements without a block)."""
    out: list[Statement] = []
    i, n = 0, len(css)
    while i < n:
        j = _scan(css, i, "{;")
        prelude = css[i:j].strip()
        if j >= n:
            if prelude:
                raise ValueError(f"unterminated CSS statement: {prelude[:60]!r}")
            break
        if css[j] == ";":
            out.append((prelude, None))
            i = j + 1
            continue
        end = _block_end(css, j)
        out.append((prelude, css[j + 1 : end]))
        i = end + 1
    return out


def _scan(css: str, i: int, stops: str) -> int:
    """The index of the first character of ``stops`` at or after ``i`` outside strings and
    parentheses (``url(data:…;…)`` holds semicolons), or ``len(css)``. Jumps from one
    character that matters to the next with a regular expression: a loop over every
    character made trimming Material's stylesheet 0.2 s of every cold build."""
    marks = _MARKS.get(stops)
    if marks is None:
        marks = _MARKS[stops] = re.compile("[\"'()" + re.escape(stops) + "]")
    depth, n = 0, len(css)
    while (found := marks.search(css, i)) is not None:
        i = found.start()
        ch = css[i]
        if ch in "\"'":
            i = _string_end(css, i + 1, ch)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            return i
        i += 1
    return n


_MARKS: dict[str, re.Pattern[str]] = {}
_STRING_MARKS = {q: re.compile(r"[\\" + q + "]") for q in "\"'"}


def _string_end(css: str, i: int, quote: str) -> int:
    """The index after the string's closing ``quote`` (a backslash escapes the next
    character), or ``len(css)`` when it is not closed."""
    while (found := _STRING_MARKS[quote].search(css, i)) is not None:
        if css[found.start()] == "\\":
            i = found.start() + 2
            continue
        return found.start() + 1
    return len(css)


def _block_end(css: str, start: int) -> int:
    """The index of the ``}`` closing the block opened at ``start``."""
    depth, i = 0, start
    while True:
        i = _scan(css, i, "{}")
        if i >= len(css):
            raise ValueError(f"unbalanced braces after {css[start - 40 : start]!r}")
        depth += 1 if css[i] == "{" else -1
        if depth == 0:
            return i
        i += 1


def _strip_comments(css: str) -> str:
    out, i = [], 0
    while i < len(css):
        j = _scan(css, i, "/")
        out.append(css[i:j])
        if j >= len(css):
            break
        if css.startswith("/*", j):
            end = css.find("*/", j + 2)
            i = len(css) if end < 0 else end + 2
        else:
            out.append("/")
            i = j + 1
    return "".join(out)


def split_top(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside strings, parentheses and brackets."""
    scanned = text.replace("[", "(").replace("]", ")")  # the same length: indices carry over
    parts, i = [], 0
    while True:
        j = _scan(scanned, i, sep)
        parts.append(text[i:j])
        if j >= len(text):
            return parts
        i = j + 1


def _prune(items: list[Statement]) -> list[Statement]:
    out: list[Statement] = []
    for prelude, block in items:
        if block is not None and prelude.startswith(_NESTED):
            inner = _prune(statements(block))
            if inner:
                out.append((prelude, _serialize(inner)))
        elif block is None or prelude.startswith("@"):
            out.append((prelude, block))  # @charset, @keyframes, @font-face, @page
        else:
            selectors = [s for s in split_top(prelude, ",") if not UNUSED.search(s)]
            if selectors:
                out.append((",".join(selectors), block))
    return out


def _serialize(items: list[Statement]) -> str:
    return "".join(f"{p};" if b is None else f"{p}{{{b}}}" for p, b in items)


def drop_unused_properties(css: str, used_elsewhere: set[str]) -> str:
    """Custom property declarations that nothing reads (until none is left: a property may be
    read only by another that goes)."""
    while True:
        used = used_elsewhere | set(_VAR_USE.findall(css))
        slimmer = _serialize(_without_properties(statements(css), used))
        if slimmer == css:
            return css
        css = slimmer


def _without_properties(items: list[Statement], used: set[str]) -> list[Statement]:
    out: list[Statement] = []
    for prelude, block in items:
        if block is None or prelude.startswith(("@keyframes", "@font-face", "@page")):
            out.append((prelude, block))
        elif prelude.startswith("@"):
            inner = _without_properties(statements(block), used)
            if inner:
                out.append((prelude, _serialize(inner)))
        else:
            declarations = [
                d
                for d in split_top(block, ";")
                if not (d.strip().startswith("--") and d.split(":", 1)[0].strip() not in used)
            ]
            body = ";".join(declarations)
            if body.strip():
                out.append((prelude, body))
    return out
