"""SYNTHETIC texts for benchmarks take the real seed report's words, recombined (the seed report
as the frozen sample plan holds it: tests/fixtures/sample/)."""

from __future__ import annotations

import random
import re

from iltod.load import loader
from tests.support import sample, synthetic


def test_texts_use_only_the_seed_report_s_words_with_digits_redrawn() -> None:
    plan = sample.plan()
    vocabulary = synthetic.Vocabulary.from_plan(plan)
    words = {re.sub(r"\d", "0", w) for t in vocabulary.follows.values() for w in t}
    words |= {re.sub(r"\d", "0", w) for w in vocabulary.starts}
    rng = random.Random(5)
    for chars in (1, 60, 400, 1748):
        text = vocabulary.text(rng, chars)
        assert len(text) >= chars
        assert len(text.split()) >= 2
        assert {re.sub(r"\d", "0", w) for w in text.split()} <= words


def test_a_plan_written_with_the_seed_s_lengths_and_words_is_valid_and_labelled(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = sample.plan()
    synthetic.write_repository(
        tmp_path,
        2,
        measures=25,
        lengths=synthetic.Lengths.from_plan(plan),
        vocabulary=synthetic.Vocabulary.from_plan(plan),
    )
    repo = loader.load(tmp_path)
    assert not repo.report.errors, repo.report.summary()
    assert len(repo.plans) == 2
    for pf in repo.plans:
        assert "synthetic" in pf.plan.source.lower()  # type: ignore[union-attr]
        assert sum(len(o.measures) for o in pf.plan.objectives) == 25
