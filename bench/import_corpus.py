"""How much of the import corpus imports correctly: measure rows right / rows present.

    python -m bench.import_corpus

Run it from the repository root. Imports every document of tests/fixtures/import_corpus/
(documents in the layouts of public Mongolian reports, see its SOURCES.md) as
``iltod import FILE --agency A -o plans/A/<year>.yml`` would, and counts, per format, the
measure rows whose imported measure equals the expected one in every field, out of the
measure rows the documents hold. Not a test: it prints the figure for docs/import-export.md.
"""

from __future__ import annotations

from collections import defaultdict

from tests.support.import_corpus import documents, fmt, score


def main() -> None:
    per_format: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    print(f"{'document':36} {'rows right / present':>22}")
    for doc in documents():
        s = score(doc)
        totals = per_format[fmt(doc)]
        totals[0] += s.correct
        totals[1] += s.present
        totals[2] += 1
        print(f"{doc.name:36} {s.correct:>10} / {s.present}")
    print()
    print(f"{'format':8} {'documents':>9} {'rows right / present':>22}")
    right = present = count = 0
    for name in ("txt", "lines", "docx", "xlsx", "html"):
        c, p, n = per_format[name]
        right, present, count = right + c, present + p, count + n
        print(f"{name:8} {n:>9} {c:>10} / {p:<4} {c / p:6.1%}" if p else f"{name:8} {n:>9}")
    print(f"{'all':8} {count:>9} {right:>10} / {present:<4} {right / present:6.1%}")


if __name__ == "__main__":
    main()
