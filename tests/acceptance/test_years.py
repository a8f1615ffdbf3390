"""Every reporting year at national scale: each year is its own site (dev/deployment.md).

The main site holds the current year's pages and lists every earlier year, linking into that
year's archived site; an archived year, built once by ``iltod archive``, holds its own pages,
says on every page that it is an archive and links back to the main site. A link between the
two is only right if the page it names exists in the other artifact: these tests follow every
one of them. (SYNTHETIC two-year repository, tests/support/years_repo.py.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support.years_repo import CURRENT, PAST, TwoYears, archive_command
from tests.support.years_repo import broken as _broken
from tests.support.years_repo import files as _files
from tests.support.years_repo import links as _links

MARK = 'id="iltod-archive"'


def _plans(site: Path) -> set[tuple[str, int]]:
    data = json.loads((site / "data/plans.json").read_text(encoding="utf-8"))
    return {(p["agency"], p["year"]) for p in data["plans"]}


def test_the_main_site_holds_the_current_years_pages_and_data_only(two_years: TwoYears) -> None:
    main = two_years.main
    for site in (main, main / "en"):
        assert (site / f"synthetic-0000/{CURRENT}/measure-1-1/index.html").is_file()
        assert (site / "synthetic-0000/index.html").is_file()
        assert not list(site.glob(f"synthetic-*/{PAST}")), "a past year's pages in the main site"
        assert {year for _, year in _plans(site)} == {CURRENT}
        assert not (site / f"data/synthetic-0000/{PAST}.json").exists()
    assert (main / "feeds/all.xml").is_file()


def test_the_archive_holds_its_years_pages_and_data_in_both_languages(
    two_years: TwoYears,
) -> None:
    for site in (two_years.past, two_years.past / "en"):
        assert (site / f"synthetic-0002/{PAST}/measure-1-1/index.html").is_file()
        assert not list(site.glob(f"synthetic-*/{CURRENT}"))
        assert {year for _, year in _plans(site)} == {PAST}
        assert (site / f"data/synthetic-0002/{PAST}.xlsx").is_file()
        assert (site / "pagefind/pagefind-entry.json").is_file()
        assert not (site / "feeds").exists(), "an archive's feeds would never be updated"


def test_every_link_from_the_main_site_into_the_archive_opens_an_archived_page(
    two_years: TwoYears,
) -> None:
    links = _links(two_years.main, two_years.archive_url)
    assert _broken(links, two_years.archive, two_years.archive_url) == []
    past = f"{two_years.archive_url}{PAST}/"
    linking = {w for ws in links.values() for w in ws}
    # every place that lists years, in both languages
    assert {
        "index.html",  # the national table of years, the archives' search, the latest changes
        "synthetic-0000/index.html",  # plans by year and the year-over-year comparison
        "regions/khovd/index.html",  # the region's table of years
        "feeds/all.xml",
        "feeds/synthetic-0000.xml",
        "en/index.html",
        "en/synthetic-0000/index.html",
    } <= linking
    assert f"{past}synthetic-0000/{PAST}/" in links
    assert f"{past}synthetic-0000/{PAST}/objective-1/" in links
    assert f"{past}regions/khovd/" in links
    assert f"{past}en/synthetic-0000/{PAST}/" in links
    assert past in links
    assert f"{past}en/" in links


def test_every_link_from_the_archive_back_to_the_main_site_opens_a_main_page(
    two_years: TwoYears,
) -> None:
    links = _links(two_years.past, two_years.main_url)
    assert _broken(links, two_years.main, two_years.main_url) == []
    main = two_years.main_url
    assert main in links
    assert f"{main}en/" in links
    assert f"{main}synthetic-0001/" in links  # the agency's every year
    assert f"{main}feeds/synthetic-0001.xml" in links  # the feeds announced are the main site's
    assert f"{main}en/feeds/all.xml" in links


def test_the_archive_links_older_years_only_never_a_year_it_cannot_know(
    two_years: TwoYears,
) -> None:
    """An archive is never rebuilt when a newer year is published or archived: any link to a
    newer year would break then. It reaches newer years through the main site only."""
    for path in _files(two_years.past, ".html"):
        text = path.read_text(encoding="utf-8")
        assert f"/{CURRENT}/" not in text, path
        assert f"{two_years.archive_url}{CURRENT}" not in text, path


def test_the_language_switch_of_an_archived_page_opens_the_same_page_in_the_other_language(
    two_years: TwoYears,
) -> None:
    """The switch links to the same address under ``en/`` (or back): every page of the
    archive exists in both languages, in the same artifact."""
    past = two_years.past
    mongolian = {
        p.relative_to(past).as_posix()
        for p in _files(past, ".html")
        if p.parts[len(past.parts)] != "en"
    }
    english = {p.relative_to(past / "en").as_posix() for p in _files(past / "en", ".html")}
    assert mongolian == english
    page = (past / f"synthetic-0001/{PAST}/index.html").read_text(encoding="utf-8")
    assert f'href="../../en/synthetic-0001/{PAST}/" hreflang="en"' in page


def test_every_archived_page_says_it_is_the_archive_of_its_year(two_years: TwoYears) -> None:
    pages = [p for p in _files(two_years.past, ".html") if p.name != "404.html"]
    assert len(pages) > 40
    assert [p for p in pages if MARK not in p.read_text(encoding="utf-8")] == []
    home = (two_years.past / "index.html").read_text(encoding="utf-8")
    assert f"{PAST} оны тайлангийн архив" in home
    english = (two_years.past / "en/index.html").read_text(encoding="utf-8")
    assert f"Archive of the {PAST} reports" in english
    for path in _files(two_years.main, ".html"):
        assert MARK not in path.read_text(encoding="utf-8"), path


def test_the_command_refuses_to_replace_an_archive_without_force(
    two_years: TwoYears, tmp_path: Path
) -> None:
    out = tmp_path / "site-2023"
    shutil.copytree(two_years.past, out)
    (out / "stale.html").write_text("from an earlier build", encoding="utf-8")
    args = [f"--year={PAST}", f"-o={out}", f"--archive-url={two_years.archive_url}"]
    args.append(f"--main-url={two_years.main_url}")
    refused = archive_command(two_years.repo, *args)
    assert refused.returncode == 2
    assert "already exists: add --force to replace it" in refused.stderr
    assert "мн: " in refused.stderr
    assert (out / "stale.html").is_file()
    replaced = archive_command(two_years.repo, *args, "--force")
    assert replaced.returncode == 0, replaced.stdout + replaced.stderr
    assert not (out / "stale.html").exists()
    assert MARK in (out / "index.html").read_text(encoding="utf-8")
    assert f"publish it at {two_years.archive_url}{PAST}/" in replaced.stderr
    assert not list(tmp_path.glob(".site-2023.*")), "the temporary build folder is left behind"


@pytest.mark.parametrize("year", [CURRENT, PAST])
def test_each_year_has_its_own_search_index_of_its_own_plans(
    two_years: TwoYears, year: int
) -> None:
    """Pagefind indexes the pages outside plans that are marked for it, and one document per
    plan (iltod/site/search.py): one year's three plans, never both years' six. (The browser
    test searches the archive.)"""
    site = two_years.main if year == CURRENT else two_years.past
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    (language,) = entry["languages"].values()
    marked = [
        p
        for p in _files(site, ".html")
        if p.relative_to(site).parts[0] != "en"
        and "data-pagefind-body" in p.read_text(encoding="utf-8")
    ]
    assert language["page_count"] == len(marked) + 3
