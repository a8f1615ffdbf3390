"""Agency text isolated for display, so that no text can reorder what surrounds it.

A bidirectional control (U+202A–U+202E, U+2066–U+2069) or a right-to-left letter in a title or
a result can make the line around it read in another order than it holds (the validator warns,
W009). In HTML such text is wrapped in ``<bdi>`` (its own direction, isolated from its
neighbours); where no markup is possible (a page's ``<title>``, the navigation) the controls are
left out of what is shown. Text without either is shown as it is: nothing to isolate, and no
bytes added to every page.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from markupsafe import Markup, escape

CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_RTL = frozenset({"R", "AL"})


@functools.lru_cache(maxsize=65536)
def needs_isolation(text: str) -> bool:
    """True when ``text`` holds a bidirectional control or a right-to-left letter."""
    if CONTROLS.search(text):
        return True
    return not text.isascii() and any(unicodedata.bidirectional(c) in _RTL for c in text)


def isolate(text: object) -> Markup:
    """``text`` escaped, in ``<bdi>`` when it could reorder its surroundings."""
    s = str(text)
    escaped = escape(s)
    return Markup(f"<bdi>{escaped}</bdi>") if needs_isolation(s) else escaped


def plain(text: str) -> str:
    """``text`` without bidirectional controls, for places that cannot hold markup."""
    return CONTROLS.sub("", text)
