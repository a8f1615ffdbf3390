"""The open data assembled from each plan's part (iltod.site.dataparts) is byte for byte what
encoding the whole document gives, and a plan's part is made once and then taken from the
cache until what it is made of changes (SYNTHETIC plans)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from iltod import opendata
from iltod.load import loader
from iltod.site import dataparts
from tests.support import synthetic

ON = dt.date(2025, 2, 1)


def _document(root: Path) -> dict[str, Any]:
    synthetic.write_repository(root, 3, measures=4, years=(2023, 2024))
    return opendata.to_dict(loader.load(root), ON)


def _encoded(doc: dict[str, Any]) -> tuple[bytes, bytes]:
    """What iltod wrote before the parts: the whole document encoded at once."""
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), opendata.csv_bytes(doc)


def _assembled(doc: dict[str, Any], parts: dataparts.Parts) -> tuple[bytes, bytes]:
    each = [parts.of(p) for p in doc["plans"]]
    return dataparts.document_json(doc, each), dataparts.document_csv(each)


def test_the_files_from_parts_are_the_whole_document_encoded(tmp_path: Path) -> None:
    doc = _document(tmp_path / "repo")
    assert len(doc["plans"]) == 6
    # text that could break an assembly by lines: line ends, a line separator, quotes, a NUL
    doc["plans"][0]["title"] = 'SYNTHETIC "a"\nb\r\nc\u2028d\0e ],\n  {'
    doc["plans"][1]["objectives"] = []
    assert _assembled(doc, dataparts.Parts()) == _encoded(doc)
    for plan in doc["plans"]:
        one = {**doc, "plans": [plan]}
        assert _assembled(one, dataparts.Parts()) == _encoded(one)
    none = {**doc, "plans": []}
    assert _assembled(none, dataparts.Parts()) == _encoded(none)


def test_a_plan_is_made_once_then_reused_until_it_changes(tmp_path: Path) -> None:
    doc = _document(tmp_path / "repo")
    folder = tmp_path / "cache"
    first = dataparts.Parts(folder, "engine-1")
    files = _assembled(doc, first)
    assert (first.made, first.reused) == (6, 0)

    again = dataparts.Parts(folder, "engine-1")
    assert _assembled(doc, again) == files
    assert (again.made, again.reused) == (0, 6)

    doc["plans"][2]["objectives"][0]["measures"][0]["percent"] = 99
    changed = dataparts.Parts(folder, "engine-1")
    assert _assembled(doc, changed) == _encoded(doc)
    assert (changed.made, changed.reused) == (1, 5)
    changed.prune()  # the changed plan's old part is not kept
    assert len(list(folder.iterdir())) == 6

    other = dataparts.Parts(folder, "engine-2")  # another engine makes every part again
    assert _assembled(doc, other) == _encoded(doc)
    assert (other.made, other.reused) == (6, 0)


def test_a_damaged_part_is_made_again(tmp_path: Path) -> None:
    doc = _document(tmp_path / "repo")
    folder = tmp_path / "cache"
    _assembled(doc, dataparts.Parts(folder))
    for path in folder.iterdir():
        path.write_bytes(b"\xff\xfe not a part")
    parts = dataparts.Parts(folder)
    assert _assembled(doc, parts) == _encoded(doc)
    assert parts.made == 6
