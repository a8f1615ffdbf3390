"""How many of the SYNTHETIC layout classes the importer reads exactly, per format.

    python -m bench.import_classes

Run it from the repository root. Every class of ``CLASSES`` in
tests/unit/test_import_classes.py (issue 23, third session: plain-word headers, totals and
notes under the table, a column over several measures, a report split over pages …) is
written as a web page, a Word document, an Excel sheet, text one cell per line and text with
tabs between cells, imported, and compared with the measures the class states. The classes
were written while the importer was changed for them, so this is a figure of coverage, not
of import on reports never seen (bench.import_corpus's held-out sets are that).
"""

from __future__ import annotations

from collections import defaultdict

from tests.unit import test_import_classes as classes

FORMATS = (".html", ".docx", ".xlsx", "-lines.txt", "-tabs.txt")


def main() -> None:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in classes.CLASSES:
        for suffix in FORMATS:
            try:
                classes.test_each_class_of_layout_reads_its_measures_exactly_in_every_format(
                    name, suffix
                )
                right = 1
            except Exception:  # a refused import or a wrong measure: not right
                right = 0
            per[suffix][0] += right
            per[suffix][1] += 1
    print(f"{len(classes.CLASSES)} layout classes, measures exactly right per format:")
    for suffix in FORMATS:
        print(f"  {suffix:11} {per[suffix][0]:>3} / {per[suffix][1]}")
    done = sum(v[0] for v in per.values())
    print(f"  {'all':11} {done:>3} / {sum(v[1] for v in per.values())}")


if __name__ == "__main__":
    main()
