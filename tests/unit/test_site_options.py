"""Build options (``extra.iltod`` in mkdocs.yml) are typed: a misspelt key or a wrong value is a
located, bilingual error pointing at its line in mkdocs.yml, never silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from iltod.site import options
from iltod.site.options import OptionsError, SiteOptions

CONFIG = """\
site_name: test
extra:
  iltod:
    branch: main
    ofice_downloads: false
    image_workers: "two"
"""


def _errors(config: Path) -> list[str]:
    extra = yaml.safe_load(config.read_text(encoding="utf-8"))["extra"]["iltod"]
    with pytest.raises(OptionsError) as caught:
        options.parse(extra, config)
    return [d.format() for d in caught.value.diagnostics]


def test_a_misspelt_option_is_a_located_error_listing_the_known_ones(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    unknown, wrong = _errors(config)
    assert unknown.startswith(
        "mkdocs.yml:5:5: error[E401] extra.iltod.ofice_downloads: expected a known build option "
        "(branch, search, build_cache, page_shell, first_screen_pages, office_downloads, "
        "office_workers, image_workers, evidence_base_url, evidence_dir, data_base_url, "
        "data_dir, publisher, contact, data_licence, data_licence_url, source_url, data_as_of, "
        "feedback, years, archive_url, main_url, report_deadline_days, update_days, regions, "
        "reporting_deadlines, "
        "snapshot_dir), "
        "got unknown option 'ofice_downloads'"
    )
    assert "\n    мн: зөвшөөрөгдсөн тохиргоо (" in unknown
    assert wrong == (
        "mkdocs.yml:6:5: error[E402] extra.iltod.image_workers: expected a whole number from 1 "
        "to 64, got 'two'\n    мн: 1-ээс 64 хүртэлх бүхэл тоо байх ёстой; 'two' байна"
    )


def test_an_option_set_in_the_inherited_file_is_located_there(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    child = tmp_path / "mkdocs.en.yml"
    child.write_text("INHERIT: mkdocs.yml\ntheme:\n  language: en\n", encoding="utf-8")
    extra = {"ofice_downloads": False}
    with pytest.raises(OptionsError) as caught:
        options.parse(extra, child)
    (d,) = caught.value.diagnostics
    assert (d.file, d.line, d.column, d.code) == ("mkdocs.yml", 5, 5, "E401")


def test_no_options_means_the_defaults_and_every_option_has_words_for_its_error() -> None:
    assert options.parse(None) == SiteOptions()
    assert SiteOptions().office_downloads is True
    assert set(options.EXPECTED) == set(SiteOptions.model_fields)


def test_open_data_written_elsewhere_needs_the_address_it_is_published_at(tmp_path: Path) -> None:
    """data_dir alone would leave every plan page linking files the site no longer holds."""
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: test\nextra:\n  iltod:\n    data_dir: data-out\n", "utf-8")
    (error,) = _errors(config)
    assert error.startswith(
        "mkdocs.yml:4:5: error[E402] extra.iltod.data_dir: expected a folder, relative to the "
        "repository, with data_base_url set (where it is published), got 'data-out'"
    )
    assert "\n    мн: " in error
    both = {"data_dir": "data-out", "data_base_url": "https://storage.example/data/"}
    assert options.parse(both).data_dir == "data-out"
