"""A mapping that keeps only its most recently used entries (issue 28: memory that does not
grow with the country).

The page shell (:mod:`.shell`) keeps a rendered shell per group of pages and a navigation per
section; MkDocs renders the pages of a group one after another, so a group's entries are used
while its pages are rendered and never again. Kept for every group, they were the largest thing
a national build held (about 0.4 MB an agency: ~2,000 shells of ~20 KB at 100 agencies × 3
years). An entry forgotten and asked for again is made again, the same text: only the time to
make it is lost, never a byte of output.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(OrderedDict[K, V], Generic[K, V]):
    """A dict of at most ``size`` entries: reading an entry makes it the newest, adding one
    beyond ``size`` forgets the oldest. ``made`` counts every entry ever added."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        self.made = 0

    def get(self, key: K, default: V | None = None) -> V | None:  # type: ignore[override]
        if key in self:
            self.move_to_end(key)
            return super().__getitem__(key)
        return default

    def __setitem__(self, key: K, value: V) -> None:
        if key not in self:
            self.made += 1
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
