"""How long the history pass takes on a synthetic repository, against loading the plans once.

    python -m bench.history_bench [--commits 200] [--agencies 10]

Run it from the repository root. Builds a repository of copies of the sample plan (the frozen
copy in tests/fixtures/sample/; 10 agencies × 2 years by default), then
makes commits that each change one measure's percent in one plan, and times
``History.read`` against ``loader.load`` of the final working tree (the baseline: the build
reads every plan once anyway). Not a timed test: it prints numbers for a human to read.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

from iltod.history import log as history_module
from iltod.history.log import History
from iltod.load import loader
from tests.support import sample
from tests.support.history_repo import GitRepo, agency_yaml

SAMPLE = sample.PLAN_FILE.read_text(encoding="utf-8")
PERCENT = re.compile(r"^(\s+percent: )(\d+|null)$", re.MULTILINE)


def build(root: Path, commits: int, agencies: int) -> GitRepo:
    repo = GitRepo(root)
    rng = random.Random(1)
    files = []
    for a in range(agencies):
        slug = f"agency-{a}"
        repo.write(f"plans/{slug}/agency.yml", agency_yaml(slug))
        for year in (2021, 2022):
            text = SAMPLE.replace('agency: "govisumber-zdtg"', f'agency: "{slug}"').replace(
                "year: 2021", f"year: {year}"
            )
            repo.write(f"plans/{slug}/{year}.yml", text)
            files.append(f"plans/{slug}/{year}.yml")
    repo.commit("Add plans", "2021-01-01T09:00:00+08:00")
    for i in range(commits - 1):
        path = rng.choice(files)
        text = (root / path).read_text(encoding="utf-8")
        spots = list(PERCENT.finditer(text))
        spot = rng.choice(spots)
        value = rng.choice([v for v in ("0", "30", "70", "100") if v != spot.group(2)])
        text = text[: spot.start(2)] + value + text[spot.end(2) :]
        repo.write(path, text)
        repo.commit(f"Update {path}", _date(i))
    return repo


def _date(i: int) -> str:
    day, minute = divmod(i, 600)
    date = f"2021-{2 + day // 28:02d}-{1 + day % 28:02d}"
    return f"{date}T{9 + minute // 60:02d}:{minute % 60:02d}:00+08:00"


def timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(
        prog="python -m bench.history_bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--commits", type=int, default=200)
    ap.add_argument("--agencies", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo = build(Path(tmp) / "repo", args.commits, args.agencies)
        history = History.read(repo.root)
        base = timed(lambda: loader.load(repo.root))
        cold = timed(lambda: (history_module._PARSED.clear(), History.read(repo.root)))
        warm = timed(lambda: History.read(repo.root))  # mkdocs serve: blobs already parsed
        files = len(list((repo.root / "plans").glob("*/*.yml")))
        changes = len(history.changes)
        print(f"{args.commits} commits, {files} plan and agency files, {changes} measure changes")
        print(f"baseline  loader.load (every plan once): {base * 1000:7.0f} ms")
        for label, seconds in (("cold (one pass):", cold), ("warm (rebuild): ", warm)):
            print(
                f"history   History.read, {label}{seconds * 1000:7.0f} ms"
                f"  ({seconds / base:.1f}× baseline)"
            )


if __name__ == "__main__":
    main()
