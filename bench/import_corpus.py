"""How much of the import corpus imports correctly, development and set-aside apart.

    python -m bench.import_corpus [--details]

Run it from the repository root. Imports every document of tests/fixtures/import_corpus/
(documents in the layouts of public Mongolian reports, see its SOURCES.md) as
``iltod import FILE -o plans/<agency>/<year>.yml`` would, and prints per format, for the
development documents, for the third set aside before the work on issue 23 (SET_ASIDE.md;
looked at since, so its figure is contaminated) and for the fresh set-aside drawn before the
second session's changes (SET_ASIDE.md, "Fresh set-aside"), for the second fresh set and
for the third and fourth fresh sets (parts five and six, real rows, written apart from the
importer's development and held out whole: SET_ASIDE.md, "Third fresh set-aside" and
"Fourth fresh set-aside"): the measure rows whose
imported measure equals the expected one in every field, out of the rows the documents hold,
and the documents imported right (a plan with the expected agency and year and every row
right), out of the documents. ``--details`` lists the
development documents one by one; the set-aside ones are only ever counted. Not a test: it
prints the figures for docs/import-export.md.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from tests.support.import_corpus import (
    SHARED_ROWS,
    Score,
    all_documents,
    fmt,
    fourth_set_aside,
    fresh_set_aside,
    score,
    second_set_aside,
    set_aside,
    third_set_aside,
)

FORMATS = ("txt", "lines", "docx", "xlsx", "html")


FRESH = "fresh set-aside (held out until b986335: 15/25 there; looked at since, so contaminated)"


SECOND = "second fresh set-aside (14/22 when first measured at 8e90c17; looked at since)"


THIRD = "third fresh set (held out: real rows, written apart from the importer's development)"


FOURTH = "fourth fresh set (held out: real rows of two pages, built as the third was)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list development documents")
    args = parser.parse_args()
    aside, fresh, second = set(set_aside()), set(fresh_set_aside()), set(second_set_aside())
    third, fourth = set(third_set_aside()), set(fourth_set_aside())
    old = "old set-aside (looked at since issue 23's first session: contaminated)"
    parts: dict[str, dict[str, list[Score]]] = {
        "development": defaultdict(list),
        old: defaultdict(list),
        old + ", without shared rows": defaultdict(list),
        FRESH: defaultdict(list),
        SECOND: defaultdict(list),
        THIRD: defaultdict(list),
        FOURTH: defaultdict(list),
    }
    for doc in all_documents():
        s = score(doc)
        if doc.name in fourth:
            parts[FOURTH][fmt(doc)].append(s)
            continue
        if doc.name in third:
            parts[THIRD][fmt(doc)].append(s)
            continue
        if doc.name in second:
            parts[SECOND][fmt(doc)].append(s)
            continue
        if doc.name in fresh:
            parts[FRESH][fmt(doc)].append(s)
            continue
        if doc.name in aside:
            parts[old][fmt(doc)].append(s)
            if doc.name not in SHARED_ROWS:
                parts[old + ", without shared rows"][fmt(doc)].append(s)
            continue
        parts["development"][fmt(doc)].append(s)
        if args.details:
            mark = "right" if s.right else "WRONG"
            print(f"{doc.name:40} {s.correct:>3} / {s.present:<3} {mark}")
    for name, per_format in parts.items():
        print(f"\n{name}: measure rows right / present, documents right / total")
        rows = [0, 0]
        docs = [0, 0]
        for f in FORMATS:
            scores = per_format.get(f, [])
            if not scores:
                continue
            c, p = sum(s.correct for s in scores), sum(s.present for s in scores)
            r, n = sum(s.right for s in scores), len(scores)
            rows, docs = [rows[0] + c, rows[1] + p], [docs[0] + r, docs[1] + n]
            print(f"  {f:6} rows {c:>3} / {p:<3} {c / p:6.1%}   documents {r:>2} / {n}")
        c, p = rows
        print(f"  {'all':6} rows {c:>3} / {p:<3} {c / p:6.1%}   documents {docs[0]:>2} / {docs[1]}")


if __name__ == "__main__":
    main()
