"""``iltod import --map FILE``: the clerk's corrections of a reading, as a small YAML file.

```yaml
columns:                 # a column by its header as written (or its number): its role
  Хэрэгжилт: percent
  Хийгдсэн ажил: result
  7: notes               # "notes": not a field, its cells are kept in each measure's notes
year: 2021
scale: [0, 40, 70, 100]
name: Мандах сумын Засаг даргын Тамгын газар   # a new agency's name, for its agency.yml
```

Every line that changes the reading is reported where it is written (W137, ``map.yml:3:3``),
with what it changed; a line that matches nothing is reported too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iltod.diagnostics import Diagnostic, diag
from iltod.iaac.columns import ROLES, normalize
from iltod.load.yamlsource import read as read_yaml

NOTES = "notes"


@dataclass
class ColumnMap:
    """A read map: column roles by normalized header or by number, and plan facts."""

    file: str
    columns: dict[str, tuple[str | None, int, str]] = field(default_factory=dict)
    """Key (normalized header, or "#<number>") -> (role or None for notes, line, as written)."""
    year: tuple[int, int] | None = None
    scale: tuple[list[int], int] | None = None
    name: tuple[str, int] | None = None
    used: set[str] = field(default_factory=set)


def load(file: str, data: bytes) -> ColumnMap:
    """Read a map file; ``ValueError`` with a message saying what to fix."""
    src = read_yaml(file, data)
    if src.diagnostics:
        raise ValueError(src.diagnostics[0].format("en"))
    body = src.data
    if not isinstance(body, dict) or not set(body) <= {"columns", "year", "scale", "name"}:
        raise ValueError(f"{file}: expected the keys columns, year, scale, name")
    cmap = ColumnMap(file)
    for key, role in (body.get("columns") or {}).items():
        line = src.where(("columns", key))[0]
        if role not in (*ROLES, NOTES):
            raise ValueError(
                f"{file}:{line}: expected one of {', '.join((*ROLES, NOTES))}, got {role!r}"
            )
        number = isinstance(key, int) or str(key).strip().isdigit()
        k = f"#{int(key)}" if number else normalize(str(key))
        cmap.columns[k] = (None if role == NOTES else str(role), line, f"{key}: {role}")
    if (year := body.get("year")) is not None:
        if not isinstance(year, int) or not 2000 <= year <= 2100:
            raise ValueError(f"{file}: year: expected a year such as 2021, got {year!r}")
        cmap.year = (year, src.where(("year",))[0])
    if (scale := body.get("scale")) is not None:
        ok = isinstance(scale, list) and len(scale) == 4
        if not ok or not all(isinstance(v, int) and 0 <= v <= 100 for v in scale):
            raise ValueError(f"{file}: scale: expected four percents, got {scale!r}")
        cmap.scale = (sorted(scale), src.where(("scale",))[0])
    if (name := body.get("name")) is not None:
        cmap.name = (str(name), src.where(("name",))[0])
    return cmap


def named(cmap: ColumnMap | None) -> frozenset[str]:
    """The headers (normalized) the map names as the measure column: with them a document
    whose header names no known measure column is read (its E102 says to write one)."""
    if cmap is None:
        return frozenset()
    return frozenset(k for k, (role, _, _) in cmap.columns.items() if role == "text")


def apply(cmap: ColumnMap, labels: list[str], roles: list[str | None]) -> list[Diagnostic]:
    """Set the roles the map names (in place); a W137 at the map line for each change."""
    out: list[Diagnostic] = []
    for c, label in enumerate(labels):
        for key in (f"#{c + 1}", normalize(label)):
            if key not in cmap.columns:
                continue
            role, line, written = cmap.columns[key]
            cmap.used.update((key, normalize(label)))  # a number line wins over a header's
            was = roles[c] if c < len(roles) else None
            if c < len(roles):
                roles[c] = role
            out.append(
                diag(
                    cmap.file,
                    line,
                    1,
                    "W137",
                    got=written,
                    what=f"column {c + 1} '{label}' read as {role or NOTES} (was {was or NOTES})",
                    what_mn=f"{c + 1}-р '{label}' баганыг {role or NOTES} гэж уншив "
                    f"(өмнө нь {was or NOTES})",
                )
            )
            break
    return out


def unused(cmap: ColumnMap) -> list[Diagnostic]:
    """A W137 for every column line that matched no column of the document."""
    return [
        diag(
            cmap.file,
            line,
            1,
            "W137",
            got=written,
            what="it matches no column of the document",
            what_mn="баримтын аль ч баганад тохирохгүй",
        )
        for key, (_, line, written) in cmap.columns.items()
        if key not in cmap.used
    ]
