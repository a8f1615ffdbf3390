"""The long run of the contract's properties: what validate accepts, every output accepts.

    python -m bench.fuzz [--examples 20000] [--seed N] [--only plans,odd,...] [--builds 20]

Run it from the repository root. The test command runs each property of
tests/unit/test_contract.py on a fixed, small set of examples; this runs the same properties
(tests/support/contract.py) on as many fresh random ones as asked, shared among the properties in
the proportions of the test command, and prints for each: how many examples ran, how many plans
validated and went through every output, which codes refused the others, which importer
exceptions only the guard of ``import_bytes`` caught, and every failure with its minimal example.
``--builds N`` also runs the real ``mkdocs build --strict`` on N generated plans: it must succeed
exactly when ``iltod validate`` reports neither an error nor a warning.
Everything it generates is SYNTHETIC. Not a timed test: it prints numbers for a human to read.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import contract

WEIGHTS = {
    "plans": 60, "clean": 40, "odd": 60, "mutated": 80, "txt": 25, "xlsx": 10, "docx": 15,
    "sparse": 15, "spans": 15, "compressed": 8,
}  # fmt: skip
"""Shares of the examples, as in the test command (tests/unit/test_contract.py)."""


def _properties() -> dict[str, tuple[Any, Callable[[bytes, contract.Tally], object]]]:
    def plan(data: bytes, tally: contract.Tally) -> object:
        return contract.check_plan_bytes(data, tally)

    def importer(kind: str) -> Callable[[bytes, contract.Tally], object]:
        return lambda data, tally: contract.check_import(data, f"report.{kind}", tally)

    return {
        "plans": (contract.plan_files(), plan),
        "clean": (contract.plan_files(hostile=False), plan),
        "odd": (contract.odd_yaml(), plan),
        "mutated": (contract.mutated_files(), plan),
        "txt": (contract.report_texts(), importer("txt")),
        "xlsx": (contract.office_files("xlsx"), importer("xlsx")),
        "docx": (contract.office_files("docx"), importer("docx")),
        # issue 27: bombs, within bounds or refused, validate and the build agreeing
        "sparse": (contract.sparse_sheets(), _sparse),
        "spans": (contract.spanned_tables(), _spans),
        "compressed": (contract.compressed_documents(), _document),
    }


def _sparse(sheet: Any, tally: contract.Tally) -> object:
    return contract.check_bounded_import(sheet[0], "report.xlsx", sheet[1], tally)


def _spans(table: Any, tally: contract.Tally) -> object:
    return contract.check_bounded_import(*table, tally=tally)


def _document(data: Any, tally: contract.Tally) -> object:
    return contract.check_document(data, tally)


def run(name: str, strategy: Any, check: Any, examples: int, seed: int | None) -> bool:
    """Run one property; print what it saw. True when it found no failure."""
    tally = contract.Tally()
    failure: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(st.data())
    def prop(data: Any) -> None:
        check(data.draw(strategy, label=name), tally)

    if seed is not None:
        prop = __import__("hypothesis").seed(seed)(prop)
    start = time.perf_counter()
    try:
        prop()
    except Exception:
        failure.append(traceback.format_exc(limit=-8))
    seconds = time.perf_counter() - start
    codes = ", ".join(f"{c} {n}" for c, n in sorted(tally.codes.items(), key=lambda x: -x[1]))
    print(f"{name}: {tally.examples} examples in {seconds:.0f} s; {tally.accepted} validated and")
    print(f"  went through every output; codes: {codes or 'none'}")
    for got, n in sorted(tally.guarded.items()):
        print(f"  importer exception caught only by import_bytes' guard: {got} ×{n}")
    for text in failure:
        print(f"  FAILURE:\n{text}")
    return not failure


def builds(count: int, seed: int | None) -> bool:
    """``mkdocs build --strict`` of ``count`` generated plans agrees with ``iltod validate``."""
    import tempfile
    from pathlib import Path

    from iltod.load import loader
    from tests.support import sitekit

    disagreements: list[str] = []
    done, built = [0], [0]

    clean = contract.plan_files(hostile=False)

    @settings(max_examples=count, deadline=None, database=None, derandomize=False)
    @given(st.one_of(clean, clean, contract.plan_files()))
    def prop(data: bytes) -> None:
        with tempfile.TemporaryDirectory(prefix="iltod-fuzz-build-") as tmp:
            repo = sitekit.make_repo(Path(tmp) / "repo")
            (repo / "plans" / "x").mkdir(parents=True)
            (repo / "plans" / "x" / "agency.yml").write_text(contract.AGENCY, encoding="utf-8")
            (repo / "plans" / "x" / "2021.yml").write_bytes(data)
            report = loader.load(repo).report
            result = sitekit.build(repo, Path(tmp) / "site")
            done[0] += 1
            built[0] += result.returncode == 0
            clean = not report.diagnostics
            if (result.returncode == 0) != clean or "Traceback" in result.stderr:
                disagreements.append(f"{data!r}\n{report.format('en')}\n{result.stderr[-2000:]}")

    if seed is not None:
        prop = __import__("hypothesis").seed(seed)(prop)
    start = time.perf_counter()
    prop()
    seconds = time.perf_counter() - start
    print(f"builds: {done[0]} strict builds in {seconds:.0f} s, {built[0]} succeeded; ", end="")
    print(f"{len(disagreements)} disagreed with validate")
    for text in disagreements[:3]:
        print(f"  DISAGREEMENT:\n{text}")
    return not disagreements


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__.split("\n")[0])
    p.add_argument("--examples", type=int, default=20000, help="examples in all (default 20000)")
    p.add_argument("--seed", type=int, help="Hypothesis seed, to repeat a run")
    p.add_argument("--only", help="comma-separated properties: " + ", ".join(WEIGHTS))
    p.add_argument("--builds", type=int, default=0, help="real strict builds to compare (slow)")
    args = p.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(WEIGHTS)
    total = sum(WEIGHTS[n] for n in chosen)
    properties = _properties()
    ok = True
    for name in chosen:
        strategy, check = properties[name]
        examples = max(1, args.examples * WEIGHTS[name] // total)
        ok = run(name, strategy, check, examples, args.seed) and ok
        sys.stdout.flush()
    if args.builds:
        ok = builds(args.builds, args.seed) and ok
    print("no failure" if ok else "FAILURES above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
