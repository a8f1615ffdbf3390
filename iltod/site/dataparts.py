"""The open data of each plan from the build cache, the bulk files assembled from its parts.

``data/plans.json`` and ``data/measures.csv`` hold every plan; ``data/<agency>/<year>.json``
and ``.csv`` one each. Serialising them was most of the open data's cost in a rebuild (the
indented JSON goes through Python's pure-Python encoder): a plan that did not change was
encoded again, twice, on every build. A plan's **part** is its text as it stands in those files
(its JSON, indented to its depth in a document's ``plans`` list, and its CSV rows): the files
are the document's head, the parts and the tail, byte for byte what encoding the whole
document gives (``tests/unit/test_dataparts.py``).

With a cache folder, each part is kept under a key made of the plan's computed document (its
statuses, reviews, flags and change since the previous year are in it, so the day and the
other plans it depends on are too) and the engine's digest; a later build reuses it, and the
build log says how many were reused and made.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iltod import opendata

DEPTH = "  "
"""A plan's indentation in a document's ``plans`` list (``indent=1``, two levels down)."""
_PLANS = "plans"
_STUB = "\n  0\n ]\n}"  # how a one-element ``plans`` list of 0 ends an encoded document
_SEPARATOR = "\0"  # never in a part's JSON (control characters are escaped there)


@dataclass(frozen=True)
class Part:
    """One plan's text in the open data files."""

    json: str
    """The plan's JSON in a document's ``plans`` list: indented, without a comma."""
    csv: str
    """Its rows of the CSV (``\\r\\n`` after each), without the header."""


def make(plan: dict[str, Any]) -> Part:
    """Encode one plan (:func:`iltod.opendata.plan_dict`, annotated) as its part."""
    text = json.dumps(plan, ensure_ascii=False, indent=1)
    rows = opendata.to_csv({_PLANS: [plan]})[len(header()) :]
    return Part("\n".join(DEPTH + line for line in text.split("\n")), rows)


def header() -> str:
    """The CSV's header row."""
    return opendata.to_csv({_PLANS: []})


def document_json(doc: dict[str, Any], parts: list[Part]) -> bytes:
    """``doc`` (whose ``plans`` are the plans of ``parts``) as ``json.dumps(doc,
    ensure_ascii=False, indent=1)`` encodes it, from its parts."""
    head = {k: v for k, v in doc.items() if k != _PLANS}
    if not parts or list(doc)[-1] != _PLANS:
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    text = json.dumps({**head, _PLANS: [0]}, ensure_ascii=False, indent=1)
    body = ",\n".join(p.json for p in parts)
    return (text[: -len(_STUB)] + "\n" + body + "\n ]\n}").encode("utf-8")


def document_csv(parts: list[Part]) -> bytes:
    """The CSV file of the plans of ``parts`` (:func:`iltod.opendata.csv_bytes`)."""
    return (opendata.CSV_BOM + header() + "".join(p.csv for p in parts)).encode("utf-8")


class Parts:
    """Each plan's part, made or taken from ``folder`` (none: always made); ``engine`` is in
    every key (:func:`iltod.site.pagecache.engine_digest`)."""

    def __init__(self, folder: Path | None = None, engine: str = "") -> None:
        self.folder, self.engine = folder, engine
        self.made = self.reused = 0
        self.used: set[str] = set()

    def of(self, plan: dict[str, Any]) -> Part:
        if self.folder is None:
            self.made += 1
            return make(plan)
        name = self._key(plan) + ".part"
        self.used.add(name)
        path = self.folder / name
        try:
            stored = path.read_bytes().decode("utf-8")  # bytes: the rows end in \r\n
            text, rows = stored.split(_SEPARATOR, 1)
        except (OSError, ValueError):  # not kept yet, or damaged
            part = make(plan)
            _keep(path, part.json + _SEPARATOR + part.csv)
            self.made += 1
            return part
        self.reused += 1
        return Part(text, rows)

    def _key(self, plan: dict[str, Any]) -> str:
        content = json.dumps(plan, ensure_ascii=False, separators=(",", ":"))
        h = hashlib.sha256(f"open data part 1\0{self.engine}\0".encode())
        h.update(content.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def prune(self) -> None:
        """Remove the parts of plans this build did not have."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used:
                path.unlink(missing_ok=True)

    def summary(self) -> str:
        return f"{self.reused} plans reused, {self.made} made"


def _keep(path: Path, text: str) -> None:
    """Write under a temporary name, then rename: a killed build leaves no partial part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(text.encode("utf-8"))
    tmp.replace(path)
