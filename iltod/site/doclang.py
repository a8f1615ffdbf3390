"""The language of each block of a bilingual guide (``docs/*.md``).

The guides are written in Mongolian and English side by side, and a page has one ``lang``:
the site's. A block (paragraph, list item, heading, table cell) whose letters are (almost) all of
the other language is marked with that language (``lang="en"`` on the Mongolian site, ``lang="mn"``
on the English one), so a screen reader reads it with the right voice. A block that mixes both
stays in the page's language. Code is not a language and is never marked.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


class _Blocks(HTMLParser):
    """Start offsets, tags and text (code left out) of every block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, int, str, list[str]]] = []  # line, column, tag, text
        self.open: list[tuple[int, int, str, list[str]]] = []
        self.code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "pre"):
            self.code += 1
        if tag in BLOCKS and not any(k == "lang" for k, _ in attrs):
            line, col = self.getpos()
            self.open.append((line, col, tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "pre"):
            self.code = max(0, self.code - 1)
        if tag in BLOCKS and self.open and self.open[-1][2] == tag:
            self.found.append(self.open.pop())

    def handle_data(self, data: str) -> None:
        if not self.code:
            for block in self.open:
                block[3].append(data)


SHARE = 0.8
"""A block is in one language when at least this share of its letters are of its script: a
Mongolian sentence naming git or YAML is Mongolian; "Тухай / About" is both."""


def language_of(text: str) -> str | None:
    """ "mn" when Cyrillic letters make the block, "en" when Latin ones do, None for a block
    that mixes both (or has no letters)."""
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if cyrillic + latin == 0:
        return None
    if cyrillic >= SHARE * (cyrillic + latin):
        return "mn"
    if latin >= SHARE * (cyrillic + latin):
        return "en"
    return None


def mark(html: str, page_lang: str) -> str:
    """``html`` with each block that is wholly in another language than ``page_lang`` marked
    with that language."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    starts = [0]
    for text_line in html.splitlines(keepends=True):
        starts.append(starts[-1] + len(text_line))
    inserts = []
    for row, col, tag, text in parser.found:
        lang = language_of("".join(text))
        if lang and lang != page_lang:
            inserts.append((starts[row - 1] + col + 1 + len(tag), f' lang="{lang}"'))
    for at, attr in sorted(inserts, reverse=True):
        html = html[:at] + attr + html[at:]
    return html
