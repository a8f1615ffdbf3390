"""The strict YAML reader: values as the YAML 1.2 core schema reads them, and 1-based marks."""

from __future__ import annotations

import datetime as dt

from iltod.load.yamlsource import read

DOC = """\
# comment
title: "Төлөвлөгөө"
year: 2021
objectives:
  - number: 1
    measures:
      - number: "1.1"
        percent: 70
"""


def test_marks_are_one_based_line_and_column_of_each_value_and_key() -> None:
    src = read("plan.yml", DOC.encode())
    assert src.diagnostics == []
    assert src.marks[()] == (2, 1)
    assert src.key_marks[("title",)] == (2, 1)
    assert src.marks[("title",)] == (2, 8)
    assert src.marks[("year",)] == (3, 7)
    assert src.marks[("objectives",)] == (5, 3)
    assert src.marks[("objectives", 0)] == (5, 5)
    assert src.key_marks[("objectives", 0, "number")] == (5, 5)
    assert src.marks[("objectives", 0, "number")] == (5, 13)
    assert src.marks[("objectives", 0, "measures", 0)] == (7, 9)
    assert src.marks[("objectives", 0, "measures", 0, "number")] == (7, 17)
    assert src.marks[("objectives", 0, "measures", 0, "percent")] == (8, 18)


def test_where_falls_back_to_the_nearest_written_parent() -> None:
    src = read("plan.yml", DOC.encode())
    assert src.where(("objectives", 0, "measures", 0, "text")) == (7, 9)
    assert src.where(("missing",)) == (2, 1)


def test_values_follow_the_yaml_1_2_core_schema() -> None:
    src = read(
        "x.yml", b'a: 1.10\nb: "1.10"\nc: ~\nd: 2021-01-25\ne: true\nf: 070\ng: !!str 1.10\n'
    )
    assert src.diagnostics == []
    assert src.data == {
        "a": 1.1,
        "b": "1.10",
        "c": None,
        "d": dt.date(2021, 1, 25),
        "e": True,
        "f": 70,
        "g": "1.10",
    }
    assert (src.scalars[("a",)].raw, src.scalars[("a",)].plain) == ("1.10", True)
    assert (src.scalars[("b",)].raw, src.scalars[("b",)].plain) == ("1.10", False)


def codes(data: bytes) -> list[tuple[int, int, str, str]]:
    return [(d.line, d.column, d.code, d.field) for d in read("x.yml", data).diagnostics]


def test_yaml_1_1_booleans_are_refused_and_kept_as_written() -> None:
    src = read("x.yml", b"a: no\nb: Yes\nc: off\n")
    assert src.data == {"a": "no", "b": "Yes", "c": "off"}
    assert codes(b"a: no\nb: Yes\nc: off\n") == [
        (1, 4, "E007", "a"),
        (2, 4, "E007", "b"),
        (3, 4, "E007", "c"),
    ]


def test_duplicate_key_keeps_the_first_and_points_at_the_second() -> None:
    src = read("x.yml", b"a: 1\nb: 2\na: 3\n")
    assert src.data == {"a": 1, "b": 2}
    assert codes(b"a: 1\nb: 2\na: 3\n") == [(3, 1, "E005", "a")]


def test_anchors_aliases_and_tags_are_refused_where_written() -> None:
    assert codes(b"a: &x 1\nb: *x\nc: !!int 3\n") == [
        (1, 4, "E006", "a"),
        (2, 4, "E006", "b"),
        (3, 4, "E006", "c"),
    ]


def test_aliases_are_never_expanded() -> None:
    src = read("x.yml", b"a: &x [*x]\n")  # recursive: PyYAML would build a cycle
    assert src.data == {"a": [None]}
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{k}: &{k} [{', '.join(['*' + p] * 10)}]\n"
        for p, k in zip("abcdefgh", "bcdefghi", strict=True)
    )
    src = read("x.yml", laughs.encode())  # 10**9 items if expanded
    assert src.data["i"] == [None] * 10


def test_encoding_problems_are_located() -> None:
    assert codes('a: "Мэ'.encode() + b'\xff"\n') == [(1, 7, "E001", "")]
    assert codes(b"\xef\xbb\xbfa: 1\n") == [(1, 1, "E002", "")]
    assert read("x.yml", b"\xef\xbb\xbfa: 1\n").data == {"a": 1}
    assert codes(b"a:\n  b: 1\n \tc: 2\n") == [(3, 2, "E003", "")]


def test_syntax_errors_empty_files_and_non_mappings() -> None:
    [(line, col, code, _)] = codes(b'a: "open\nb: 1\n')
    assert code == "E004"
    assert line >= 1
    assert col >= 1
    assert codes(b"# only a comment\n") == [(1, 1, "E009", "")]
    assert codes(b"- 1\n- 2\n") == [(1, 1, "E008", "")]
    assert codes(b'"text"\n') == [(1, 1, "E008", "")]
