"""Grade words: the words reports write instead of a percent, and the percent each stands for.

A grade word names one of four steps — done, mostly done, begun, not done — and the plan's
scale gives each step its percent: on the IAAC scale 0/30/70/100 "хэрэгжиж байгаа" (begun) is
30, on a 0/40/70/100 scale it is 40. Only whole cells ("Хэрэгжсэн") and marks between slashes
inside a result ("/хэрэгжиж байгаа/") are read; a word inside a sentence is never taken as a
grade. The table is :data:`GRADE_WORDS`; ``iltod import --grades FILE`` adds or overrides words
(a YAML mapping of word to step) and ``--scale`` gives the plan's scale.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from iltod.model import DEFAULT_SCALE

STEPS = ("none", "begun", "mostly", "done")
"""The four steps, lowest first; a four-value scale gives them their percents in this order."""

GRADE_WORDS: dict[str, str] = {
    "хэрэгжсэн": "done",
    "бүрэн хэрэгжсэн": "done",
    "биелсэн": "done",
    "бүрэн биелсэн": "done",
    "хэрэгжилт хангалттай": "mostly",
    "ихэвчлэн хэрэгжсэн": "mostly",
    "хэрэгжилт сайн": "mostly",
    "хэрэгжиж байгаа": "begun",
    "хэрэгжиж эхэлсэн": "begun",
    "хэсэгчлэн хэрэгжсэн": "begun",
    "хэрэгжилт хангалтгүй": "begun",
    "хэрэгжилт дутуу": "begun",
    "бүрэн": "done",
    "биелэгдсэн": "done",
    "хэрэгжүүлсэн": "done",
    "хангалттай": "mostly",
    "биелэлт хангалттай": "mostly",
    "хангалтгүй": "begun",
    "биелэлт хангалтгүй": "begun",
    "хэсэгчлэн": "begun",
    "хэрэгжиж байна": "begun",
    "хэрэгжээгүй": "none",
    "биелээгүй": "none",
    "хэрэгжүүлээгүй": "none",
    "хийгдсэн": "done",
    "бүрэн биелэгдсэн": "done",
    "бүрэн хэрэгжүүлсэн": "done",
    "хэрэгжүүлж байна": "begun",
    "хэрэгжүүлж байгаа": "begun",
    "хийгдэж байна": "begun",
    "хийгдэж байгаа": "begun",
    "биелж байна": "begun",
    "биелж байгаа": "begun",
    "хийгдээгүй": "none",
    "биелэгдээгүй": "none",
    "эхлээгүй": "none",
}
"""Grade word (lower case, single spaces) → step."""

SCALES = {"IAAC": (0, 30, 70, 100), "0/40/70/100": (0, 40, 70, 100)}
"""The scales seen in Mongolian practice (for the guide); any four-value scale can be given."""

_SLASH = re.compile(r"/([^/\n]{3,60})/")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_OPENING = re.compile(r"\s*([^\W\d][^.:;\n/]{2,40}?)\s*(?:[.:;]\s|[.:;]?\n|\s[–—-]\s)")


def _norm(text: str) -> str:
    t = re.sub(r"[\s\-–—.,:;!()\"'“”]+", " ", text.lower())
    return t.strip()


@dataclass(frozen=True)
class Grade:
    """A grade read from text: the words as written, the step and the percent on the scale."""

    words: str
    step: str
    percent: int


@dataclass(frozen=True)
class Grades:
    """The grade words in force and the plan's scale."""

    words: Mapping[str, str] = field(default_factory=lambda: dict(GRADE_WORDS))
    scale: Sequence[int] = DEFAULT_SCALE

    def percent(self, step: str) -> int:
        """The percent of ``step`` on the scale (the IAAC scale when the plan's is not four
        values, as with ``free``)."""
        scale = sorted(self.scale) if len(self.scale) == len(STEPS) else list(DEFAULT_SCALE)
        return scale[STEPS.index(step)]

    def whole(self, text: str) -> Grade | None:
        """The grade a whole cell states ("Хэрэгжсэн", "хэрэгжиж байгаа."), or None."""
        n = _norm(text)
        step = self.words.get(n)
        return Grade(text.strip(), step, self.percent(step)) if step else None

    def marked(self, text: str) -> Grade | None:
        """The one grade marked between slashes inside a text ("… /хэрэгжиж байгаа/"), or
        None when there is none or more than one."""
        found = [g for m in _SLASH.finditer(text) if (g := self._mark(m[1]))]
        return found[0] if len(found) == 1 else None

    def opening(self, text: str) -> Grade | None:
        """The grade word that opens a text as a sentence of its own ("Хэрэгжсэн. 10 удаа
        …", "Хэрэгжиж байгаа: …"), or None; a grade word inside a sentence is not one."""
        m = _OPENING.match(text)
        step = self.words.get(_norm(m[1])) if m else None
        return Grade(m[1].strip(), step, self.percent(step)) if m and step else None

    def _mark(self, inner: str) -> Grade | None:
        words = _norm(_PERCENT.sub(" ", inner))
        step = self.words.get(words)
        return Grade(f"/{inner}/", step, self.percent(step)) if step else None

    def merged(self, extra: Mapping[str, str]) -> Grades:
        """These grades with ``extra`` words added or overriding (word → step)."""
        words = dict(self.words) | {_norm(k): v for k, v in extra.items()}
        return Grades(words, self.scale)


def table_markdown() -> str:
    """The grade words as a Markdown table for the clerks' guide (kept equal by a test)."""
    lines = [
        "| Grade word | Step | IAAC 0/30/70/100 | 0/40/70/100 |",
        "|---|---|---|---|",
    ]
    iaac, other = Grades(scale=SCALES["IAAC"]), Grades(scale=SCALES["0/40/70/100"])
    for word, step in GRADE_WORDS.items():
        lines.append(f'| "{word}" | {step} | {iaac.percent(step)} | {other.percent(step)} |')
    return "\n".join(lines)
