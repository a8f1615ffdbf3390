"""Which years a site holds and where the others are (iltod/site/years.py), and the options
that say it (``years``, ``archive_url``, ``main_url``, ``ILTOD_YEARS``).

The rule: a site lists the years it holds and the earlier years published at ``archive_url``
(``<archive_url><year>/``, English in ``en/``); a year newer than its newest is not listed,
and nothing but its own years without ``archive_url``. An archived year (``main_url``) sends its
reader to the main site for everything else. Without options, every year is here, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from iltod.load import loader
from iltod.site import options
from iltod.site.i18n import Translator
from iltod.site.options import OptionsError, SiteOptions
from iltod.site.years import Years
from tests.support import synthetic

ARCHIVE, MAIN = "https://archive.example.mn/", "https://iltod.example.mn/"


def _link(target: str) -> str:
    return "rel:" + target


def test_without_options_every_year_is_here_and_linked_inside_the_site() -> None:
    years = Years.of(SiteOptions(), "mn")
    assert years.here(2019)
    assert years.href(2019, "a/2019/", _link) == "rel:a/2019/"
    assert years.site(2019) is None
    assert not years.archive
    assert years.main("feeds/all.xml", _link) == "rel:feeds/all.xml"
    assert years.notice(Translator("mn")) == ""


def test_the_main_site_links_earlier_years_to_their_own_sites() -> None:
    years = Years.of(SiteOptions(years=[2024], archive_url=ARCHIVE), "mn")
    assert years.href(2024, "a/2024/", _link) == "rel:a/2024/"
    assert years.href(2022, "a/2022/measure-1-1/", _link) == f"{ARCHIVE}2022/a/2022/measure-1-1/"
    assert years.elsewhere(2024, "a/") is None
    assert years.archives([2024, 2022, 2023]) == [
        (2023, f"{ARCHIVE}2023/"),
        (2022, f"{ARCHIVE}2022/"),
    ]


def test_the_english_site_links_the_english_site_of_each_year() -> None:
    years = Years.of(SiteOptions(years=[2024], archive_url=ARCHIVE, main_url=None), "en")
    assert years.href(2023, "a/2023/", _link) == f"{ARCHIVE}2023/en/a/2023/"
    archive = Years.of(SiteOptions(years=[2023], archive_url=ARCHIVE, main_url=MAIN), "en")
    assert archive.main("a/", _link) == f"{MAIN}en/a/"


def test_a_year_newer_than_the_sites_newest_is_not_listed() -> None:
    """A year held back on the main site (its plans are being written) or newer than an
    archive (which is never rebuilt when a newer year is published) has no address."""
    main = Years.of(SiteOptions(years=[2024], archive_url=ARCHIVE), "mn")
    assert not main.listed(2025)
    assert main.href(2025, "a/2025/", _link) is None
    archive = Years.of(SiteOptions(years=[2022], archive_url=ARCHIVE, main_url=MAIN), "mn")
    assert archive.listed(2021)
    assert not archive.listed(2023)
    assert archive.href(2024, "a/2024/", _link) is None


def test_without_an_archive_url_other_years_are_not_listed() -> None:
    years = Years.of(SiteOptions(years=[2024]), "mn")
    assert not years.listed(2023)
    assert years.href(2023, "a/2023/", _link) is None


def test_an_archived_year_sends_its_reader_to_the_main_site_and_says_what_it_is() -> None:
    years = Years.of(SiteOptions(years=[2022], archive_url=ARCHIVE, main_url=MAIN), "mn")
    assert years.archive
    assert years.main("synthetic-0001/", _link) == f"{MAIN}synthetic-0001/"
    notice = years.notice(Translator("mn"))
    assert "2022 оны тайлангийн архив" in notice
    assert f'<a href="{MAIN}">' in notice
    english = Years.of(SiteOptions(years=[2022], main_url=MAIN), "en").notice(Translator("en"))
    assert "Archive of the 2022 reports" in english
    assert f'<a href="{MAIN}en/">' in english


def test_a_site_of_one_year_builds_that_years_plans_and_lists_the_earlier_ones(
    tmp_path: Path,
) -> None:
    synthetic.write_repository(tmp_path, 2, measures=3, years=(2022, 2023, 2024))
    (tmp_path / "plans/only-2025").mkdir()
    slugs = synthetic.write_repository(tmp_path / "x", 1, measures=3, years=(2025,))
    (tmp_path / "x/plans" / slugs[0]).rename(tmp_path / "plans/only-2025")
    text = (tmp_path / "plans/only-2025/agency.yml").read_text(encoding="utf-8")
    (tmp_path / "plans/only-2025/agency.yml").write_text(
        text.replace(slugs[0], "only-2025"), encoding="utf-8"
    )
    plan = (tmp_path / "plans/only-2025/2025.yml").read_text(encoding="utf-8")
    (tmp_path / "plans/only-2025/2025.yml").write_text(
        plan.replace(slugs[0], "only-2025"), encoding="utf-8"
    )
    repo = loader.load(tmp_path)
    assert not repo.report.errors, repo.report.format()
    listed, built = Years.of(SiteOptions(years=[2023], archive_url=ARCHIVE), "mn").select(repo)
    assert sorted({pf.plan.year for pf in listed.plans}) == [2022, 2023]
    assert sorted({pf.plan.year for pf in built.plans}) == [2023]
    # an agency whose only plan is of a year not listed has no page here
    assert set(built.agencies) == set(listed.agencies) == {"synthetic-0000", "synthetic-0001"}
    assert built.report is repo.report
    every = Years.of(SiteOptions(), "mn").select(repo)
    assert every == (repo, repo)


# --- the options --------------------------------------------------------------------------


def test_the_years_options_are_typed_and_site_addresses_end_in_a_slash() -> None:
    opts = options.parse(
        {"years": [2024], "archive_url": "https://a.example/archive", "main_url": ""}
    )
    assert opts.years == [2024]
    assert opts.archive_url == "https://a.example/archive/"
    assert opts.main_url is None  # an unset repository variable passed through !ENV


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"years": "2024"}, "years", "a list of years, e.g. [2024] (or ILTOD_YEARS=2023,2024)"),
        ({"years": []}, "years", "a list of years"),
        ({"years": [24]}, "years.0", "a list of years"),
        ({"archive_url": "ftp://x"}, "archive_url", "a site's http:// or https:// address"),
        ({"main_url": "https://x/?y"}, "main_url", "a site's http:// or https:// address"),
    ],
)
def test_a_wrong_years_option_is_a_located_bilingual_error(
    tmp_path: Path, extra: dict[str, object], field: str, expected: str
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(yaml.safe_dump({"extra": {"iltod": extra}}), encoding="utf-8")
    with pytest.raises(OptionsError) as caught:
        options.parse(extra, config)
    (d,) = caught.value.diagnostics
    assert (d.file, d.line, d.code, d.field) == ("mkdocs.yml", 3, "E402", f"extra.iltod.{field}")
    assert expected in d.format()
    assert "\n    мн: " in d.format("both")
