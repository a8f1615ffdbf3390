"""Which pages are published from the build cache outside the engine's page loop
(iltod/site/stored.py), and how they are written."""

from __future__ import annotations

from pathlib import Path

from iltod.site import stored


def test_a_page_a_guide_links_to_by_path_stays_with_the_engine(tmp_path: Path) -> None:
    (tmp_path / "guide").mkdir()
    (tmp_path / "about.md").write_text("See [the agency](agency-a/index.md#x).\n", "utf-8")
    (tmp_path / "guide" / "more.md").write_text("[plan](../agency-b/2024/index.md)\n", "utf-8")
    linked = stored.linked(tmp_path)
    assert linked == {"agency-a/index.md", "agency-b/2024/index.md"}
    pages = ["agency-a/index.md", "agency-b/2024/index.md", "agency-c/index.md", "index.md"]
    held = {"agency-a/index.md", "agency-b/2024/index.md", "agency-c/index.md"}
    assert stored.choose(pages, held.__contains__, linked) == ["agency-c/index.md"]
    assert stored.linked(None) == set()


def test_stored_pages_are_written_as_the_engine_writes_a_page(tmp_path: Path) -> None:
    pages = {"a/index.md": tmp_path / "a" / "index.html", "b/index.md": tmp_path / "b.html"}
    html = {"a/index.md": "<p>\U0001f600 ü</p>", "b/index.md": "  \n"}
    assert stored.write(pages, html.__getitem__) == 2
    assert (tmp_path / "a" / "index.html").read_bytes() == "<p>\U0001f600 ü</p>".encode()
    assert not (tmp_path / "b.html").exists()  # an empty page is skipped, as MkDocs skips it
