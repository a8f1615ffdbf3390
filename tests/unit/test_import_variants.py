"""The layout-variant generator of issue 23's third session (tests/support/import_variants.py,
``python -m bench.import_variants``): built from development rows only, with a set-aside half
drawn by its recorded seeds, and its reference layout imports right in every format."""

from __future__ import annotations

import re

import pytest

from tests.support import import_variants as iv


def test_the_sources_are_development_documents_01_to_54_only():
    names = [s.name for s in iv.sources()]
    assert len(names) >= 40
    assert all(1 <= int(re.match(r"\d+", n)[0]) <= 54 for n in names)


def test_the_set_aside_half_is_the_recorded_draw():
    dev, aside = iv.halves()
    assert iv.SEED == 2326
    assert not {v.key for v in dev} & {v.key for v in aside}
    assert len(aside) == len(iv.variants()) // 2 + len(iv.extra_variants()) // 2
    first = iv.variants()
    drawn = sorted(iv.random.Random(iv.SEED).sample(range(len(first)), len(first) // 2))
    assert [v.key for v in aside[: len(drawn)]] == [first[i].key for i in drawn]


@pytest.mark.parametrize("fmt", iv.FORMATS)
def test_the_reference_layout_imports_right_in_every_format(fmt):
    v = next(v for v in iv.variants() if v.klass == "base" and v.fmt == fmt)
    right, present, wrong = iv.score(v)
    assert (right, wrong) == (present, [])
