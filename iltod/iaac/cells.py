"""Read single cell values as agencies write them: numbers, percents, budgets, attachment lines.

Every function is pure and total: it returns what it understood and says when it did not, so
the builder can warn and keep the original text instead of guessing.
"""

from __future__ import annotations

import re
from typing import Any, Literal

EMPTY = {"", "-", "–", "—"}
_NUM = r"\d+(?:[.,]\d+)?"
_MEASURE = re.compile(
    r"^\s*(?:(?P<serial>\d+)[.,)]\s+(?=\d+[.,]\d))?"
    r"(?P<num>[1-9]\d?(?:[.,]\d{1,3})+)(?![\d%])(?!\s*(?:%|хувь))(?:[.,)](?!\d))?\s*"
    r"(?:[-–—]\s+)?",
)
_ONE_LEVEL = re.compile(
    r"^\s*(?:(?:арга\s+хэмжээ|үйл\s+ажиллагаа)\s*[-–№]?\s*)?(\d{1,2})\s*[.):,]\s*(?=[^\d\s%])",
    re.IGNORECASE,
)
_SERIAL = re.compile(r"^\s*(?:№\s*)?\(?(\d+)\s*[.,)]?\s*$")
_LABEL = re.compile(r"^\s*\(?(?:[а-яёөү]|[IVXLivxl]{1,7})\s*[.)]\s*$")
_PERCENT_ONLY = re.compile(rf"^\s*({_NUM})\s*(?:%|хувь|хувиар)?\s*\.?\s*$", re.IGNORECASE)
_AMOUNT_ONLY = re.compile(rf"^\s*({_NUM})\s*%?\s*$")
_PERCENT_IN_TEXT = re.compile(rf"({_NUM})\s*(?:%|хув(?:ь|иар)(?!\w))", re.IGNORECASE)
_BUDGET_SOURCE = re.compile(rf"^\s*({_NUM})\s*[,;]\s*(\S.*)$", re.DOTALL)
_ATTACH = re.compile(r"^\s*Хавсралт\b[^\n]*:", re.IGNORECASE)

UNITS = ["", "НЭГ", "ХОЁР", "ГУРАВ", "ДӨРӨВ", "ТАВ", "ЗУРГАА", "ДОЛОО", "НАЙМ", "ЕС"]
TENS = ["", "АРАВ", "ХОРЬ", "ГУЧ", "ДӨЧ", "ТАВЬ", "ЖАР", "ДАЛ", "НАЯ", "ЕР"]
TENS_JOINED = ["", "АРВАН", "ХОРИН", "ГУЧИН", "ДӨЧИН", "ТАВИН", "ЖАРАН", "ДАЛАН", "НАЯН", "ЕРЭН"]
_WORDS = {w: i for i, w in enumerate(UNITS) if w} | {w: 10 * i for i, w in enumerate(TENS) if w}
_JOINED = {w: 10 * i for i, w in enumerate(TENS_JOINED) if w}
_HEADING = re.compile(r"^\s*([А-ЯЁӨҮа-яёөү]+(?:\s+[А-ЯЁӨҮа-яёөү]+)?)\s*[.)]\s*(\S.*)$", re.DOTALL)
_DIGIT_HEADING = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(\S.*)$", re.DOTALL)
_ROMAN_HEADING = re.compile(r"^\s*([IVXLivxl]{1,7})\s*[.)]\s+(\S.*)$", re.DOTALL)
_NAMED_HEADING = re.compile(
    r"^\s*(?:стратегийн\s+)?(?:зорилт|зорилго)\s*[-–]?\s*((?:\d{1,2}\.)*\d{1,2})\s*"
    r"(?:[.:)]\s*(\S.*))?$"
    r"|^\s*(\d{1,2})\s*(?:-р|-р|-?\s*дугаар|-?\s*дүгээр)\s+(?:зорилт|ЗОРИЛТ)\s*[.:]?\s*(\S.*)?$",
    re.DOTALL | re.IGNORECASE,
)
_LETTER_HEADING = re.compile(r"^\s*([А-ЯЁӨҮ])\s*[.)]\s+(\S.*)$", re.DOTALL)
LETTERS = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def is_empty(text: str) -> bool:
    """A blank cell, or one holding only a dash (the reports' way of writing "nothing")."""
    return text.strip() in EMPTY


