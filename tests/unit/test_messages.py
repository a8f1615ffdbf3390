"""Messages a clerk can map: the measure by its number, and every Mongolian line in Mongolian.

A clerk reads "measure 1.3 / арга хэмжээ 1.3", not ``objectives[0].measures[2]`` (0-based). The
machine-readable ``field`` of ``--format json`` stays the dotted path, stable for scripts; the
``place`` is added beside it. No Mongolian line carries English text from a parser or a library:
each code's Mongolian template takes only Mongolian (``…_mn``) or language-neutral values.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from pydantic import ValidationError

from iltod import cli
from iltod.diagnostics import diag
from iltod.diagnostics.codes import CODES, NEUTRAL
from iltod.load import schema_errors
from iltod.load.yamlsource import read
from iltod.model import Measure

PLAN = """agency: "x"
year: 2021
title: "SYNTHETIC"
period: "year-end"
objectives:
  - number: 1
    title: "O"
    measures:
      - {number: "1.1", text: "M", timeframe: "2021 он", percent: 100}
      - {number: "1.2", text: "M", timeframe: "2021 он", percent: 100}
      - number: "1.3"
        text: "M"
        timeframe: "2021 он"
        percent: 120
"""


def _repo(tmp_path: Path, plan: str = PLAN) -> Path:
    folder = tmp_path / "plans" / "x"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(
        'slug: "x"\nname:\n  mn: "SYNTHETIC"\nregion: "govisumber"\n', encoding="utf-8"
    )
    (folder / "2021.yml").write_text(plan, encoding="utf-8")
    return tmp_path


def test_an_error_names_the_measure_by_its_number_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["validate", str(_repo(tmp_path))]) == 1
    first, second, _ = capsys.readouterr().out.splitlines()
    assert first == (
        "plans/x/2021.yml:14:18: error[E012] measure 1.3 › percent: "
        "expected one of 0, 30, 70, 100; got 120"
    )
    assert (
        second
        == "    мн: арга хэмжээ 1.3 › percent: 0, 30, 70, 100-ийн аль нэг байх ёстой; 120 байна"
    )


def test_mongolian_only_output_names_the_measure_in_mongolian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["validate", str(_repo(tmp_path)), "--lang", "mn"])
    assert capsys.readouterr().out.startswith(
        "plans/x/2021.yml:14:18: error[E012] арга хэмжээ 1.3 › percent: 0, 30, 70"
    )


def test_json_keeps_the_dotted_field_and_adds_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["validate", str(_repo(tmp_path)), "--format", "json"])
    (d,) = json.loads(capsys.readouterr().out)["diagnostics"]
    assert d["field"] == "objectives[0].measures[2].percent"
    assert (d["place"], d["place_mn"]) == ("measure 1.3 › percent", "арга хэмжээ 1.3 › percent")
    assert d["message"] == "expected one of 0, 30, 70, 100; got 120"


@pytest.mark.parametrize(
    ("path", "en", "mn"),
    [
        (("objectives", 0, "title"), "objective 1 › title", "зорилт 1 › title"),
        (("objectives", 0, "measures", 2), "measure 1.3", "арга хэмжээ 1.3"),
        (
            ("objectives", 0, "measures", 2, "attachments", "items", 0, "file"),
            "measure 1.3 › attachments › items #1 › file",
            "арга хэмжээ 1.3 › attachments › items #1 › file",
        ),
        (("objectives", 0, "measures", 1, "indicators", 2), "measure 1.2 › indicators #3", None),
        (("scale", 1), "scale #2", "scale #2"),
        (("year",), "year", "year"),
    ],
)
def test_places_count_from_one_and_use_the_numbers_as_written(
    path: tuple[str | int, ...], en: str, mn: str | None
) -> None:
    src = read("plan.yml", PLAN.encode())
    assert src.place(path)[0] == en
    if mn is not None:
        assert src.place(path)[1] == mn


def test_a_measure_without_a_usable_number_is_named_by_its_position() -> None:
    src = read("plan.yml", PLAN.replace('number: "1.3"', "number: []").encode())
    assert src.place(("objectives", 0, "measures", 2, "text")) == (
        "objective 1 › measure #3 › text",
        "зорилт 1 › №3 арга хэмжээ › text",
    )


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_mongolian_template_takes_only_mongolian_or_neutral_values(code: str) -> None:
    """``{problem}`` (a parser's or a library's English) may only reach the English line."""
    english = {p for p in _placeholders(CODES[code].mn) if not p.endswith("_mn")} - NEUTRAL
    assert english == set(), f"{code}: Mongolian template takes English {english}"


def test_a_message_cannot_miss_an_argument_of_either_language() -> None:
    with pytest.raises(KeyError, match="problem_mn"):
        diag("f.yml", 1, 1, "E004", problem="mapping values are not allowed here")


_LATIN_WORDS = re.compile(r"[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+")


def _english_in(mn_line: str) -> list[str]:
    """Runs of two or more Latin words in a Mongolian line, quoted values and codes aside."""
    bare = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\([^()]*[A-Za-z_]{3,}[^()]*\)", "", mn_line)
    return _LATIN_WORDS.findall(bare)


BROKEN_YAML = {
    "indentation": "a:\n  b: 1\n c: 2\n",
    "colon in text": "a: b: c\n",
    "unclosed quote": 'a: "abc\n',
    "at sign": "a: @x\n",
    "unknown escape": 'a: "\\q"\n',
    "bad hex escape": 'a: "\\xZZ"\n',
    "list in a mapping": "a: 1\n- b\n",
    "unclosed [": "a: [1, 2\nb: 3\n",
    "unclosed {": "a: {x: 1\nb: 3\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "undefined tag": "a: !x!y 1\n",
    "lone star": "a: *\n",
    "block scalar": "a: |x\n  b\n",
    "empty flow item": "a: [,]\n",
    "separator in quotes": 'a: "x\n---\n"\n',
}


@pytest.mark.parametrize("text", BROKEN_YAML.values(), ids=list(BROKEN_YAML))
def test_a_yaml_syntax_error_is_explained_in_mongolian(text: str) -> None:
    (d,) = read("plan.yml", text.encode()).diagnostics
    assert d.code == "E004"
    assert _english_in(d.message_mn) == []
    assert "YAML-ийн бүтэц буруу" not in d.message_mn, "a known problem gets its own explanation"


def test_an_unknown_rule_of_a_later_pydantic_is_not_english_in_mongolian() -> None:
    en, mn = schema_errors._constraint("some_new_rule", {})
    assert (en, mn) == ("some new rule", "зөвшөөрөгдөх утга")


def test_the_importers_refusal_of_a_measure_speaks_mongolian() -> None:
    """E107 (the importers') describes pydantic's errors in the validator's own words."""
    data = {"number": "1.1", "percent": "x"}
    with pytest.raises(ValidationError) as exc:
        Measure.model_validate(data)
    en, mn = schema_errors.explain(exc.value, data)
    assert en == "text: required, missing; percent: expected a number"
    assert mn == "text: заавал бөглөх талбар, бөглөөгүй; percent: тоо байх ёстой"
    d = diag("t.xlsx", 6, 3, "E107", "measure[1.1]", problem=en, problem_mn=mn)
    assert _english_in(d.message_mn) == []


def test_a_value_no_terminal_can_print_is_shown_by_its_code_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = PLAN.replace('title: "O"', 'title: "O"\n    "ke\\ud800y": 1')
    assert cli.main(["validate", str(_repo(tmp_path, plan))]) == 1
    out = capsys.readouterr().out
    out.encode("utf-8")  # the surrogate never reaches the terminal
    assert out.startswith(
        "plans/x/2021.yml:8:5: error[E018] objective 1 › ke<U+D800>y: expected text without "
        "control characters, got U+D800 (half of a surrogate pair) at character 3;"
    )
    assert "string unicode" not in out  # pydantic's complaint about the same key is not repeated


def test_a_huge_value_is_shown_by_its_two_ends() -> None:
    """A message names the value, but 20,000 characters of it would bury the rest of a CI log."""
    d = diag(
        "f.yml",
        1,
        1,
        "E013",
        "title",
        expected="text",
        expected_mn="текст",
        got="x" * 20000,
        got_mn="x",
    )
    assert d.message_en == f"expected text, got {'x' * 140}…(20,000 characters)…{'x' * 40}"
