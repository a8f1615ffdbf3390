"""Measure numbers that lost their last zero: "1.10" typed into an Excel cell as a number is
the number 1.1 and shows as "1.1"; right after measure 1.9 it can only be 1.10 (W141)."""

from __future__ import annotations


def lost_zero(number: str, previous: str | None, seen: set[str]) -> str | None:
    """The number ``number`` stands for when it repeats an earlier one and the measure after
    ``previous`` is ``number`` with a zero after it ("1.1" after "1.9" → "1.10"), else None."""
    if previous is None or number not in seen:
        return None
    *head, last = previous.split(".")
    if not last.isdigit():
        return None
    due = ".".join([*head, str(int(last) + 1)])
    return due if due.endswith("0") and due.rstrip("0") == number else None
