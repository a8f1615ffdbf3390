"""Atom feeds: the elements RFC 4287 requires, entries from the history, and page discovery;
no character of a commit, an agency name or a file name can make a feed invalid XML."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from iltod.history.log import Change, History
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
        # the agency stands behind its data; the commit's author is a detail of the summary
        assert entry.find(f"{A}author/{A}name").text == "Шинэ газар"


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
    summary = fix.find(A + "summary").text
    assert summary.startswith("хувь 0 % → 100 %\nтөлөв хэрэгжээгүй → бүрэн хэрэгжсэн\n")
    assert "Fix the file" not in summary  # the commit is a detail: the entry's content
    content = fix.find(A + "content").text
    assert f"https://github.com/o/r/commit/{sha['fix']}" in content
    assert f"commit {sha['fix'][:7]} (Сараа): Fix the file; 1.2 done" in content


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
    assert mine.find(A + "title").text == "Шинэ газар: шинэчлэл"  # in the site's language


def test_alternate_links_announce_the_site_feed_and_the_pages_agency_feed():
    assert [x["href"] for x in feeds.alternate_links()] == ["feeds/all.xml"]
    links = feeds.alternate_links("new-name", "Шинэ газар")
    assert [(x["href"], x["type"]) for x in links] == [
        ("feeds/all.xml", "application/atom+xml"),
        ("feeds/new-name.xml", "application/atom+xml"),
    ]
    assert links[1]["title"].startswith("Шинэ газар")


HOSTILE = "\x01 \x08 \x0b \x0c \x1b \x00 \ufffe \ud800"


def _hostile(history: History) -> History:
    """``history`` as if every commit held characters XML cannot, and a 5,000-character subject
    ending in a squash merge's "(#12)"."""

    def hostile(change: Change) -> Change:
        commit = dataclasses.replace(
            change.commit,
            author=f"Бат{HOSTILE}",
            subject=f"Тайлан{HOSTILE}" + "ж" * 5000 + " (#12)",
        )
        return dataclasses.replace(change, commit=commit)

    return History([hostile(c) for c in reversed(history.changes)], {}, [])


def test_no_character_of_a_commit_or_a_name_makes_a_feed_invalid(story, tmp_path):
    """Issue 12, row 6: an author or subject holding \\x01 \\x08 \\x0b \\x0c \\x1b made
    feeds/all.xml and the agency's feed unreadable. Every feed parses, the text is kept with
    U+FFFD in place of what XML cannot hold, and a very long subject stays whole in the feed."""
    history = _hostile(story[1])
    names = {"new-name": f"Газар{HOSTILE}"}
    written = feeds.write_feeds(history, tmp_path, SITE, names, "https://github.com/o/r")
    for path in written:
        feed = ET.parse(path).getroot()
        entries = feed.findall(A + "entry")
        assert len(entries) == len(history.changes)
        content = entries[0].find(A + "content").text
        assert "Бат\ufffd \ufffd \ufffd \ufffd \ufffd \ufffd \ufffd \ufffd" in content
        assert "ж" * 5000 in content  # whole in the data
        assert entries[0].find(f"{A}author/{A}name").text.startswith("Газар\ufffd")
    assert feeds.xml_text("a\x1eb\tc\U0001f600") == "a\ufffdb\tc\U0001f600"


def test_an_entry_links_its_pull_request(story):
    history = _hostile(story[1])
    feed = ET.fromstring(feeds.site_feed(history, SITE, NAMES, repo_url="https://github.com/o/r"))
    entry = feed.find(A + "entry")
    related = [x.get("href") for x in entry.findall(A + "link") if x.get("rel") == "related"]
    assert related == ["https://github.com/o/r/pull/12"]
    assert "Өөрчлөлтийн хүсэлт #12" in entry.find(A + "summary").text
    assert "Тайлан" in entry.find(A + "content").text


def test_the_english_site_s_feed_says_what_changed_in_english(story):
    sha, history = story
    feed = ET.fromstring(
        feeds.site_feed(history, SITE, NAMES, repo_url="https://github.com/o/r", language="en")
    )
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert feed.find(A + "title").text == "Iltod: progress updates"
    fix = next(e for e in feed.findall(A + "entry") if sha["fix"][:12] in e.find(A + "id").text)
    assert fix.find(A + "title").text.endswith(
        "1.2: percent 0 % → 100 %; status not implemented → fully implemented"
    )
    summary = fix.find(A + "summary").text
    assert not re.search("[\u0400-\u04ff]", summary), summary
