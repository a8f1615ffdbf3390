"""Atom 1.0 feeds of measure changes: one for the whole site, one per agency.

Written with :mod:`xml.etree.ElementTree` (RFC 4287). Each entry is one merge's change to one
measure; it links to the measure page at the change's anchor on the timeline
(``#change-<12 hex digits>``), which is also the entry's id, and to its pull request. ``updated``
is when the change was merged into the main branch (:class:`iltod.history.git.Commit`), not
when the site was built nor what the author's machine claimed. The entry's author is the
agency. Each site writes its feeds in its language: the title and summary say what changed in
words, when it was published and its pull request; the commit (its whole message, its author,
its address) is the entry's ``content``, a detail for who wants it.

Each entry also carries the reviewer's view of its measure as it stands now
(:mod:`iltod.review`): a summary line with the assessed level ("not yet reviewed" and "no
evidence available" in words, never a number) and the observation status, and two Atom
``category`` elements (schemes: the sections of the progress rules page that explain them), so
that a feed reader or a harvester sees the reviewer's column beside the agency's claim.

Every text and attribute goes through :func:`xml_text`: a character XML 1.0 cannot hold (a
control character in a commit message, an author name or a file name) becomes U+FFFD, so one
commit can never make a feed unreadable.

Feeds live at ``feeds/all.xml`` and ``feeds/<agency>.xml``; :func:`alternate_links` tells page
templates which to announce with ``<link rel="alternate" type="application/atom+xml">``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from iltod import review as reviewing
from iltod import urls
from iltod.history.changes import describe
from iltod.history.github import commit_url, pull_url
from iltod.history.log import Change, History
from iltod.site.feedcache import FeedCache
from iltod.site.pagecache import digest

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
ENTRIES = 50
SITE_TITLE = "Ил тод: хэрэгжилтийн шинэчлэл / progress updates"
"""The title a page's head announces the site feed by (either language's reader)."""
WORDS = {
    "mn": {
        "site": "Ил тод: хэрэгжилтийн шинэчлэл",
        "updates": "шинэчлэл",
        "published": "Нийтлэгдсэн",
        "pull_request": "Өөрчлөлтийн хүсэлт",
        "reviewer": "Хөндлөнгийн үнэлгээ",
        "observation": "ажиглалтын төлөв",
    },
    "en": {
        "site": "Iltod: progress updates",
        "updates": "updates",
        "published": "Published",
        "pull_request": "Pull request",
        "reviewer": "Reviewer's assessment",
        "observation": "observation status",
    },
}
"""A feed's own words, in the language of the site that writes it."""
ET.register_namespace("", ATOM)
Locate = Callable[[int], str | None]
"""The absolute root of the site holding a year's pages, None when it is not published
(:mod:`iltod.site.years`); by default every year is in the feed's own site."""
Reviews = reviewing.Reviews
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 does not allow replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def feed_path(agency: str | None = None) -> str:
    """The feed's address relative to the site root."""
    return f"feeds/{agency or 'all'}.xml"


def change_anchor(change: Change) -> str:
    """The id of the change on its measure page's timeline."""
    return f"change-{change.commit.sha[:12]}"


def alternate_links(
    agency: str | None = None, agency_name: str | None = None
) -> list[dict[str, str]]:
    """The feeds a page should announce: the site's, and its agency's when it belongs to one.

    Each item has ``href`` (relative to the site root), ``title`` and ``type``.
    """
    links = [{"href": feed_path(), "title": SITE_TITLE, "type": MEDIA_TYPE}]
    if agency:
        title = f"{agency_name or agency}: шинэчлэл / updates"
        links.append({"href": feed_path(agency), "title": title, "type": MEDIA_TYPE})
    return links


def site_feed(
    history: History,
    site_url: str,
    names: Mapping[str, str],
    repo_url: str | None = None,
    locate: Locate | None = None,
    language: str = "mn",
    reviews: Reviews | None = None,
) -> bytes:
    """The site-wide feed of the newest changes. ``names`` maps agency slugs to display names;
    ``reviews``: the reviewer's view of each measure, carried by its entries."""
    changes = _published(history.changes, locate)
    title = WORDS[language]["site"]
    return _feed(changes, title, feed_path(), site_url, names, repo_url, locate, language, reviews)


def agency_feed(
    history: History,
    agency: str,
    site_url: str,
    names: Mapping[str, str],
    repo_url: str | None = None,
    locate: Locate | None = None,
    language: str = "mn",
    reviews: Reviews | None = None,
) -> bytes:
    """One agency's feed of its newest changes."""
    title = f"{names.get(agency, agency)}: {WORDS[language]['updates']}"
    changes = _published([c for c in history.changes if c.agency == agency], locate)
    path = feed_path(agency)
    return _feed(changes, title, path, site_url, names, repo_url, locate, language, reviews)


def _published(changes: list[Change], locate: Locate | None) -> list[Change]:
    """The newest :data:`ENTRIES` changes of published years."""
    if locate is None:
        return changes[:ENTRIES]
    return [c for c in changes if locate(c.year) is not None][:ENTRIES]


