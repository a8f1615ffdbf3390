"""Every number explained where it stands, on every page of a built site: each percent, each
bar's value and each status, verdict, observation or overdue word is inside a link to its section
of the progress rules page (docs/progress.md), whatever kind of page shows it — the generated
pages of both languages, the print view, the home page's map legend and table, lists and
rankings. Built strictly with MkDocs, as a maintainer builds it, from the SYNTHETIC fixture
tests/fixtures/assessment (both columns: reviewed, disputed, no evidence, not yet reviewed).

Hand-written pages (docs/*.md and the engine's guides, iltod/site/guides/*.md: the progress
rules themselves, the open-data guide) are prose and are not walked; SVG drawings are not
(each region's tooltip repeats what the map's table, which is walked, says)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from iltod.site import guides
from tests.support.sitekit import ROOT, build, make_repo

FIXTURE = ROOT / "tests" / "fixtures" / "assessment" / "plans"
PERCENT = re.compile(r"\d+(\.\d+)?\s?%")
WORDS = {"il-status", "il-progress__value", "il-overdue", "il-obs"}
"""Classes of the elements that carry a status, a bar's value, or a word of the rules."""
SKIP = {"script", "style", "svg", "head", "title", "noscript", "template"}
VOID = {"br", "img", "input", "meta", "link", "source", "hr", "wbr", "col", "area", "path"}


class _Walker(HTMLParser):
    """Every percent text and every element of :data:`WORDS` that is not inside (or is not) a
    link to the progress rules page."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.unexplained: list[str] = []

    def _explained(self) -> bool:
        return any(t == "a" and "progress/" in (a.get("href") or "") for t, a in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        a = dict(attrs)
        self.stack.append((tag, a))
        classes = set((a.get("class") or "").split())
        if classes & WORDS and not self._skipped() and not self._explained():
            self.unexplained.append(f"<{tag} class={a.get('class')!r}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def _skipped(self) -> bool:
        """Inside what is not read as text, or inside free text written in a plan or an
        assessment file (``il-text``: a result, a reviewer's note), which may hold any percent."""
        return any(t in SKIP or "il-text" in (a.get("class") or "").split() for t, a in self.stack)

    def handle_data(self, data: str) -> None:
        if self._skipped() or self._explained():
            return
        for match in PERCENT.finditer(data):
            self.unexplained.append(f"{match.group(0)!r} in {data.strip()[:60]!r}")


def _hand_written() -> set[str]:
    """The folders of the pages written by hand (docs/*.md and the engine's guides), as built,
    and the data format's reference (its fields' descriptions, from the schema)."""
    names = {p.stem for p in (ROOT / "docs").glob("*.md")} | {"data-format"}
    names |= {Path(name).stem for name in guides.files()}
    return {"" if n == "index" else n for n in names}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("numbers")
    repo = make_repo(root / "repo", FIXTURE)
    out = root / "site"
    for config, folder in (("mkdocs.yml", out), ("mkdocs.en.yml", out / "en")):
        result = build(repo, folder, config)
        assert result.returncode == 0, result.stderr[-3000:]
    return out


def _pages(site: Path) -> dict[str, str]:
    """Every generated page of both languages, by its path in the site."""
    hand = _hand_written()
    pages = {}
    for path in sorted(site.rglob("index.html")):
        rel = path.parent.relative_to(site).as_posix()
        rel = "" if rel == "." else rel
        inner = rel.removeprefix("en").strip("/") if rel.split("/")[0] == "en" else rel
        if inner in hand or inner.split("/")[0] in hand - {""}:
            continue
        pages[rel] = path.read_text(encoding="utf-8")
    return pages


def test_every_percent_bar_and_status_word_links_to_its_explanation(built: Path) -> None:
    pages = _pages(built)
    kinds = ("print", "measure-", "objective-", "overdue", "ranking", "regions/", "freshness")
    for kind in kinds:  # each kind of page is walked, in both languages
        assert any(kind in name and not name.startswith("en") for name in pages), kind
        assert any(kind in name and name.startswith("en/") for name in pages), kind
    assert "" in pages  # both home pages, with the map
    assert "en" in pages
    assert 'class="il-map' in pages[""]
    found = {}
    for name, html in pages.items():
        walker = _Walker()
        walker.feed(html)
        if walker.unexplained:
            found[name or "/"] = walker.unexplained[:5]
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in sorted(found.items()))
