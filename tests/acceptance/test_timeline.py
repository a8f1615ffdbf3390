"""The history on the built site: a strict MkDocs build of a repository with git history.

A measure's history reads as a citizen needs it (issue 14, point 6): what changed in words
first, then when it was published (merged into the main branch), by which agency, with a link
to the pull request; the commit's message and author are details. A commit's bytes never break
the page or the feeds (issue 12, rows 5 and 6), and its dates are the merge's (row 7)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from tests.support import sitekit
from tests.support.history_repo import scenario

FORGED = "1112911993 +0000"  # 2005-04-07
LONG_TITLE = "Жилийн эцсийн тайлан, " * 12 + "\x01 дуусгавар"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("timeline")
    repo, sha = scenario(sitekit.make_repo(root / "repo"))
    photo = repo.root / "attachments/new-name/2021/1.1/photo.jpg"
    photo.parent.mkdir(parents=True)
    Image.new("RGB", (8, 8), "white").save(photo)
    sha["photo"] = repo.commit("Upload the photo", "2021-11-02T09:00:00+08:00", "Сараа")
    # A pull request whose commit has control characters in its message and a laptop's forged
    # dates, merged by GitHub on 2021-12-01 with a very long title.
    repo.branch("year-end")
    plan = repo.root / "plans/new-name/2021.yml"
    plan.write_text(plan.read_text("utf-8").replace("percent: 70", "percent: 100", 1), "utf-8")
    repo.commit("a\x1eb \x01\x08\x0b\x0c\x1b", FORGED, "Бат\x1b")
    sha["pr"] = repo.merge("year-end", 12, "2021-12-01T10:00:00+08:00", LONG_TITLE)
    out = root / "site"
    result = sitekit.build(repo.root, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, sha


def _history(out: Path, page: str) -> str:
    html = (out / page / "index.html").read_text(encoding="utf-8")
    start = html.index('<section class="il-history"')
    return html[start : html.index("</section>", start)]


def test_a_change_says_what_changed_then_when_it_was_published_by_whom_and_its_pull_request(
    built,
):
    out, sha = built
    section = _history(out, "new-name/2021/measure-1-1")
    entry = section[section.index(f'<li id="change-{sha["pr"][:12]}">') :]
    entry = entry[: entry.index("</li>\n")]
    what = entry.index("<li>хувь 70 % → 100 %</li>")
    when = entry.index(
        'Нийтлэгдсэн <time datetime="2021-12-01T10:00:00+08:00">2021-12-01</time>'
        " · Туршилтын байгууллага · "
        '<a href="https://github.com/iltod-mn/iltod/pull/12">Өөрчлөлтийн хүсэлт #12</a>'
    )
    details = entry.index('<p class="il-muted">Тайлбар: ')
    assert what < when < details
    assert "Оруулсан: Reviewer" in entry[details:]


def test_a_long_message_is_shortened_on_the_page_and_whole_in_the_feed(built):
    out, _ = built
    section = _history(out, "new-name/2021/measure-1-1")
    message = re.search(r'<p class="il-muted">Тайлбар: ([^<]*) · Оруулсан', section)
    assert message is not None
    assert message.group(1).endswith("…")
    assert len(message.group(1)) <= 120
    feed = ET.parse(out / "feeds/all.xml").getroot()
    contents = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}content")]
    assert any(LONG_TITLE.replace("\x01", "\ufffd") in s for s in contents)


def test_no_date_shown_is_the_laptops_and_no_control_character_reaches_a_page(built):
    out, _ = built
    html = (out / "new-name/2021/measure-1-1/index.html").read_text(encoding="utf-8")
    assert "2005-04-07" not in html
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", html)
    assert 'Өгөгдөл сүүлд өөрчлөгдсөн: <time datetime="2021-12-01T10:00:00+08:00">' in html
    home = (out / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2021-12-01T10:00:00+08:00">2021-12-01</time>' in home
    assert "https://github.com/iltod-mn/iltod/pull/12" in home


def test_measure_page_shows_its_dated_changes_and_the_feedback_link(built):
    out, sha = built
    section = _history(out, "new-name/2021/measure-1-1")
    assert f'<li id="change-{sha["report"][:12]}">' in section
    assert '<time datetime="2021-06-30T17:30:00+08:00">2021-06-30</time>' in section
    assert "хувь 30 % → 70 %" in section
    assert "Оруулсан: Сараа" in section
    assert "issues/new?template=measure-feedback.yml" in section
    assert "measure=1.1" in section
    measure_1_2 = _history(out, "new-name/2021/measure-1-2")
    assert 'Өгөгдөл сүүлд өөрчлөгдсөн: <time datetime="2021-08-02T09:00:00+08:00">' in measure_1_2
    assert "<li>үр дүн шинэчлэгдсэн</li>" in measure_1_2


def test_plan_page_last_updated_is_the_last_merge_that_changed_the_data(built):
    out, _ = built
    html = (out / "new-name/2021/index.html").read_text(encoding="utf-8")
    assert re.search(
        r"<dt>Өгөгдөл сүүлд өөрчлөгдсөн</dt><dd><time datetime=\"2021-12-01T10:00:00\+08:00\">",
        html,
    )


def test_feeds_are_written_and_announced_in_page_heads(built):
    out, _ = built
    feed = ET.parse(out / "feeds/new-name.xml").getroot()
    assert feed.find("{http://www.w3.org/2005/Atom}updated").text == "2021-12-01T10:00:00+08:00"
    head = (
        (out / "new-name/2021/measure-1-1/index.html")
        .read_text(encoding="utf-8")
        .split("</head>")[0]
    )
    assert re.findall(
        r'<link rel="alternate(?: feed)?" type="application/atom\+xml" title="[^"]*" '
        r'href="([^"]+)">',
        head,
    ) == [
        "../../../feeds/all.xml",
        "../../../feeds/new-name.xml",
    ]
    home = (out / "index.html").read_text(encoding="utf-8")
    assert '<section class="il-latest"' in home
    assert "measure-2-2/" in home


ENGLISH_MESSAGES = ("Add the 2021 plan", "Half-year report", "Evidence for 1.1", "Fix the file")


def test_the_mongolian_history_holds_no_english_text_from_commit_messages(built):
    """Issue 29: the story's commits are English engineering notes; a measure's history on the
    Mongolian site says what changed in Mongolian, and the commit (author, link) is a detail."""
    out, _ = built
    for page in ("new-name/2021/measure-1-1", "new-name/2021/measure-1-2"):
        section = _history(out, page)
        for message in ENGLISH_MESSAGES:
            assert message not in section, (page, message)
        details = re.findall(r'<details class="il-change-details">(.*?)</details>', section, re.S)
        assert details
        assert all("Оруулсан: " in d for d in details)