def number(value: float) -> int | float:
    """An int when the value is whole (100.0 → 100), else the float."""
    return int(value) if float(value).is_integer() else value


def _float(text: str) -> float:
    return float(text.replace(",", "."))


NOT_DUE = re.compile(r"^\s*(?:х\s*/?\s*б|хугацаа\s+болоогүй)\s*\.?\s*$", re.IGNORECASE)
"""A percent cell saying the measure is not yet due ("ХБ", "Х/Б", "Хугацаа болоогүй")."""


def measure_number(text: str) -> tuple[int | None, str | None, str]:
    """Split "1.1. Text", "1,1 Text", "1. 2.1 Text" or "1.1.1 Text" into serial, number, rest.

    Returns ``(serial, number, rest)``: the row number written before the measure number (the
    "1." of "1. 2.1"), the measure number normalized to dots ("1,1" → "1.1"), and the text.
    """
    m = _MEASURE.match(text)
    if not m:
        return None, None, text.strip()
    parts = re.split(r"[.,]", m["num"])
    num = ".".join([str(int(parts[0])), *parts[1:]])
    serial = int(m["serial"]) if m["serial"] else None
    return serial, num, text[m.end() :].strip()


def one_level(text: str) -> tuple[int, str] | None:
    """A one-level number at the start of a measure's text ("3. Text", "3.Text"), or None."""
    m = _ONE_LEVEL.match(text)
    return (int(m[1]), text[m.end() :].strip()) if m else None


def roman(text: str) -> int | None:
    """ "IV" → 4, "XII" → 12 (1–89); None when not a Roman numeral."""
    t = text.upper()
    if not t or any(ch not in _ROMAN for ch in t):
        return None
    values = [_ROMAN[ch] for ch in t]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if 0 < total < 90 else None


def serial(text: str) -> int | None:
    """The row number of a Д/д cell ("2", "2.", "2,", "2)"), or None."""
    m = _SERIAL.match(text)
    return int(m[1]) if m else None


def label(text: str) -> bool:
    """A Д/д cell that labels its row with a letter or a Roman numeral ("а.", "б)", "IV.")
    rather than a number: the measure is numbered by its position."""
    return bool(_LABEL.match(text))


def percent(text: str) -> tuple[Literal["empty", "ok", "text", "bad"], int | float | None]:
    """Read a percent cell: "100%", "91,7", "91.7 %" → ok; "/хэрэгжиж байгаа-30%/" → text."""
    if is_empty(text):
        return "empty", None
    m = _PERCENT_ONLY.match(text)
    if m:
        return "ok", number(_float(m[1]))
    found = _PERCENT_IN_TEXT.findall(text)
    if len(found) == 1:
        return "text", number(_float(found[0]))
    return "bad", None


def budget(text: str) -> Any:
    """ "-" → "-", blank → None, "1.5" → spent, "1.5, source" → spent and source, else text."""
    stripped = text.strip()
    if not stripped:
        return None
    if stripped in EMPTY:
        return "-"
    m = _AMOUNT_ONLY.match(stripped)
    if m and "%" not in stripped:
        return {"spent": number(_float(m[1]))}
    m = _BUDGET_SOURCE.match(stripped)
    if m:
        return {"spent": number(_float(m[1])), "source": m[2].strip()}
    return {"text": stripped}


