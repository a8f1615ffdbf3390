"""Issue 23: a list of numbered tasks (a meeting's assignments, a plan without progress) whose
header names the measure column in words no vocabulary lists. The header is found above the
rows numbered 1, 2, … and the measure column by its long texts; a number alone in copied text
fills the timeframe; a title with a past participle ("… хариуцсан мэргэжилтэн") is no result.
Every document is SYNTHETIC, in every format; each test failed before its change."""

from __future__ import annotations

import pytest

from tests.unit.test_import_general import FORMATS, measures

HEADER = ["", "Ажлын товч агуулга", "Хугацаа", "Хяналт тавих нэгж"]
ONE = "Хорооны нутаг дэвсгэрт хог хаягдлын цэгүүдийг тоолж, цэвэрлэх ажлыг зохион байгуулах"
TWO = "Гэр хорооллын гудамжны гэрэлтүүлгийн засварын ажлын явцыг шалгаж, хуралд танилцуулах"
THREE = "Иргэдээс ирүүлсэн өргөдөл, гомдлын шийдвэрлэлтийг нэгтгэж, дараагийн хуралд мэдээлэх"
TASKS = [
    ["1", f"{ONE} (SYNTHETIC).", "30", "Тохижилт хариуцсан мэргэжилтэн"],
    ["2", f"{TWO} (SYNTHETIC).", "30", ""],
    ["3", f"{THREE} (SYNTHETIC).", "14", ""],
]


@pytest.mark.parametrize("number", ["", "№"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_list_of_tasks_under_an_unknown_measure_header_is_read(fmt, number):
    rows, report = measures(fmt, [number, *HEADER[1:]], TASKS)
    got = [(n, m.number, m.text, m.timeframe, m.result, m.percent) for n, m in rows]
    assert got == [
        (1, f"1.{k}", task[1], task[2], None, None) for k, task in enumerate(TASKS, 1)
    ], report
    assert rows[0][1].notes == "Хяналт тавих нэгж: Тохижилт хариуцсан мэргэжилтэн"
    assert [m.notes for _, m in rows[1:]] == [None, None]
    assert "W135" in report  # the measure column, read by its cells, is reported
