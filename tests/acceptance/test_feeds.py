"""Atom feeds: the elements RFC 4287 requires, entries from the history, and page discovery."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from iltod.history.log import History
from iltod.site import feeds
from tests.support.history_repo import scenario

A = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.org/iltod/"
NAMES = {"new-name": "Шинэ газар"}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], History]:
    repo, sha = scenario(tmp_path_factory.mktemp("feeds") / "repo")
    return sha, History.read(repo.root)


def _required(element: ET.Element, *tags: str) -> None:
    for tag in tags:
        found = element.findall(A + tag)
        assert len(found) == 1, tag
        if tag not in ("author", "link"):  # those carry children and attributes, not text
            assert (found[0].text or "").strip(), tag


def test_site_feed_has_every_required_atom_element(story):
    _, history = story
    feed = ET.fromstring(feeds.site_feed(history, SITE, NAMES))
    assert feed.tag == A + "feed"
    _required(feed, "id", "title", "updated", "author")
    self_link = [x for x in feed.findall(A + "link") if x.get("rel") == "self"]
    assert [x.get("href") for x in self_link] == [SITE + "feeds/all.xml"]
    for entry in feed.findall(A + "entry"):
        _required(entry, "id", "title", "updated", "author", "link", "summary")
        assert entry.find(f"{A}author/{A}name").text in {"Болд", "Сараа"}


def test_entries_are_changes_newest_first_linking_to_the_measure_timeline(story):
    sha, history = story
    feed = ET.fromstring(feeds.site_feed(history, SITE, NAMES, repo_url="https://github.com/o/r"))
    entries = feed.findall(A + "entry")
    assert len(entries) == len(history.changes)
    first = entries[0]
    assert (
        first.find(A + "id").text
        == f"{SITE}new-name/2021/measure-2-1/#change-{sha['measures'][:12]}"
    )
    assert first.find(A + "link").get("href") == first.find(A + "id").text
    assert first.find(A + "updated").text == "2021-10-01T09:00:00+08:00"
    assert (
        feed.find(A + "updated").text == "2021-10-01T09:00:00+08:00"
    )  # the data's date, not the build's
    assert len({e.find(A + "id").text for e in entries}) == len(entries)
    fix = next(e for e in entries if sha["fix"][:12] in e.find(A + "id").text)
    assert (
        fix.find(A + "title").text
        == "Шинэ газар 2021, 1.2: хувь 0 % → 100 %; төлөв хэрэгжээгүй → бүрэн хэрэгжсэн"
    )
    assert f"https://github.com/o/r/commit/{sha['fix']}" in fix.find(A + "summary").text


def test_agency_feed_has_only_that_agencys_changes(story, tmp_path):
    _, history = story
    written = feeds.write_feeds(history, tmp_path, SITE, {**NAMES, "other": "Өөр"})
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "feeds/all.xml",
        "feeds/new-name.xml",
        "feeds/other.xml",
    ]
    other = ET.parse(tmp_path / "feeds/other.xml").getroot()
    assert other.findall(A + "entry") == []
    _required(other, "id", "title", "updated", "author")
    mine = ET.parse(tmp_path / "feeds/new-name.xml").getroot()
    assert len(mine.findall(A + "entry")) == len(history.changes)
    assert mine.find(A + "title").text == "Шинэ газар: шинэчлэл / updates"


def test_alternate_links_announce_the_site_feed_and_the_pages_agency_feed():
    assert [x["href"] for x in feeds.alternate_links()] == ["feeds/all.xml"]
    links = feeds.alternate_links("new-name", "Шинэ газар")
    assert [(x["href"], x["type"]) for x in links] == [
        ("feeds/all.xml", "application/atom+xml"),
        ("feeds/new-name.xml", "application/atom+xml"),
    ]
    assert links[1]["title"].startswith("Шинэ газар")
