"""One diagnostics format for the CLI, the MkDocs build and the tests.

A diagnostic is printed as::

    plans/x/2021.yml:14:7: error[E012] objectives[0].measures[2].percent: expected one of 0, 30, 70, 100; got 120
        мн: 0, 30, 70, 100-ийн аль нэг байх ёстой; 120 байна

The first line is English and machine-friendly; the second, indented, is Mongolian for the
agency clerk. Every rule has a stable code; its texts live in :mod:`iltod.diagnostics.codes`.
"""  # noqa: E501 - the example line is as long as the real one

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from iltod.diagnostics.codes import CODES

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One located problem in one file."""

    file: str
    line: int
    column: int
    code: str
    field: str = ""
    args: tuple[tuple[str, str], ...] = ()

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

    def _head(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        what = f"{self.severity}[{self.code}]"
        return f"{where}: {what} {self.field + ': ' if self.field else ''}"

    def format(self, lang: str = "both") -> str:
        """Render for a terminal: ``en``, ``mn`` or ``both`` (English line, Mongolian below)."""
        if lang == "en":
            return self._head() + self.message_en
        if lang == "mn":
            return self._head() + self.message_mn
        return f"{self._head()}{self.message_en}\n    мн: {self.message_mn}"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "field": self.field,
            "message": self.message_en,
            "message_mn": self.message_mn,
            "args": self._args(),
        }


def diag(file: str, line: int, column: int, code: str, field: str = "", **args: Any) -> Diagnostic:
    """Build a diagnostic; ``args`` fill the code's message templates."""
    if code not in CODES:
        raise KeyError(f"unknown diagnostic code {code}")
    return Diagnostic(
        file, line, column, code, field, tuple(sorted((k, str(v)) for k, v in args.items()))
    )


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
