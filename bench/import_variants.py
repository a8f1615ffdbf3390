"""How the importer reads SYNTHETIC layout variants of the corpus's development rows.

    python -m bench.import_variants [--details] [--half development|set-aside|both]

Run it from the repository root. The variants (tests/support/import_variants.py) re-render
the rows of development documents 01–54 in systematic layout variants, in five formats; a
random half drawn with its SEED is set aside (recorded in docs before the importer changed).
Prints rows right / present per variant class and per format for each half. Not a test.
"""

from __future__ import annotations

import argparse

from tests.support import import_variants as iv


def _table(title: str, groups: dict[str, list[int]]) -> None:
    print(f"\n{title}")
    total = [0, 0]
    for name, (r, p) in groups.items():
        total = [total[0] + r, total[1] + p]
        print(f"  {name:42} {r:>4} / {p:<4} {r / p:6.1%}")
    r, p = total
    print(f"  {'all':42} {r:>4} / {p:<4} {r / p:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="name the wrong rows")
    parser.add_argument("--half", default="both", choices=("development", "set-aside", "both"))
    args = parser.parse_args()
    dev, aside = iv.halves()
    halves = {"development": dev, "set-aside": aside}
    for name, variants in halves.items():
        if args.half not in ("both", name):
            continue
        scored = []
        for v in variants:
            r, p, wrong = iv.score(v)
            scored.append((v, r, p))
            if args.details and wrong:
                print(f"{v.key}: {r}/{p}")
                for w in wrong[:2]:
                    print(f"    {w[:300]}")
        print(f"\n== {name} half (seed {iv.SEED}): {len(variants)} variant documents")
        _table("per class", iv.tally(scored, lambda v: v.klass))
        _table("per format", iv.tally(scored, lambda v: v.fmt))


if __name__ == "__main__":
    main()