def write_feeds(
    history: History,
    site_dir: Path,
    site_url: str,
    names: Mapping[str, str],
    repo_url: str | None = None,
    locate: Locate | None = None,
    language: str = "mn",
    reviews: Reviews | None = None,
    kept: FeedCache | None = None,
) -> list[Path]:
    """Write the site feed and one feed per agency in ``names``, in ``language``; return the
    files written. ``locate`` gives the site of each year's pages when years are published
    apart; ``reviews`` the reviewer's view of each measure; ``kept``: the feeds of earlier
    builds (iltod.site.feedcache)."""
    written = []
    kept = kept or FeedCache(None, "")
    by_agency: dict[str, list[Change]] = {}  # grouped once: not every change for every agency
    for c in history.changes:
        by_agency.setdefault(c.agency, []).append(c)
    every = digest(site_url, repo_url, language, sorted(names.items()))
    for agency in [None, *sorted(names)]:
        path = Path(site_dir) / feed_path(agency)
        path.parent.mkdir(parents=True, exist_ok=True)
        if agency is None:
            title, changes = WORDS[language]["site"], _published(history.changes, locate)
        else:
            title = f"{names.get(agency, agency)}: {WORDS[language]['updates']}"
            changes = _published(by_agency.get(agency, []), locate)
        entries = [
            (repr(c), locate(c.year) if locate else None, repr(_review(reviews, c)))
            for c in changes
        ]
        key = digest(every, feed_path(agency), title, entries)
        make = partial(
            _feed, changes, title, feed_path(agency), site_url, names, repo_url, locate, language
        )
        path.write_bytes(kept.body(key, partial(make, reviews=reviews)))
        written.append(path)
    return written


def _review(reviews: Reviews | None, change: Change) -> object:
    return (
        None
        if reviews is None
        else reviews.get((change.agency, change.year), {}).get(change.number)
    )


def _feed(
    changes: list[Change],
    title: str,
    path: str,
    site_url: str,
    names: Mapping[str, str],
    repo_url: str | None,
    locate: Locate | None = None,
    language: str = "mn",
    reviews: Reviews | None = None,
) -> bytes:
    base = site_url.rstrip("/") + "/"
    lang = {"{http://www.w3.org/XML/1998/namespace}lang": language}
    feed = ET.Element(f"{{{ATOM}}}feed", lang)
    _text(feed, "id", base + path)
    _text(feed, "title", title)
    _text(feed, "updated", _iso(changes[0].commit.date if changes else _EPOCH))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Ил тод")
    _link(feed, base + path, "self", MEDIA_TYPE)
    _link(feed, base, "alternate", "text/html")
    _text(feed, "generator", "iltod")
    for change in changes:
        where = locate(change.year) if locate else None
        entry = _entry(change, base, names, repo_url, where, language)
        if reviews is not None:
            r = reviews.get((change.agency, change.year), {}).get(change.number)
            if r is not None:
                _reviewed(entry, r, base, language)
        feed.append(entry)
    ET.indent(feed)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body + b"\n"


def _entry(
    change: Change,
    base: str,
    names: Mapping[str, str],
    repo_url: str | None,
    where: str | None = None,
    language: str = "mn",
) -> ET.Element:
    """One change; its link is the measure page in ``where`` (the site holding its year,
    default ``base``). Its id stays the address under ``base`` when the year moves to its own
    archived site: an entry's id never changes (RFC 4287), or readers would see it twice."""
    path = urls.measure(change.agency, change.year, change.number) + "#" + change_anchor(change)
    url = (where or base) + path
    commit, pr = change.commit, change.commit.pull_request
    words = WORDS[language]
    entry = ET.Element(f"{{{ATOM}}}entry")
    _text(entry, "id", base + path)
    who = names.get(change.agency, change.agency)
    said = describe(change.delta, language)
    _text(entry, "title", f"{who} {change.year}, {change.number}: {'; '.join(said)}")
    _text(entry, "updated", _iso(commit.date))
    author = ET.SubElement(entry, f"{{{ATOM}}}author")
    _text(author, "name", who)
    _link(entry, url, "alternate", "text/html")
    lines = [*said, f"{words['published']}: {commit.date.date().isoformat()}"]
    if pr is not None:
        lines.append(f"{words['pull_request']} #{pr}")
        if repo_url:
            _link(entry, pull_url(repo_url, pr), "related", "text/html")
            lines.append(pull_url(repo_url, pr))
    _text(entry, "summary", "\n".join(lines))
    # The commit, whole, as the entry's content: the details, in the words it was written in.
    details = [f"commit {commit.short} ({commit.author}): {commit.subject}"]
    if pr is not None and commit.title != commit.subject:
        details.append(commit.title)
    if repo_url:
        details.append(commit_url(repo_url, commit.sha))
    _text(entry, "content", "\n".join(details))
    return entry


def _reviewed(entry: ET.Element, r: reviewing.Review, base: str, language: str) -> None:
    """The reviewer's view of the entry's measure, now: a line of its summary and a category
    for the verdict and for the observation status."""
    words = WORDS[language]
    side = 0 if language == "mn" else 1
    level = f"{r.level} %" if r.verdict == "assessed" else reviewing.WORDS[r.verdict][side]
    observed = reviewing.WORDS[r.observation][side]
    line = f"{words['reviewer']}: {level}; {words['observation']}: {observed}"
    summary = entry.find(f"{{{ATOM}}}summary")
    if summary is not None:
        summary.text = xml_text(f"{summary.text}\n{line}")
    rules = base + "progress/"  # the progress rules page of the feed's own site
    for term, scheme in ((r.verdict, "assessment"), (r.observation, "observation-status")):
        attributes = {
            "term": term,
            "scheme": f"{rules}#{scheme}",
            "label": xml_text(reviewing.WORDS[term][side]),
        }
        ET.SubElement(entry, f"{{{ATOM}}}category", attributes)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = xml_text(text)


def _link(parent: ET.Element, href: str, rel: str, media_type: str) -> None:
    attributes = {"href": xml_text(href), "rel": rel, "type": media_type}
    ET.SubElement(parent, f"{{{ATOM}}}link", attributes)


def _iso(when: dt.datetime) -> str:
    return when.isoformat()
