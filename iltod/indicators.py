"""Split an indicator cell ("Шалгуур үзүүлэлт") into its items.

Report tables write several indicators in one cell: "Зөвлөмжийн тоо: Зөвлөмжид тусгагдсан арга
хэмжээний тоо: Хэрэгжилтийн хувь:", sometimes with lettered sub-items "а. … б. …". Each item
ends at ": " or before a letter label; a parenthesis right after a colon belongs to the item
before it. Text inside items is kept exactly, double spaces included.
"""

from __future__ import annotations

import re

# A lower-case Cyrillic letter and a dot, standing alone: "а. ", "б. " … (the sub-item labels).
_LABEL = re.compile(r"(?<=\s)(?=[а-яёөү]\.\s)")


def split(cell: str) -> list[str]:
    """Indicator items of one cell, in order; an empty cell gives no items."""
    items: list[str] = []
    for part in _LABEL.split(cell.strip()):
        items.extend(_split_colons(part.strip()))
    return [i for i in items if i]


def _split_colons(text: str) -> list[str]:
    out: list[str] = []
    rest = text
    while rest:
        m = re.search(r":\s+", rest)
        if not m:
            out.append(rest.strip())
            break
        end = m.end()
        after = rest[end:]
        if after.startswith("("):
            close = after.find(")")
            if close != -1:
                end += close + 1
        out.append(rest[:end].strip())
        rest = rest[end:].strip()
    return out


def is_subitem(item: str) -> bool:
    """True for a lettered sub-item such as "а. Байгууллагын түвшинд:"."""
    return bool(re.match(r"[а-яёөү]\.\s", item))
