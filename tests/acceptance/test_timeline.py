"""The history on the built site: a strict MkDocs build of a repository with git history."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from tests.support import sitekit
from tests.support.history_repo import scenario


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("timeline")
    repo, sha = scenario(sitekit.make_repo(root / "repo"))
    photo = repo.root / "attachments/new-name/2021/1.1/photo.jpg"
    photo.parent.mkdir(parents=True)
    Image.new("RGB", (8, 8), "white").save(photo)
    sha["photo"] = repo.commit("Upload the photo", "2021-11-02T09:00:00+08:00", "Сараа")
    out = root / "site"
    result = sitekit.build(repo.root, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, sha


def test_measure_page_shows_its_dated_changes_and_the_feedback_link(built):
    out, sha = built
    html = (out / "new-name/2021/measure-1-1/index.html").read_text(encoding="utf-8")
    section = html[html.index('<section class="il-history"') :]
    assert (
        f'<li id="change-{sha["report"][:12]}">'
        '<time datetime="2021-06-30T17:30:00+08:00">2021-06-30</time>'
    ) in section
    assert "хувь 30 % → 70 %" in section
    assert "Сараа: " in section
    assert 'Өгөгдөл сүүлд өөрчлөгдсөн: <time datetime="2021-07-15T09:00:00+08:00">' in section
    assert "issues/new?template=measure-feedback.yml" in section
    assert "measure=1.1" in section


def test_plan_page_last_updated_is_the_last_data_change(built):
    out, _ = built
    html = (out / "new-name/2021/index.html").read_text(encoding="utf-8")
    assert re.search(
        r"<dt>Өгөгдөл сүүлд өөрчлөгдсөн</dt><dd><time datetime=\"2021-10-01T09:00:00\+08:00\">",
        html,
    )


def test_feeds_are_written_and_announced_in_page_heads(built):
    out, _ = built
    feed = ET.parse(out / "feeds/new-name.xml").getroot()
    assert feed.find("{http://www.w3.org/2005/Atom}updated").text == "2021-10-01T09:00:00+08:00"
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
