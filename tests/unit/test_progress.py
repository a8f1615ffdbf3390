"""Progress semantics: statuses, what counts towards averages, due dates and overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from iltod import progress
from iltod.model import Measure


def measure(percent: float | None, timeframe: str = "2021 он", **extra: object) -> Measure:
    return Measure.model_validate(
        {
            "number": "1.1",
            "text": "Арга хэмжээ",
            "timeframe": timeframe,
            "percent": percent,
            **extra,
        }
    )


@pytest.mark.parametrize(
    ("percent", "expected"),
    [(0, "not-implemented"), (30, "insufficient"), (70, "in-progress"), (100, "complete")],
)
def test_status_on_the_default_scale(percent: int, expected: str) -> None:
    assert progress.status(measure(percent)) == expected


@pytest.mark.parametrize(
    ("percent", "expected"),
    [(0, "not-implemented"), (40, "insufficient"), (70, "in-progress"), (100, "complete")],
)
def test_status_on_the_0_40_70_100_scale(percent: int, expected: str) -> None:
    assert progress.status(measure(percent)) == expected


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (0.5, "insufficient"),
        (69.9, "insufficient"),
        (70, "in-progress"),
        (91.7, "in-progress"),
        (99.9, "in-progress"),
        (100, "complete"),
    ],
)
def test_status_on_a_free_scale(percent: float, expected: str) -> None:
    assert progress.status(measure(percent)) == expected


def test_not_due_and_not_assessed_are_their_own_statuses() -> None:
    assert progress.status(measure(None, not_due=True)) == "not-due"
    assert progress.status(measure(None)) == "not-assessed"


def test_not_due_and_not_assessed_are_left_out_of_means() -> None:
    measures = [measure(100), measure(70), measure(None), measure(None, not_due=True)]
    assert progress.assessed(measures) == [100, 70]
    assert progress.average(measures) == 85
    assert progress.average([measure(None)]) is None


def _average(*percents: int) -> float | int | None:
    return progress.average([measure(p) for p in percents])


def test_average_is_of_measures_and_rounded_to_a_tenth() -> None:
    assert _average(100, 100, 70) == 90
    assert _average(100, 100, 100, 70, 100, 100, 100, 100, 100, 100, 100, 100) == 97.5
    assert _average(100, 70, 70) == 80
    assert isinstance(_average(100, 70, 70), int)  # 80, not 80.0
    assert _average(100, 30, 30) == 53.3
    assert progress.number(90.0) == 90
    assert isinstance(progress.number(90.0), int)
    assert progress.number(97.5) == 97.5
    assert progress.number(None) is None


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        ("2021 он", dt.date(2021, 12, 31)),
        ("2021 онд", dt.date(2021, 12, 31)),
        ("2021-01-25", dt.date(2021, 1, 25)),
        ("2021.01.24", dt.date(2021, 1, 24)),
        ("2021 оны 01 дүгээр сарын 25", dt.date(2021, 1, 25)),
        ("2021 оны 1-р сарын 25-ны дотор", dt.date(2021, 1, 25)),
        ("Жилдээ", None),
        ("Улирал бүр", None),
        ("2021-02-30", None),
    ],
)
def test_due_date_from_the_timeframe(timeframe: str, due: dt.date | None) -> None:
    assert progress.due_date(measure(100, timeframe)) == due


def test_written_due_date_wins_over_the_timeframe() -> None:
    assert progress.due_date(measure(100, "Жилдээ", due="2021-06-30")) == dt.date(2021, 6, 30)


NEW_YEAR = dt.date(2022, 1, 1)


def test_overdue_when_ended_below_100() -> None:
    assert progress.overdue(measure(70), on=NEW_YEAR) is True
    assert progress.overdue(measure(0), on=NEW_YEAR) is True


def test_not_overdue_when_complete_or_not_yet_ended() -> None:
    assert progress.overdue(measure(100), on=NEW_YEAR) is False
    assert progress.overdue(measure(70), on=dt.date(2021, 12, 31)) is False  # its last day
    assert progress.overdue(measure(None, not_due=True), on=NEW_YEAR) is False


def test_overdue_unknown_without_percent_or_date() -> None:
    assert progress.overdue(measure(None), on=NEW_YEAR) is None
    assert progress.overdue(measure(70, "Жилдээ"), on=NEW_YEAR) is None
