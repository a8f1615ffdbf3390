"""Atom feeds kept between builds (iltod/site/feedcache.py) are byte for byte the feeds made
again, and a feed is made again when anything it shows changes (SYNTHETIC history)."""

from __future__ import annotations

from pathlib import Path

from iltod.history.log import History
from iltod.site import feeds
from iltod.site.feedcache import FeedCache
from tests.support.history_repo import scenario

SITE = "https://example.org/iltod/"
NAMES = {"new-name": "Шинэ газар", "other": "Өөр"}


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "feeds").iterdir())}


def test_kept_feeds_are_the_feeds_made_again(tmp_path: Path) -> None:
    repo, _ = scenario(tmp_path / "repo")
    history = History.read(repo.root)
    cache = tmp_path / "cache"
    feeds.write_feeds(history, tmp_path / "plain", SITE, NAMES)
    first = FeedCache(cache, "engine")
    feeds.write_feeds(history, tmp_path / "first", SITE, NAMES, kept=first)
    again = FeedCache(cache, "engine")
    feeds.write_feeds(history, tmp_path / "again", SITE, NAMES, kept=again)
    assert (first.made, first.reused) == (3, 0)
    assert (again.made, again.reused) == (0, 3)
    assert _bytes(tmp_path / "plain") == _bytes(tmp_path / "first") == _bytes(tmp_path / "again")
    # a new name shows in the site's feed and the agency's; the other agency's has no entry
    renamed = {**NAMES, "new-name": "Өөрчилсөн нэр"}
    third = FeedCache(cache, "engine")
    feeds.write_feeds(history, tmp_path / "third", SITE, renamed, kept=third)
    feeds.write_feeds(history, tmp_path / "third-plain", SITE, renamed)
    assert (third.made, third.reused) == (3, 0)  # every feed's key holds every name
    assert _bytes(tmp_path / "third") == _bytes(tmp_path / "third-plain")
    # another engine: made again
    other = FeedCache(cache, "another engine")
    feeds.write_feeds(history, tmp_path / "fourth", SITE, NAMES, kept=other)
    assert other.made == 3
    other.prune()
    assert len(list(cache.iterdir())) == 3
