"""Atom feeds kept between builds, keyed by everything a feed is made of.

A national site writes one feed per agency and one for the site, each of its newest
:data:`~iltod.site.feeds.ENTRIES` changes; building and serializing them cost about as much as
rendering an agency's pages (20 agencies: 1.4 s of a next-day build profiled), every build,
though after one agency's update only that agency's feed and the site's differ. Each feed's
bytes are kept in ``.cache/feeds/`` under a hash of the engine
(:func:`iltod.site.pagecache.engine_digest`), its address, title, language and site, the
agencies' names, and every entry's change, where its year is published and its review; a build
that computes the same key writes the kept bytes. ``tests/unit/test_feed_cache.py``: the same
bytes as a feed made again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path


class FeedCache:
    """Feeds made or taken from ``folder``; ``engine`` is in every key."""

    def __init__(self, folder: Path | None, engine: str) -> None:
        self.folder, self.engine = folder, engine
        self.made = self.reused = 0
        self.used: set[str] = set()

    def body(self, key: str, make: Callable[[], bytes]) -> bytes:
        """The feed whose inputs hash to ``key`` (:func:`key`): kept, or made and kept."""
        if self.folder is None:
            self.made += 1
            return make()
        name = hashlib.sha256(f"feed 1\0{self.engine}\0{key}".encode()).hexdigest() + ".xml"
        self.used.add(name)
        path = self.folder / name
        try:
            kept = path.read_bytes()
        except OSError:
            kept = b""
        if kept:
            self.reused += 1
            return kept
        made = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
        tmp.write_bytes(made)
        tmp.replace(path)
        self.made += 1
        return made

    def prune(self) -> None:
        """Remove the feeds this build did not write."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used and not path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)

    def summary(self) -> str:
        return f"{self.reused} feeds reused, {self.made} made"
