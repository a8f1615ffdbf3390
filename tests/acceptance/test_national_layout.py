"""At national scale one year's site in both languages is about twice GitHub Pages' 1 GB
(dev/deployment.md), so the deploy publishes only the current year's Mongolian pages on Pages
and the rest in S3-compatible storage: the English site in ``en/``, the open data in
``data/``, each archived year in ``<year>/``. A link between them is only right if the file it
names exists in the other artifact: these tests follow every one, in both directions.
(SYNTHETIC two-year repository, tests/support/years_repo.py.)"""

from __future__ import annotations

import json

from tests.support.years_repo import CURRENT, PAST, National, broken, links

MEASURE = f"synthetic-0000/{CURRENT}/measure-1-1/"


def test_pages_holds_the_current_years_mongolian_pages_and_nothing_else(
    national: National,
) -> None:
    pages = national.pages
    assert (pages / MEASURE / "index.html").is_file()
    assert (pages / "pagefind/pagefind-entry.json").is_file()
    assert (pages / "feeds/all.xml").is_file()
    assert not (pages / "en").exists()
    assert not (pages / "data").exists()
    assert not list(pages.glob(f"synthetic-*/{PAST}"))


def test_the_storage_holds_the_english_site_the_open_data_and_the_archive(
    national: National,
) -> None:
    storage = national.storage
    assert (storage / "en" / MEASURE / "index.html").is_file()
    assert not (storage / "en" / "data").exists(), "one copy of the open data, not two"
    plans = json.loads((storage / "data/plans.json").read_text(encoding="utf-8"))["plans"]
    assert {p["year"] for p in plans} == {CURRENT}
    for ext in ("json", "csv", "xlsx", "docx"):
        assert (storage / f"data/synthetic-0000/{CURRENT}.{ext}").is_file()
    past = storage / str(PAST)
    # an archive keeps its own open data and both languages, whatever the shell held
    assert (past / f"data/synthetic-0000/{PAST}.xlsx").is_file()
    assert (past / "en" / f"synthetic-0000/{PAST}/measure-1-1/index.html").is_file()


def test_every_link_from_pages_into_the_storage_opens_a_file(national: National) -> None:
    found = links(national.pages, national.storage_url)
    assert broken(found, national.storage, national.storage_url) == []
    storage = national.storage_url
    assert f"{storage}en/{MEASURE}" in found  # the language switch, page by page
    assert f"{storage}data/synthetic-0000/{CURRENT}.xlsx" in found  # the plan's downloads
    assert f"{storage}data/synthetic-0000/{CURRENT}.json" in found
    assert f"{storage}{PAST}/synthetic-0000/{PAST}/" in found  # the archived year


def test_every_link_from_the_english_site_opens_a_file_where_it_points(
    national: National,
) -> None:
    english = national.storage / "en"
    back = links(english, national.pages_url)
    assert broken(back, national.pages, national.pages_url) == []
    assert f"{national.pages_url}{MEASURE}" in back  # the switch back to Mongolian
    found = links(english, national.storage_url)
    assert broken(found, national.storage, national.storage_url) == []
    assert f"{national.storage_url}data/synthetic-0000/{CURRENT}.csv" in found
    assert f"{national.storage_url}{PAST}/en/synthetic-0000/{PAST}/" in found


def test_an_archived_english_page_links_back_to_the_english_site_in_the_storage(
    national: National,
) -> None:
    past = national.storage / str(PAST)
    found = links(past / "en", national.storage_url)
    assert broken(found, national.storage, national.storage_url) == []
    assert f"{national.storage_url}en/" in found  # the notice's "current site"
    assert f"{national.storage_url}en/synthetic-0001/" in found  # the agency's every year
    assert not links(past / "en", national.pages_url + "en/"), "Pages holds no English site"
    mongolian = links(past, national.pages_url)
    assert broken(mongolian, national.pages, national.pages_url) == []
    assert national.pages_url in mongolian
