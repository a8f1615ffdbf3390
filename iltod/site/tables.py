"""A guide's wide tables scroll sideways on a phone, by keyboard too.

Material wraps each table of a guide in a scrolling box from its script, and that box cannot
take the focus: a reader without a mouse or touch cannot scroll it (axe's
``scrollable-region-focusable``). The guides' tables (``docs/*.md``, written by the project,
never agency text) are wrapped here, in the built HTML, in a box that is a named region in the
tab order; the stylesheet lets that box scroll instead of Material's.
"""

from __future__ import annotations

import re
from html import escape

_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
"""A table Python-Markdown wrote for a guide: no attributes, never nested."""


def scrollable(html: str, label: str) -> str:
    """``html`` with every table in a focusable box that scrolls sideways, a region named
    ``label`` with its ``{n}`` (a page's regions need distinct names)."""
    count = iter(range(1, 1_000_000))

    def wrap(m: re.Match[str]) -> str:
        name = escape(label.format(n=next(count)))
        return f'<div class="il-scroll" tabindex="0" role="region" aria-label="{name}">{m[0]}</div>'

    return _TABLE.sub(wrap, html)
