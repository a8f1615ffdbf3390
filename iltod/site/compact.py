"""Whitespace compaction of the theme's HTML, so that 35,000 pages fit in GitHub Pages' 1 GB.

Material's templates indent every line and leave many blank lines: about 4 KB of a 26 KB measure
page. Collapsing each run of whitespace that contains a line break into one line break changes
nothing a browser renders (whitespace between inline elements stays whitespace), except inside
``<pre>`` and ``<textarea>``, which are left as they are. Agency text never passes through here:
generated pages' content is put in after compaction (see ``iltod/engine/mkdocs_hooks.py``).
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"(<pre[\s>].*?</pre>|<textarea[\s>].*?</textarea>)", re.S | re.I)
_BREAKS = re.compile(r"\n\s+")


def compact(html: str) -> str:
    """``html`` with whitespace runs holding a line break collapsed to ``\\n``, outside pre and
    textarea."""
    parts = _KEEP.split(html)
    for i in range(0, len(parts), 2):  # even parts are outside the kept elements
        parts[i] = _BREAKS.sub("\n", parts[i])
    return "".join(parts).lstrip()
