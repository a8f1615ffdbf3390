"""Find the IAAC columns by their Mongolian headers, tolerant of the variants reports use.

Headers are matched after normalization: lower case, line breaks and hyphenation joined
("Хэрэгжил-\\nтийн" → "хэрэгжилтийн", "Хэрэгжилт-ийн" → "хэрэгжилтийн"), punctuation dropped.
"""

from __future__ import annotations

import re

# Role of each IAAC column, in the table's order, with the seed's header text.
IAAC_COLUMNS: list[tuple[str, str]] = [
    ("serial", "Д/д"),
    ("objective", "Зорилт"),
    ("text", "Арга хэмжээ"),
    ("timeframe", "Хэрэгжих хугацаа"),
    ("indicators", "Шалгуур үзүүлэлт"),
    ("target", "Хүрэх түвшин, үр дүн"),
    ("budget", "Зарцуулсан хөрөнгийн хэмжээ, эх үүсвэр (сая төгрөг)"),
    ("result", "Хүрсэн түвшин, үр дүн"),
    ("percent", "Хэрэгжилтийн хувь"),
]
ROLES = [role for role, _ in IAAC_COLUMNS]

# (role, pattern on the normalized header); the first match wins, so specific rules come first.
_RULES: list[tuple[str, str]] = [
    ("percent", r"\bхувь\b|^биелэлт|хэрэгжилт хувь"),
    ("result", r"хүрсэн|^хэрэгжилт$|гүйцэтгэл"),
    ("target", r"хүрэх"),
    ("budget", r"зарцуулсан|хөрөнгө|төсөв|санхүүжилт"),
    ("indicators", r"шалгуур"),
    ("timeframe", r"хугацаа"),
    ("text", r"арга хэмжээ|үйл ажиллагаа"),
    ("objective", r"^зорилт"),
    ("serial", r"^(д ?д|№|дд|д\.д)$"),
]


def normalize(header: str) -> str:
    """Lower case, hyphenation and line breaks joined, punctuation reduced to single spaces."""
    h = header.lower().replace("\r", "\n")
    h = re.sub(r"-\s*\n\s*", "", h)
    h = re.sub(r"(?<=\w)-(?=\w)", "", h)
    h = re.sub(r"[/()\[\],:;\-–—.]", " ", h)
    return re.sub(r"\s+", " ", h).strip()


def role(header: str) -> str | None:
    """The IAAC role of one header cell, or None when it names no known column."""
    h = normalize(header)
    if not h:
        return None
    if h in ("д д", "д/д", "№", "дд"):
        return "serial"
    for name, pattern in _RULES:
        if re.search(pattern, h):
            return name
    return None


def roles(headers: list[str]) -> list[str | None]:
    """Roles of a header row; a role found twice keeps its first column, later ones are None."""
    seen: set[str] = set()
    out: list[str | None] = []
    for h in headers:
        r = role(h)
        out.append(None if r in seen else r)
        if r:
            seen.add(r)
    return out


def is_header(headers: list[str]) -> bool:
    """A row is the table header when it names the measure column and at least three others."""
    found = [r for r in roles(headers) if r]
    return "text" in found and len(found) >= 4
