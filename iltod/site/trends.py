"""Is it getting better? A figure against the same figure one reporting year before, in words
and an arrow (issue 29): "↑ improved by 4.5 points", "→ unchanged", "↓ fell by 10 points";
nothing when either year has no assessed measure (never a change from or to "no figure").
"""

from __future__ import annotations

from collections.abc import Sequence

from iltod import progress
from iltod.site.i18n import Translator

ARROWS = {"improved": "↑", "unchanged": "→", "fell": "↓"}


def change(newer: progress.Number | None, older: progress.Number | None) -> float | None:
    """Percentage points from ``older`` to ``newer`` (rounded to 0.1), None without both."""
    if newer is None or older is None:
        return None
    return round(float(newer) - float(older), 1)


def words(points: float | None, t: Translator) -> str:
    """The change in words with its arrow; "" when there is nothing to compare."""
    if points is None:
        return ""
    key = "unchanged" if points == 0 else "improved" if points > 0 else "fell"
    return f"{ARROWS[key]} {t('trend_' + key, points=f'{abs(points):g}')}"


def over_years(averages: Sequence[progress.Number | None], t: Translator) -> list[str]:
    """For figures of consecutive reporting years, newest first: each year's change from the
    year after it in the list (the one before it in time); the oldest has none."""
    return [
        words(change(a, averages[i + 1]) if i + 1 < len(averages) else None, t)
        for i, a in enumerate(averages)
    ]
