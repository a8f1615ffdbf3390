"""The page cache cannot lie, and preview and build do not erase each other (issue 27, rows 8
and 10; iltod/site/pagecache.py).

Row 8: a stored page changed by anything after it was written was published verbatim. Row 10:
``mkdocs serve`` and ``mkdocs build`` of one checkout deleted each other's entries, and the
``*.tmp`` files of a killed build were never removed (and saved by the deploy's cache forever).
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

from iltod.site.pagecache import PageCache, prune_temporary

PAGE = "<html><body>SYNTHETIC page 1.1: 70%</body></html>"


def _cache(folder: Path, key: str, mode: str = "build") -> PageCache:
    cache = PageCache(folder, keys={"a/2021/index.md": key})
    cache.mode = mode
    return cache


def test_a_stored_page_changed_after_it_was_written_is_never_published(tmp_path: Path) -> None:
    _cache(tmp_path, "k" * 64).store("a/2021/index.md", PAGE)
    (entry,) = tmp_path.glob("*/*.html.gz")
    entry.write_bytes(gzip.compress(b"<script>fetch('https://evil.example')</script>"))
    cache = _cache(tmp_path, "k" * 64)
    assert not cache.hit("a/2021/index.md")  # so the page is rendered again
    assert cache.read("a/2021/index.md") is None
    assert not list(tmp_path.glob("*/*.html.gz")), "the changed entry is removed"


def test_an_unchanged_page_is_reused(tmp_path: Path) -> None:
    _cache(tmp_path, "k" * 64).store("a/2021/index.md", PAGE)
    cache = _cache(tmp_path, "k" * 64)
    assert cache.hit("a/2021/index.md")
    assert cache.read("a/2021/index.md") == PAGE


def test_preview_and_build_keep_each_others_pages(tmp_path: Path) -> None:
    built = _cache(tmp_path, "b" * 64)
    built.store("a/2021/index.md", PAGE)
    built.prune()
    served = _cache(tmp_path, "s" * 64, mode="serve")  # the dev server's address in its pages
    served.store("a/2021/index.md", PAGE.replace("70", "30"))
    served.prune()
    again = _cache(tmp_path, "b" * 64)
    assert again.hit("a/2021/index.md"), "the preview erased the build's page"
    again.prune()
    assert _cache(tmp_path, "s" * 64, mode="serve").hit("a/2021/index.md")


def test_a_killed_builds_temporary_files_are_removed(tmp_path: Path) -> None:
    ended = subprocess.Popen(["true"])
    ended.wait()
    (tmp_path / "ab").mkdir()
    stale = tmp_path / "ab" / f".{'a' * 64}.{ended.pid}.tmp"
    stale.write_bytes(b"half a page")
    cache = _cache(tmp_path, "k" * 64)
    cache.store("a/2021/index.md", PAGE)
    cache.prune()
    assert not stale.exists()
    assert cache.hit("a/2021/index.md")


def test_the_temporary_file_of_a_running_build_is_kept(tmp_path: Path) -> None:
    with subprocess.Popen(["sleep", "30"]) as running:
        try:
            live = tmp_path / f".{'c' * 64}.{running.pid}.0a1b2c3d.tmp"
            live.write_bytes(b"being written")
            assert prune_temporary(tmp_path) == 0
            assert live.exists()
        finally:
            running.kill()
