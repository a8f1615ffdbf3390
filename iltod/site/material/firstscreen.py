"""The stylesheet rules each kind of page needs to paint its first screen, put in its head.

On a slow phone network each render-blocking stylesheet is a round trip before the first paint.
A page therefore carries, in a ``<style>`` in its head, the rules of Material's (trimmed)
stylesheet and of ``iltod.css`` that its kind of page uses, and fetches the two stylesheets
without blocking (``overrides/main.html``): it paints from its HTML alone.

Which rules: a *profile* (``firstscreen.json``) names, for each kind of page (``measure``,
``plan``, ``home``…, ``guide`` for the hand-written pages), the selectors that match an element
of a page of that kind (:mod:`.selectors`), collected from built sites by :func:`profile`
(``python -m iltod.site.material.firstscreen SITE…`` rewrites it;
``tests/acceptance/test_first_screen.py`` fails when the sample site uses a selector it does
not name). The profile holds selectors, never page text; the rules come from the stylesheets
of the build (:func:`css`, once per kind), so they are always a subset of them, in their
order. Once the stylesheets load they repeat each of these rules later in the document, so every
element ends with the style the stylesheets alone give it (``tests/browser/test_first_screen.py``).
A kind the profile does not know links the stylesheets the blocking way, as before.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from iltod.site.material import css as materialcss
from iltod.site.material.css import Statement, split_top, statements
from iltod.site.material.selectors import Page, parse_html

PROFILE = Path(str(resources.files("iltod.site.material") / "firstscreen.json"))
GUIDE = "guide"
"""The kind of a page that is not generated from plans (the guides, the 404 page)."""
_KIND = re.compile(r'<style data-kind="([\w-]+)">')
_DROPPED_AT = ("@keyframes", "@font-face", "@page", "@charset", "@import", "@media print")
_BREAK = re.compile(r"\s*\n\s*")


def kind_of(html: str) -> str | None:
    """The kind of a built page, as its head names it (overrides/main.html); None for a page
    without it (a redirect, Pagefind's files)."""
    m = _KIND.search(html)
    return m.group(1) if m else None


def _normal(selector: str) -> str:
    return " ".join(selector.split())


def _rules(css: str) -> list[Statement]:
    return statements(materialcss._strip_comments(css))


def selectors(css: str) -> Iterable[str]:
    """Every selector of ``css``'s style rules (inside @media and @supports too), normalized."""
    for prelude, block in _rules(css):
        if block is None or prelude.startswith(_DROPPED_AT):
            continue
        if prelude.startswith("@"):
            yield from selectors(block)
        else:
            yield from (_normal(s) for s in split_top(prelude, ","))


def used(html: str, stylesheets: Iterable[str]) -> set[str]:
    """The selectors of ``stylesheets`` that match an element of the page ``html``."""
    page = Page(parse_html(html))
    return {s for css in stylesheets for s in set(selectors(css)) if page.uses(s)}


def profile(pages: Iterable[str], stylesheets: list[str]) -> dict[str, list[str]]:
    """Kind → the sorted selectors of ``stylesheets`` that some page of that kind uses."""
    found: dict[str, set[str]] = {}
    for html in pages:
        kind = kind_of(html)
        if kind is not None:
            found.setdefault(kind, set()).update(used(html, stylesheets))
    return {kind: sorted(names) for kind, names in sorted(found.items())}


@functools.cache
def _profile() -> dict[str, frozenset[str]]:
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    return {kind: frozenset(names) for kind, names in data["kinds"].items()}


def subset(css: str, wanted: frozenset[str]) -> str:
    """The rules of ``css`` written for the selectors in ``wanted``, in their order, each
    with only those of its selectors; line breaks and indentation removed."""
    out: list[str] = []
    for prelude, block in _rules(css):
        if block is None or prelude.startswith(_DROPPED_AT):
            continue
        if prelude.startswith("@"):
            inner = subset(block, wanted)
            if inner:
                out.append(f"{_tight(prelude)}{{{inner}}}")
            continue
        kept = [_normal(s) for s in split_top(prelude, ",") if _normal(s) in wanted]
        if kept:
            out.append(f"{','.join(kept)}{{{_tight(block)}}}")
    return "".join(out)


def _tight(text: str) -> str:
    """``text`` without its line breaks and indentation (no CSS string holds a line break)."""
    return ";".join(d.strip() for d in split_top(_BREAK.sub(" ", text), ";")).strip(" ;")


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


def main(argv: list[str]) -> int:
    """Rewrite the profile from the pages of built sites (their folders in ``argv``)."""
    from iltod.site.material import site_stylesheets

    sheets = site_stylesheets()
    pages = (p.read_text(encoding="utf-8") for d in argv for p in sorted(Path(d).rglob("*.html")))
    kinds = profile(pages, sheets)
    text = json.dumps({"kinds": kinds}, indent=0, ensure_ascii=False)
    PROFILE.write_text(text + "\n", encoding="utf-8")
    sizes = {kind: len(subset("".join(sheets), frozenset(names))) for kind, names in kinds.items()}
    print(f"{PROFILE}: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
