"""Versions of plans read in earlier builds, kept in the build cache by their git blob.

The history parses every version of every plan file (:mod:`iltod.history.log`): at 100
agencies × 3 years, 13 of the 34 s a profiled build spent before its first page, the same
versions every build. A blob's hash names its content, so what a version reads as
(:class:`~iltod.history.changes.PlanState`) never changes while the code that reads it does not:
it is kept in ``.cache/history/states-<code>.json``, ``<code>`` a hash of the modules that read
it, and a build parses only the versions it has not seen. Only readable versions are kept (an
unreadable one's warning names the path it was found at, so it is read again). JSON, not
pickle: the deploy restores ``.cache/`` from a store, and a cache entry is data, never code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from iltod.history import changes
from iltod.history.changes import MeasureState, PlanState
from iltod.load import yamlsource


def _code() -> str:
    """A hash of the modules that turn a blob into a :class:`PlanState`."""
    h = hashlib.sha256()
    for module in (changes, yamlsource):
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()[:16]


class StateCache:
    """The plan versions of earlier builds (blob → state), in ``folder`` (None: no cache)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / f"states-{_code()}.json" if folder is not None else None
        self.states: dict[str, PlanState] = {}
        self.added = 0
        if self.path is not None and self.path.is_file():
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                self.states = {sha: _state(value) for sha, value in raw.items()}

    def get(self, blobs: Collection[str]) -> dict[str, PlanState]:
        """The states of the ``blobs`` kept."""
        return {sha: self.states[sha] for sha in blobs if sha in self.states}

    def add(self, states: Mapping[str, object]) -> None:
        """Keep the readable ones of newly parsed versions."""
        for sha, state in states.items():
            if isinstance(state, PlanState) and sha not in self.states:
                self.states[sha] = state
                self.added += 1

    def save(self, used: Collection[str] | None) -> None:
        """Write the cache when it gained versions; ``used``: the blobs this build read (the
        others are dropped), None to keep every one (a partial history)."""
        if self.path is None or (self.added == 0 and used is None):
            return
        kept = self.states if used is None else self.get(used)
        if self.added == 0 and len(kept) == len(self.states):
            return
        for old in self.path.parent.glob("states-*.json"):
            if old != self.path:
                old.unlink(missing_ok=True)  # another version of the code's
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as f:  # json.dumps of the whole, a version at a time
            f.write("{")
            for i, (sha, state) in enumerate(sorted(kept.items())):
                f.write(f"{', ' if i else ''}{json.dumps(sha)}: {json.dumps(_plain(state))}")
            f.write("}")
        tmp.replace(self.path)


def _plain(state: PlanState) -> dict[str, Any]:
    measures = {
        n: [m.percent, m.status, m.result, list(m.evidence), m.declared, m.other]
        for n, m in state.measures.items()
    }
    return {"measures": measures, "fingerprint": state.fingerprint}


def _state(value: dict[str, Any]) -> PlanState:
    measures = {
        n: MeasureState(pct, st, result, tuple(evidence), declared, dict(other))
        for n, (pct, st, result, evidence, declared, other) in value["measures"].items()
    }
    return PlanState(measures, value["fingerprint"])
