"""The stylesheet rules each kind of page needs to paint its first screen, put in its head.

On a slow phone network each render-blocking stylesheet is a round trip before the first paint.
A page therefore carries, in a ``<style>`` in its head, the rules of Material's (trimmed)
stylesheet and of ``iltod.css`` that its kind of page uses on a phone's first screen, and on a
screen narrower than :data:`NARROW_EM` the two stylesheets do not block (``overrides/main.html``):
a phone paints from the HTML alone. A wider screen (a computer, on a faster network) waits for
them as before, so the head's rules leave out what only wider screens apply: every page carries
a few KB less.

Which rules: a *profile* (``firstscreen.json``) names, for each kind of page (``measure``,
``plan``, ``home``…, ``guide`` for the hand-written pages and the 404 page), the selectors that
style the first screen (375 and 1280 px wide) of some page of that kind, found in Chromium on
built sites (``python -m tests.support.firstscreen SITE…`` rewrites it; the sample's pages, the
English sample's and a SYNTHETIC fixture's; ``tests/browser/test_first_screen.py`` fails when
the sample's first screens use a selector it does not name). The profile holds selectors, never
page text; the rules come from the stylesheets of the build (:func:`first_screen`, once per kind:
:func:`iltod.site.material.first_screen_css`), so they are always a subset of them, in their
order. Once the stylesheets load they repeat each of these rules later in the document, so every
element ends with the style the stylesheets alone give it (``tests/browser/test_first_screen.py``).
A kind the profile does not know links the stylesheets the blocking way, as before.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from iltod.site.material import css as materialcss
from iltod.site.material.css import Statement, split_top, statements

PROFILE = Path(str(resources.files("iltod.site.material") / "firstscreen.json"))
GUIDE = "guide"
"""The kind of a page that is not generated from plans (the guides, the 404 page)."""
_KIND = re.compile(r'<(?:style|link rel="stylesheet") data-kind="([\w-]+)"')
_DROPPED_AT = ("@keyframes", "@font-face", "@page", "@charset", "@import", "@media print")
_BREAK = re.compile(r"\s*\n\s*")
NARROW_EM = 45
"""Below this width (em of 16 px; Material's and iltod.css' breakpoint between a phone's layout
and a tablet's) a page paints from its head's rules and the stylesheets do not block; from it
up they block as before (``media`` of the links, overrides/main.html). The head's rules leave
out what only wider screens apply."""
WIDE = f"(min-width: {NARROW_EM}em)"
UNPAINTED = (
    "transition",
    "cursor",
    "will-change",
    "-webkit-tap-highlight-color",
    "pointer-events",
    "touch-action",
    "user-select",
    "-webkit-user-select",
    "-moz-user-select",
)
"""Properties that change how a page responds to a reader, never how it first paints: left to
the stylesheets."""
_MIN_WIDTH = re.compile(r"min-width\s*:\s*([\d.]+)(em|rem|px)")


def kind_of(html: str) -> str | None:
    """The kind of a built page, as its head names it (overrides/main.html: its inline rules,
    or on a large site the link to its kind's rules); None for a page without it (a redirect,
    Pagefind's files)."""
    m = _KIND.search(html)
    return m.group(1) if m else None


def _normal(selector: str) -> str:
    return " ".join(selector.split())


@functools.lru_cache(maxsize=256)
def _rules(css: str) -> tuple[Statement, ...]:
    """The statements of ``css`` (and of the blocks of its at-rules), read once per build, not
    once per kind of page."""
    return tuple(statements(materialcss._strip_comments(css)))


def selectors(css: str) -> Iterable[str]:
    """Every selector of ``css``'s style rules (inside @media and @supports too), normalized."""
    for prelude, block in _rules(css):
        if block is None or prelude.startswith(_DROPPED_AT):
            continue
        if prelude.startswith("@"):
            yield from selectors(block)
        else:
            yield from (_normal(s) for s in split_top(prelude, ","))


@functools.cache
def _profile() -> dict[str, frozenset[str]]:
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    return {kind: frozenset(names) for kind, names in data["kinds"].items()}


def kinds() -> list[str]:
    """The kinds of page the profile knows."""
    return sorted(_profile())


def subset(css: str, wanted: frozenset[str]) -> str:
    """The rules of ``css`` written for the selectors in ``wanted``, in their order, each
    with only those of its selectors; line breaks and indentation removed."""
    out: list[str] = []
    for prelude, block in _rules(css):
        if block is None or prelude.startswith(_DROPPED_AT):
            continue
        if prelude.startswith("@media") and _wide_only(prelude):
            continue
        if prelude.startswith("@"):
            inner = subset(block, wanted)
            if inner:
                out.append(f"{_normal(prelude)}{{{inner}}}")
            continue
        kept = [s for s in _selectors_of(prelude) if s in wanted]
        if kept and (declarations := _tight(block)):
            out.append(f"{','.join(kept)}{{{declarations}}}")
    return "".join(out)


def _wide_only(prelude: str) -> bool:
    """An @media rule that applies only to screens at least :data:`NARROW_EM` wide."""

    def wide(query: str) -> bool:
        m = _MIN_WIDTH.search(query)
        return m is not None and float(m[1]) / (16 if m[2] == "px" else 1) >= NARROW_EM

    return all(wide(q) for q in split_top(prelude.removeprefix("@media"), ","))


@functools.cache
def _selectors_of(prelude: str) -> tuple[str, ...]:
    """A style rule's selectors, normalized: read once per process, not once per kind."""
    return tuple(_normal(s) for s in split_top(prelude, ","))


@functools.cache
def _tight(block: str) -> str:
    """A rule's declarations without line breaks and indentation (no CSS string holds a line
    break), and without those that change nothing a page shows until a reader acts on it.
    Made once per process, not once per kind of page."""
    kept = []
    for declaration in split_top(_BREAK.sub(" ", block), ";"):
        name = declaration.split(":", 1)[0].strip().lower()
        if name and not name.startswith(UNPAINTED):
            kept.append(declaration.strip())
    return ";".join(kept)


def first_screen(kind: str, stylesheets: list[str], used_elsewhere: Iterable[str] = ()) -> str:
    """The rules of ``stylesheets`` (in the order the page links them) that a page of ``kind``
    uses, without the custom properties none of them reads (``used_elsewhere``: those the
    templates read); empty for a kind the profile does not know."""
    wanted = _profile().get(kind)
    if not wanted:
        return ""
    css = "".join(subset(sheet, wanted) for sheet in stylesheets)
    css = materialcss.drop_unused_properties(css, set(used_elsewhere))
    if "</style" in css.lower():  # would end the <style> element
        raise RuntimeError(f"the first screen's rules of {kind!r} hold '</style'")
    return css
