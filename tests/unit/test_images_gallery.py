"""Spec: the gallery partial escapes agency text, links relative to the page, and the CLI runs
the pipeline with a progress bar only when asked (or on a terminal)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from iltod import cli
from iltod.cli.terminal import ProgressBar
from iltod.load import loader
from iltod.site.gallery import Gallery
from iltod.site.i18n import Translator
from tests.support.images_repo import encoded, make_repo

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


def test_captions_are_escaped_and_links_relative(tmp_path: Path) -> None:
    pdf = encoded(Image.new("RGB", (10, 10), "white"), "PDF")
    root = make_repo(
        tmp_path, {"a.png": encoded(Image.new("RGB", (600, 400), "red"), "PNG"), "r.pdf": pdf}
    )
    gallery = Gallery(loader.load(root), Translator("en"), workers=1)
    items = [
        dict(i, caption=EVIL, alt=EVIL)
        for i in gallery.published.gallery("test-agency", 2024, "1.1")
    ]
    html = str(gallery.render(items, "../../../"))
    assert "<script>alert" not in html
    assert "onerror=alert(2)>" not in html
    assert "&lt;script&gt;" in html
    assert 'src="../../../assets/evidence/test-agency/2024/1.1/a.' in html
    assert 'src="../../../assets/iltod/gallery.js"' in html
    assert "Documents (1)" in html


def test_cli_images_publishes_and_shows_progress_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo(
        tmp_path / "repo", {"a.jpg": encoded(Image.new("RGB", (500, 300), "blue"), "JPEG")}
    )
    assert (
        cli.main(
            ["images", str(root), "--out", str(tmp_path / "site"), "--progress", "--workers", "1"]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "1/1 100%" in err
    assert "images: 1 (1 encoded, 0 from cache)" in err
    assert len(list((tmp_path / "site").rglob("*.webp"))) == 1
    assert cli.main(["images", str(root), "--out", str(tmp_path / "site"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "100%" not in err
    assert "(0 encoded, 1 from cache)" in err


def test_progress_bar_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream=stream)
    bar(1, 2)
    bar.close()
    assert stream.getvalue() == ""
