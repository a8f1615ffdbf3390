"""One diagnostics format for the CLI, the MkDocs build and the tests.

A diagnostic is printed as::

    plans/x/2021.yml:14:7: error[E012] objectives[0].measures[2].percent: expected one of 0, 30, 70, 100; got 120
        мн: 0, 30, 70, 100-ийн аль нэг байх ёстой; 120 байна

The first line is English and machine-friendly; the second, indented, is Mongolian for the
agency clerk. Every rule has a stable code; its texts live in :mod:`iltod.diagnostics.codes`.

``field`` is the dotted path of the value (``objectives[0].measures[2].percent``, 0-based list
indexes): stable, for machines (``--format json``). When the loader knows the file's contents it
adds the **place** a clerk recognises, in both languages (``measure 1.3 › percent`` /
``арга хэмжээ 1.3 › percent``), and the printed lines name that instead::

    plans/x/2021.yml:14:7: error[E012] measure 1.3 › percent: expected one of 0, 30, 70, 100; got 120
        мн: арга хэмжээ 1.3 › percent: 0, 30, 70, 100-ийн аль нэг байх ёстой; 120 байна

Text that came from a file (a value, a key) is shown with every character a terminal, a log or
an XML file cannot hold written as ``<U+000B>`` (:func:`visible`), so printing a diagnostic never
fails and never hides what it is about.
"""  # noqa: E501 - the example lines are as long as the real ones

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from iltod.diagnostics.codes import CODES

Severity = Literal["error", "warning"]

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters no agency text may hold: the C0 controls but tab and line feed, DEL and the C1
controls, lone surrogates and the non-characters U+FFFE and U+FFFF. XML 1.0 forbids most of them
(so Word, Excel and Atom feeds cannot hold them), YAML refuses them written raw, a UTF-8 terminal
cannot print a surrogate, and none is ever typed on purpose. A carriage return is a line break
to YAML, so a value only holds one written as ``"\\r"``: XML would turn it into a line feed
and a CSV reader into a new row."""


def visible(text: str) -> str:
    """``text`` with every :data:`FORBIDDEN` character written as ``<U+XXXX>``."""
    return FORBIDDEN.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One located problem in one file."""

    file: str
    line: int
    column: int
    code: str
    field: str = ""
    args: tuple[tuple[str, str], ...] = ()
    place: str = ""
    """Where in the file, as a clerk names it (``measure 1.3 › percent``); "" when unknown."""
    place_mn: str = ""
    """The same in Mongolian (``арга хэмжээ 1.3 › percent``)."""

    @property
    def severity(self) -> Severity:
        return "warning" if self.code.startswith("W") else "error"

    def _args(self) -> dict[str, str]:
        return dict(self.args)

    @property
    def message_en(self) -> str:
        return CODES[self.code].en.format(**self._args())

    @property
    def message_mn(self) -> str:
        return CODES[self.code].mn.format(**self._args())

    def _head(self, lang: str = "en") -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        what = f"{self.severity}[{self.code}]"
        subject = (self.place_mn if lang == "mn" else self.place) or self.field
        return f"{where}: {what} {subject + ': ' if subject else ''}"

    def format(self, lang: str = "both") -> str:
        """Render for a terminal: ``en``, ``mn`` or ``both`` (English line, Mongolian below)."""
        if lang == "en":
            return self._head() + self.message_en
        if lang == "mn":
            return self._head("mn") + self.message_mn
        place = f"{self.place_mn}: " if self.place_mn else ""
        return f"{self._head()}{self.message_en}\n    мн: {place}{self.message_mn}"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "field": self.field,
            "place": self.place or self.field,
            "place_mn": self.place_mn or self.field,
            "message": self.message_en,
            "message_mn": self.message_mn,
            "args": self._args(),
        }


def diag(file: str, line: int, column: int, code: str, field: str = "", **args: Any) -> Diagnostic:
    """Build a diagnostic; ``args`` fill the code's message templates.

    Raises:
        KeyError: for an unknown code, or when an argument either template needs is missing
            (so a message can never fail later, when it is printed).
    """
    if code not in CODES:
        raise KeyError(f"unknown diagnostic code {code}")
    missing = placeholders(code) - args.keys()
    if missing:
        raise KeyError(f"{code} needs {', '.join(sorted(missing))}")
    values = tuple(
        sorted(
            (k, visible(v) if isinstance(v, Whole) else _short(visible(str(v))))
            for k, v in args.items()
        )
    )
    return Diagnostic(file, line, column, code, visible(field), values)


class Whole(str):
    """A value the engine writes itself, never from a file (the names of its own build
    options): shown whole, however long, where any other value is shortened."""


def _short(text: str, limit: int = 200) -> str:
    """A value as a message shows it: whole up to ``limit`` characters, else its two ends (a
    20,000-character value would bury the other lines of a CI log)."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 60]}…({len(text):,} characters)…{text[-40:]}"


@cache
def placeholders(code: str) -> frozenset[str]:
    """The names a code's English and Mongolian templates need."""
    texts = (CODES[code].en, CODES[code].mn)
    return frozenset(f for t in texts for _, f, _, _ in string.Formatter().parse(t) if f)


@dataclass
class Report:
    """All diagnostics of one run, plus the files that were read."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: set[str] = field(default_factory=set)

    def add(self, d: Diagnostic) -> None:
        self.diagnostics.append(d)

    def extend(self, ds: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(ds)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def sorted(self) -> list[Diagnostic]:
        return sorted(set(self.diagnostics))

    def summary(self, lang: str = "both") -> str:
        e, w, f = len(self.errors), len(self.warnings), len(self.files)
        en = (
            f"{e} error{'s' if e != 1 else ''}, {w} warning{'s' if w != 1 else ''} "
            f"in {f} file{'s' if f != 1 else ''}"
        )
        mn = f"{e} алдаа, {w} анхааруулга, {f} файл"
        if lang == "en":
            return en
        if lang == "mn":
            return mn
        return f"{en} / {mn}"

    def format(self, lang: str = "both") -> str:
        lines = [d.format(lang) for d in self.sorted()]
        lines.append(self.summary(lang))
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(
            {
                "diagnostics": [d.to_json() for d in self.sorted()],
                "summary": {
                    "errors": len(self.errors),
                    "warnings": len(self.warnings),
                    "files": len(self.files),
                },
            },
            ensure_ascii=False,
            indent=2,
        )
