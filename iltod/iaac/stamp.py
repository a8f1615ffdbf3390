"""The stamp: which plan an XLSX download shows, and the commit it was made from.

Every workbook the site and ``iltod template`` hand out carries a hidden sheet, ``iltod-stamp``,
with the plan's identity (agency, year, path) and the commit of the repository the file was
made from. When the clerk sends the file back (``iltod submit``), the stamp says what the clerk
saw: the plan at that commit is the base of a three-way merge, so a value changed on the site
since the download is never overwritten by the old value the file still holds.

The stamp is read only from a workbook that has already passed the import's bounds
(:mod:`iltod.iaac.read.bounds`), in openpyxl's read-only mode (only the stamp's own sheet is
parsed).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

SHEET = "iltod-stamp"
VERSION = "iltod-stamp/1"
_SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


@dataclass(frozen=True)
class Stamp:
    """What a download was made from."""

    agency: str
    year: int
    commit: str = ""
    """The commit (40 or 64 hex digits) the file was made from; empty when the maker had no
    history (a copy without git)."""

    @property
    def path(self) -> str:
        """The plan file's path in the repository."""
        return f"plans/{self.agency}/{self.year}.yml"

    def rows(self) -> list[tuple[str, str | int]]:
        return [
            ("stamp", VERSION),
            ("agency", self.agency),
            ("year", self.year),
            ("path", self.path),
            ("commit", self.commit),
            ("note", "Энэ хуудсыг өөрчлөхгүй / do not change this sheet"),
        ]


def add(wb: Any, stamp: Stamp) -> None:
    """Add the hidden stamp sheet to an openpyxl workbook."""
    ws = wb.create_sheet(SHEET)
    ws.sheet_state = "hidden"
    for r, (key, value) in enumerate(stamp.rows(), 1):
        ws.cell(r, 1, key)
        ws.cell(r, 2, value)


def read(data: bytes) -> Stamp | None:
    """The stamp of an XLSX file, or None (no stamp sheet, or one that is not iltod's: a
    stamp with a malformed commit is no stamp, and the file is merged as unstamped)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # not a workbook: the import has said so already
        return None
    try:
        if SHEET not in wb.sheetnames:
            return None
        values: dict[str, Any] = {}
        for row in wb[SHEET].iter_rows(min_row=1, max_row=10, max_col=2, values_only=True):
            if len(row) == 2 and isinstance(row[0], str):
                values[row[0]] = row[1]
    finally:
        wb.close()
    return _parse(values)


def _parse(values: dict[str, Any]) -> Stamp | None:
    agency, year, commit = values.get("agency"), values.get("year"), values.get("commit") or ""
    if values.get("stamp") != VERSION or not isinstance(agency, str) or not agency:
        return None
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    if not isinstance(year, int) or isinstance(year, bool) or not isinstance(commit, str):
        return None
    if commit and not _SHA.fullmatch(commit):
        return None
    return Stamp(agency, year, commit)