def format_budget(value: Any) -> str:
    """The cell text of a budget, the inverse of :func:`budget` where one exists."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    spent, source, text = value.get("spent"), value.get("source"), value.get("text")
    if text is not None:
        return str(text)
    head = "" if spent is None else f"{spent}"
    return f"{head}, {source}" if source is not None and head else head or str(source or "")


def is_attachment_line(text: str) -> bool:
    """A line such as "Хавсралт нийт : 9 Файл : 1 Зураг : 8" or "Хавсралт : 2 файл"."""
    return bool(_ATTACH.match(text))


def attachment_counts(text: str) -> dict[str, int] | None:
    """Counts of an attachment line, or None when the line holds anything else."""
    rules = {
        "total": r"нийт\s*:\s*(\d+)",
        "files": r"файл\s*:\s*(\d+)|(\d+)\s*файл",
        "images": r"зураг\s*:\s*(\d+)|(\d+)\s*зураг",
    }
    rest = re.sub(r"^\s*Хавсралт", "", text.strip(), flags=re.IGNORECASE)
    counts: dict[str, int] = {}
    for key, rule in rules.items():
        m = re.search(rule, rest, re.IGNORECASE)
        if m:
            counts[key] = int(m[1] or m[2])
            rest = rest[: m.start()] + " " + rest[m.end() :]
    leftover = re.sub(r"[\s:,;.]", "", rest)
    return counts if counts and not leftover else None


def format_attachments(declared: dict[str, Any]) -> str:
    """The seed's attachment line for declared counts (inverse of :func:`attachment_counts`)."""
    total, files, images = declared.get("total"), declared.get("files"), declared.get("images")
    if total is not None and files is not None and images is not None:
        return f"Хавсралт нийт : {total} Файл : {files} Зураг : {images}"
    if total is not None:
        parts = [f"Хавсралт нийт : {total}"]
        parts += [f"Файл : {files}"] if files is not None else []
        parts += [f"Зураг : {images}"] if images is not None else []
        return " ".join(parts)
    parts = [f"{files} файл"] if files is not None else []
    parts += [f"{images} зураг"] if images is not None else []
    return "Хавсралт : " + ", ".join(parts) if parts else ""


def ordinal(words: str) -> int | None:
    """ "НЭГ" → 1, "Арван хоёр" → 12, "ХОРЬ" → 20; None when not a number word."""
    tokens = words.upper().split()
    if len(tokens) == 1:
        return _WORDS.get(tokens[0])
    if len(tokens) == 2 and tokens[0] in _JOINED and tokens[1] in UNITS[1:]:
        return _JOINED[tokens[0]] + UNITS.index(tokens[1])
    return None


def ordinal_word(n: int) -> str:
    """1 → "НЭГ", 12 → "АРВАН ХОЁР" (1–99)."""
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens]
    return f"{TENS_JOINED[tens]} {UNITS[unit]}" if tens else UNITS[unit]


def heading(text: str, digits: bool = False) -> tuple[int, str] | None:
    """An objective heading "НЭГ. TITLE" / "Нэг. Title" (or "1. Title" when ``digits``)."""
    m = _HEADING.match(text)
    if m and ordinal(m[1]) is not None:
        return ordinal(m[1]), m[2].strip()  # type: ignore[return-value]
    m = _DIGIT_HEADING.match(text) if digits else None
    if m and 1 <= int(m[1]) <= 99:
        return int(m[1]), m[2].strip()
    m = _ROMAN_HEADING.match(text)
    if m and roman(m[1]) is not None:
        return roman(m[1]), m[2].strip()  # type: ignore[return-value]
    m = _NAMED_HEADING.match(text)
    if m and (n := int((m[1] or m[3]).split(".")[-1])) >= 1:
        return n, (m[2] or m[4] or "").strip() or text.strip()
    m = _LETTER_HEADING.match(text)
    if m and m[1] != "Ё":
        return LETTERS.replace("Ё", "").index(m[1]) + 1, m[2].strip()
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def scrub(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Text without control characters (XML forbids them; ``iltod validate`` refuses them):
    a vertical tab or form feed becomes a line break, any other is removed. Returns the text
    and where each was found: (line offset, column, character name), 0-based line, 1-based
    column within that line."""
    found: list[tuple[int, int, str]] = []
    if not _CONTROL.search(text):
        return text, found
    for i, line in enumerate(text.split("\n")):
        for m in _CONTROL.finditer(line):
            found.append((i, m.start() + 1, f"U+{ord(m[0]):04X}"))
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return _CONTROL.sub("", text), found


def clean(text: str) -> str:
    """Cell text as stored: trailing spaces of each line and blank edge lines removed."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
