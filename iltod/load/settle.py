"""What a loaded repository keeps of its files once the site is built from them (issue 28:
memory that does not grow with the country).

Reading a file keeps, for every value, its line and column, the text it was written as, and the
parsed values themselves (:class:`~iltod.load.yamlsource.Source`): every check of loading points
at them. Once the site is made from the repository, a plan is read from its validated model, and
a later diagnostic (evidence, history) only names its place in a clerk's words (``measure 1.3 ›
file``, :meth:`~iltod.load.yamlsource.Source.place`), which needs the numbers of objectives and
measures as written and nothing else. The rest was about 0.35 MB an agency at national scale
(three years of plans), held for the whole build. :func:`settle` drops it.
"""

from __future__ import annotations

from iltod.load.repository import Repository

NUMBER = "number"


def settle(repo: Repository) -> None:
    """Keep of each file read only what :meth:`~iltod.load.yamlsource.Source.place` uses: the
    written numbers. Call it when nothing will check the files again."""
    for src in repo.sources.values():
        src.data = None
        src.marks, src.key_marks = {}, {}
        src.scalars = {p: s for p, s in src.scalars.items() if p and p[-1] == NUMBER}
