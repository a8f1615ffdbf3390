"""The open data written plan by plan (iltod.site.datastream) is byte for byte the whole
document encoded, each file described by its true size and hash, and writing it holds a few
plans' text, not the country's (issue 28; SYNTHETIC plans)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tracemalloc
from pathlib import Path
from typing import Any

from iltod import opendata, urls
from iltod.load import loader
from iltod.release.written import Written
from iltod.site import dataparts, datastream
from tests.support import synthetic

ON = dt.date(2025, 2, 1)
NOTICE = "Data licence / Өгөгдлийн лиценз: SYNTHETIC\n".encode()


def _document(root: Path, agencies: int, measures: int) -> dict[str, Any]:
    synthetic.write_repository(root, agencies, measures=measures, years=(2023, 2024))
    return opendata.to_dict(loader.load(root), ON)


def _encoded(doc: dict[str, Any]) -> tuple[bytes, bytes]:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), opendata.csv_bytes(doc)


def test_the_streamed_files_are_the_whole_documents_encoded(tmp_path: Path) -> None:
    doc = _document(tmp_path / "repo", 3, 4)
    doc["plans"][0]["title"] = 'SYNTHETIC "a"\nb\r\nc\u2028d\0e ],\n  {'
    out = tmp_path / "data"
    files = datastream.write(doc, dataparts.Parts(), out, NOTICE)
    expected = {"LICENSE.txt": NOTICE}
    expected["plans.json"], expected["measures.csv"] = _encoded(doc)
    for plan in doc["plans"]:
        key = (plan["agency"], plan["year"])
        one = _encoded({**doc, "plans": [plan]})
        expected[urls.data_file(*key, "json")], expected[urls.data_file(*key, "csv")] = one
    assert list(files) == list(expected)  # the order downloads.write lists them in
    for name, data in expected.items():
        assert (out / name).read_bytes() == data, name
        assert files[name] == Written(len(data), hashlib.sha256(data).hexdigest()), name
    assert sorted(p.name for p in out.rglob("*.tmp")) == []


def test_a_document_without_plans_is_written_whole(tmp_path: Path) -> None:
    doc = {**_document(tmp_path / "repo", 1, 1), "plans": []}
    files = datastream.write(doc, dataparts.Parts(), tmp_path / "data", NOTICE)
    assert list(files) == ["LICENSE.txt", "plans.json", "measures.csv"]
    assert (tmp_path / "data" / "plans.json").read_bytes() == _encoded(doc)[0]


def test_writing_holds_a_few_plans_not_the_country(tmp_path: Path) -> None:
    doc = _document(tmp_path / "repo", 12, 25)  # 24 plans
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        files = datastream.write(doc, dataparts.Parts(), tmp_path / "data", NOTICE)
        held = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    written = sum(len(f) for f in files.values())
    one_plan = max(len(f) for name, f in files.items() if name.endswith(".json") and "/" in name)
    # every file's bytes held at once (downloads.write before) was more than all written
    assert written > 40 * one_plan
    assert held < 10 * one_plan, (held, one_plan, written)
