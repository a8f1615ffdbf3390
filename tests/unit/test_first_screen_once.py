"""The first screen's rules (iltod/site/material/firstscreen.py) are made for each kind of page
from the same two stylesheets: what does not depend on the kind (a rule's selectors, its
declarations without line breaks, the custom properties iltod's files use) is worked out once
per process, not once per kind (13 kinds: most of the 0.4 s a small site spent on them)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from iltod.site import material
from iltod.site.material import firstscreen


def _every_kind() -> list[str]:
    sheets, used = material.site_stylesheets(), material.theme_properties()
    return [firstscreen.first_screen(kind, sheets, used) for kind in sorted(firstscreen._profile())]


def _forget(module: object, *names: str) -> None:
    """Empty the per-process caches of ``module``'s functions ``names``."""
    for name in names:
        getattr(module, name).cache_clear()


def _media_queries(css: str) -> set[str]:
    found: set[str] = set()
    for prelude, block in firstscreen._rules(css):
        if prelude.startswith(firstscreen._DROPPED_AT):  # not read for a first screen
            continue
        if prelude.startswith("@media"):
            found.add(prelude.removeprefix("@media"))
        if prelude.startswith("@") and block is not None:
            found |= _media_queries(block)
    return found


def test_each_rule_is_read_once_whatever_the_number_of_kinds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _every_kind()
    _forget(firstscreen, "_selectors_of", "_tight")
    calls: Counter[tuple[str, str]] = Counter()
    real = firstscreen.split_top

    def counting(text: str, sep: str) -> list[str]:
        calls[text, sep] += 1
        return real(text, sep)

    monkeypatch.setattr(firstscreen, "split_top", counting)
    assert _every_kind() == before
    assert len(firstscreen._profile()) >= 10
    declarations = [n for (text, sep), n in calls.items() if sep == ";"]
    queries = {q for sheet in material.site_stylesheets() for q in _media_queries(sheet)}
    selectors = [n for (text, sep), n in calls.items() if sep == "," and text not in queries]
    assert len(declarations) > 200
    assert len(selectors) > 500
    # once each (before: once per kind); only @media queries are read again
    assert set(declarations) == {1}
    assert set(selectors) == {1}


def test_the_properties_iltods_files_use_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget(material, "_theme_properties")
    reads: list[Path] = []
    real = Path.read_text

    def counting(self: Path, *args: object, **kwargs: object) -> str:
        reads.append(self)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", counting)
    first = material.theme_properties()
    files = len(reads)
    assert files > 20
    assert "--md-primary-fg-color" in first
    first.add("--changed-by-a-caller")
    assert material.theme_properties() == first - {"--changed-by-a-caller"}
    assert len(reads) == files  # not read again for the next kind of page
