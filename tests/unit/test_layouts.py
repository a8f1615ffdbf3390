"""The layouts a deployment publishes are values (iltod/site/layouts.py): which builds, into
which folders, with which settings. `iltod build` and `iltod archive` run them; the acceptance
tests follow every link of the national layout and of an archived year built this way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iltod.site import layouts
from iltod.site.config import Settings

PAGES, STORAGE = "https://agency.github.io/plans/", "https://storage.example.org/iltod/"
DAY = dt.date(2026, 11, 25)
ENV = {
    "mn": Settings(evidence_base_url="https://evidence.example.org", evidence_dir="ev", today=DAY),
    "en": Settings(evidence_base_url="https://evidence.example.org", evidence_dir="ev", today=DAY),
}


def test_one_site_puts_english_in_en_under_the_same_address() -> None:
    layout = layouts.site(Path("site"), ENV, PAGES)
    mn, en = layout.builds
    assert (mn.config, mn.out, mn.settings.site_url) == ("mkdocs.yml", Path("site"), PAGES)
    assert (en.config, en.out, en.settings.site_url) == (
        "mkdocs.en.yml",
        Path("site/en"),
        PAGES + "en/",
    )
    assert en.settings.evidence_dir == "ev"


def test_the_national_layout_puts_english_and_open_data_in_the_storage() -> None:
    layout = layouts.national(
        Path("site"), Path("storage"), ENV, year=2024, site_url=PAGES, storage_url=STORAGE
    )
    mn, en = layout.builds
    assert mn.out == Path("site")
    assert en.out == Path("storage/en")
    for build in layout.builds:
        s = build.settings
        assert (s.years, s.archive_url) == ([2024], STORAGE)
        assert (s.data_base_url, s.data_dir) == (STORAGE + "data/", "storage/data")
        assert (s.evidence_base_url, s.today) == ("https://evidence.example.org", DAY)
    assert (mn.settings.site_url, mn.settings.alternate) == (PAGES, STORAGE + "en/")
    assert (en.settings.site_url, en.settings.alternate) == (STORAGE + "en/", PAGES)
    assert mn.settings.environment("mn")["ILTOD_ALTERNATE_EN"] == STORAGE + "en/"
    assert en.settings.environment("en")["ILTOD_SITE_URL_EN"] == STORAGE + "en/"


def test_an_archived_year_never_takes_the_main_sites_placement() -> None:
    stale = {
        lang: s.model_copy(update={"data_dir": "storage/data", "years": [2024], "alternate": "x"})
        for lang, s in ENV.items()
    }
    layout = layouts.archive(
        Path("archive-2023"), stale, year=2023, archive_url=STORAGE, main_url=PAGES,
        main_url_en=STORAGE,
    )  # fmt: skip
    mn, en = layout.builds
    assert (mn.settings.site_url, en.settings.site_url) == (STORAGE + "2023/", STORAGE + "2023/en/")
    assert (mn.settings.main_url, en.settings.main_url) == (PAGES, STORAGE)
    for build in layout.builds:
        s = build.settings
        assert (s.years, s.data_dir, s.data_base_url, s.alternate) == ([2023], None, None, None)
        assert s.evidence_dir == "ev"


def test_a_preview_builds_the_mongolian_pages_of_its_agencies() -> None:
    (mn,) = layouts.preview(Path("preview"), ENV, ["govisumber-zdtg"]).builds
    assert mn.settings.only == ("govisumber-zdtg",)
    assert mn.settings.environment("mn")["ILTOD_ONLY"] == "govisumber-zdtg"
