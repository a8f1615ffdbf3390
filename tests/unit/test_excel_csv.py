"""The CSV files open right in Excel on Windows: UTF-8 with a byte-order mark (Excel reads a
CSV without one in the system's code page, and every Cyrillic cell becomes mojibake), and the
same bytes from two builds of the same plans.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from pathlib import Path

import pytest

from iltod.site import Site
from tests.support import sample
from tests.support.sitekit import TODAY


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = sample.copy(tmp_path_factory.mktemp("sample"))
    return Site(root, "mn", on=dt.date.fromisoformat(TODAY))


@pytest.mark.parametrize("name", ["measures.csv", "govisumber-zdtg/2021.csv"])
def test_every_csv_starts_with_the_utf8_byte_order_mark(
    site: Site, tmp_path: Path, name: str
) -> None:
    site.write_data(tmp_path)
    raw = (tmp_path / "data" / name).read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert not raw[3:].startswith(codecs.BOM_UTF8)  # one mark, not two


def test_a_bom_aware_reader_sees_the_cyrillic_and_the_first_column(
    site: Site, tmp_path: Path
) -> None:
    site.write_data(tmp_path)
    with (tmp_path / "data/measures.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert next(iter(rows[0])) == "agency"  # not "\ufeffagency"
    assert rows[0]["agency"] == "govisumber-zdtg"
    assert any("\u0400" <= ch <= "\u04ff" for ch in rows[0]["text"])


def test_two_builds_write_the_same_csv_bytes(site: Site, tmp_path: Path) -> None:
    site.write_data(tmp_path / "a")
    site.write_data(tmp_path / "b")
    for name in ("measures.csv", "govisumber-zdtg/2021.csv"):
        assert (tmp_path / "a/data" / name).read_bytes() == (
            tmp_path / "b/data" / name
        ).read_bytes()
