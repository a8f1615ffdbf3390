"""SYNTHETIC repositories for tests and benchmarks: regions → agencies → plans → objectives →
measures, with Mongolian text lengths like the real report's. Every agency and plan says it is
synthetic in its name and source; nothing here is real data.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from iltod.load.regions import default
from iltod.model import Agency, Measure, Name, Objective, Plan
from iltod.schema.yamlwrite import dump_model

# Phrases of the kind the real reports use, recombined at random (synthetic).
_WORDS = [
    "авлигын",
    "эсрэг",
    "сургалт",
    "зохион",
    "байгуулах",
    "албан",
    "хаагчдыг",
    "хамруулах",
    "иргэдэд",
    "мэдээлэл",
    "хүргэх",
    "төлөвлөгөө",
    "хэрэгжүүлэх",
    "ил",
    "тод",
    "байдлыг",
    "нэмэгдүүлэх",
    "өргөдөл",
    "гомдол",
    "шийдвэрлэх",
    "зөвлөмж",
    "ашиг",
    "сонирхлын",
    "зөрчлөөс",
    "урьдчилан",
    "сэргийлэх",
    "цахим",
    "хэлбэрт",
    "шилжүүлэх",
    "тайлан",
    "мэдээллийн",
    "самбар",
    "байгууллагын",
    "удирдлага",
    "хөрөнгө",
    "орлогын",
    "мэдүүлэг",
    "хяналт",
    "шалгалт",
    "үнэлгээ",
]
_SCALE = (0, 30, 70, 70, 100, 100, 100)


@dataclass(frozen=True)
class Lengths:
    """Character lengths to draw texts from, e.g. those of a real report (``from_plan``)."""

    text: tuple[int, ...]
    result: tuple[int, ...]
    indicators: tuple[int, ...]  # all indicators of a measure together

    @classmethod
    def from_plan(cls, plan: Plan) -> Lengths:
        ms = [m for o in plan.objectives for m in o.measures]
        return cls(
            tuple(len(m.text) for m in ms),
            tuple(len(m.result or "") for m in ms),
            tuple(sum(len(i) for i in m.indicators) for m in ms),
        )


@dataclass(frozen=True)
class Vocabulary:
    """Which word follows which in a real text (``from_plan``: a real report), so that synthetic
    texts have its words at its frequencies: a search index of them has the shape of a real one.
    Digits are redrawn at random, as real reports' numbers differ from one report to the next.
    """

    follows: dict[str, tuple[str, ...]]
    starts: tuple[str, ...]

    @classmethod
    def from_plan(cls, plan: Plan) -> Vocabulary:
        texts = [o.title.capitalize() for o in plan.objectives]
        for m in (m for o in plan.objectives for m in o.measures):
            texts += [m.text, *m.indicators, m.target or "", m.result or ""]
        follows: dict[str, list[str]] = defaultdict(list)
        starts = []
        for text in texts:
            words = text.split()
            if words:
                starts.append(words[0])
            for a, b in pairwise(words):
                follows[a].append(b)
        return cls({k: tuple(v) for k, v in follows.items()}, tuple(starts))

    def text(self, rng: random.Random, chars: int) -> str:
        """About ``chars`` characters (at least two words) of text in the style of the source."""
        words = [rng.choice(self.starts)]
        size = len(words[0])
        while size < chars or len(words) < 2:
            options = self.follows.get(words[-1])
            words.append(rng.choice(options) if options else rng.choice(self.starts))
            size += len(words[-1]) + 1
        return re.sub(r"\d", lambda _: str(rng.randrange(10)), " ".join(words))


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


_WORD_CHARS = sum(len(w) + 1 for w in _WORDS) / len(_WORDS)


def _chars(rng: random.Random, chars: int) -> str:
    """A sentence of about ``chars`` characters."""
    return _sentence(rng, max(2, round(chars / _WORD_CHARS)))


def _measure(
    rng: random.Random,
    o: int,
    m: int,
    year: int,
    lengths: Lengths | None = None,
    vocabulary: Vocabulary | None = None,
) -> Measure:
    percent = rng.choice(_SCALE + (None,))
    if lengths is not None and vocabulary is not None:
        text = vocabulary.text(rng, rng.choice(lengths.text))
        indicators = [vocabulary.text(rng, rng.choice(lengths.indicators))]
        result = vocabulary.text(rng, rng.choice(lengths.result))
    elif lengths is None:
        text = _sentence(rng, rng.randint(8, 40))
        indicators = [_sentence(rng, 5).rstrip(".") + ":" for _ in range(rng.randint(1, 4))]
        result = "\n".join(_sentence(rng, rng.randint(10, 60)) for _ in range(rng.randint(1, 3)))
    else:
        text = _chars(rng, rng.choice(lengths.text))
        indicators = [_chars(rng, rng.choice(lengths.indicators)).rstrip(".") + ":"]
        result = _chars(rng, rng.choice(lengths.result))
    return Measure(
        number=f"{o}.{m}",
        text=text,
        timeframe=f"{year} он",
        indicators=indicators,
        budget="-",
        result=result,
        percent=percent,
    )


def plan(
    agency: str,
    year: int,
    measures: int,
    rng: random.Random,
    lengths: Lengths | None = None,
    vocabulary: Vocabulary | None = None,
) -> Plan:
    """A plan of about ``measures`` measures in objectives of 2–6 measures."""
    objectives, o, left = [], 1, measures
    while left > 0:
        n = min(left, rng.randint(2, 6))
        title = vocabulary.text(rng, 60) if vocabulary else _sentence(rng, 8)
        objectives.append(
            Objective(
                number=o,
                title=title.upper(),
                measures=[_measure(rng, o, m, year, lengths, vocabulary) for m in range(1, n + 1)],
            )
        )
        o, left = o + 1, left - n
    return Plan(
        agency=agency,
        year=year,
        title="SYNTHETIC / Жишээ: " + _sentence(rng, 6),
        period="year-end",
        source="SYNTHETIC test data generated by iltod.synthetic",
        objectives=objectives,
    )


def write_repository(
    root: Path,
    agencies: int,
    measures: int = 25,
    years: tuple[int, ...] = (2024,),
    regions: list[str] | None = None,
    seed: int = 1,
    lengths: Lengths | None = None,
    vocabulary: Vocabulary | None = None,
) -> list[str]:
    """Write ``agencies`` synthetic agencies spread over ``regions`` into ``root/plans``.

    Texts are random phrases; with ``lengths`` their character lengths are drawn from it, and
    with ``vocabulary`` too their words are those of a real report, recombined.
    """
    rng = random.Random(seed)
    regions = regions or [r for r in default() if r != "national"]
    slugs = []
    for i in range(agencies):
        slug = f"synthetic-{i:04d}"
        folder = root / "plans" / slug
        folder.mkdir(parents=True, exist_ok=True)
        agency = Agency(
            slug=slug,
            name=Name(mn=f"Жишээ байгууллага {i} (synthetic)", en=f"Synthetic agency {i}"),
            region=regions[i % len(regions)],
        )
        (folder / "agency.yml").write_text(dump_model(agency, "agency"), encoding="utf-8")
        for year in years:
            text = dump_model(plan(slug, year, measures, rng, lengths, vocabulary), "plan")
            (folder / f"{year}.yml").write_text(text, encoding="utf-8")
        slugs.append(slug)
    return slugs


def write_long_objectives(
    root: Path,
    sizes: list[int],
    seed: int = 1,
    lengths: Lengths | None = None,
    vocabulary: Vocabulary | None = None,
) -> list[str]:
    """SYNTHETIC agencies, one per size, whose 2024 plan has one objective of that many
    measures (the shape that made a measure page grow with its siblings: issue 28); texts as
    :func:`write_repository` writes them."""
    rng = random.Random(seed)
    slugs = write_repository(root, len(sizes), measures=2, regions=["govisumber"], seed=seed)
    for slug, size in zip(slugs, sizes, strict=True):
        objective = Objective(
            number=1,
            title="SYNTHETIC LONG OBJECTIVE",
            measures=[_measure(rng, 1, m, 2024, lengths, vocabulary) for m in range(1, size + 1)],
        )
        long = plan(slug, 2024, 2, rng).model_copy(update={"objectives": [objective]})
        (root / "plans" / slug / "2024.yml").write_text(dump_model(long, "plan"), encoding="utf-8")
    return slugs
