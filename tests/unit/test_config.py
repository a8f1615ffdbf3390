"""The build configuration (iltod/site/config.py): one reader of mkdocs.yml's ``extra.iltod``
and the ``ILTOD_*`` environment, one typed value handed down, and the same table written back
for a build in a child process."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from iltod.site import config
from iltod.site.config import VARIABLES, ConfigError, Settings

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_but_the_configuration_reads_the_environment() -> None:
    readers = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "iltod").rglob("*.py")
        if re.search(r"os\.environ|getenv", path.read_text(encoding="utf-8"))
    )
    assert readers == ["iltod/site/config.py"]


def test_the_configuration_files_read_no_environment_themselves() -> None:
    """The environment enters through one table (VARIABLES), not !ENV scattered in YAML."""
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        assert "!ENV" not in (ROOT / name).read_text(encoding="utf-8"), name


def test_the_environment_replaces_the_options_of_mkdocs_yml() -> None:
    extra = {"years": [2020], "contact": "a@example.org", "branch": "x"}
    env = {"ILTOD_YEARS": " 2023, 2024 ", "ILTOD_ARCHIVE_URL": "https://s.example.org/y"}
    built = config.read(extra, "mn", env=env)
    assert built.options.years == [2023, 2024]
    assert built.options.archive_url == "https://s.example.org/y/"
    assert built.options.contact == "a@example.org"  # not in the environment: the file's
    assert built.options.branch == "x"


def test_each_language_reads_its_own_names() -> None:
    env = {
        "ILTOD_SITE_URL": "https://pages.example.org/",
        "ILTOD_SITE_URL_EN": "https://storage.example.org/en/",
        "ILTOD_ALTERNATE_EN": "https://storage.example.org/en/",
        "ILTOD_ALTERNATE_MN": "https://pages.example.org/",
        "ILTOD_MAIN_URL": "https://main.example.org/",
        "ILTOD_MAIN_URL_EN": "https://storage.example.org/",
    }
    mn, en = config.read(None, "mn", env=env), config.read(None, "en", env=env)
    assert (mn.site_url, en.site_url) == (env["ILTOD_SITE_URL"], env["ILTOD_SITE_URL_EN"])
    assert mn.options.main_url == "https://main.example.org/"
    assert en.options.main_url == "https://storage.example.org/"  # the English one first
    switch = [{"lang": "mn", "link": "./"}, {"lang": "en", "link": "en/"}]
    assert mn.alternate(switch) == [switch[0], {"lang": "en", "link": env["ILTOD_ALTERNATE_EN"]}]
    assert en.alternate(switch)[0] == {"lang": "mn", "link": "https://pages.example.org/"}
    assert config.read(None, "mn", env={}).alternate(switch) == switch


def test_a_settings_value_written_for_a_child_build_reads_back_the_same() -> None:
    settings = Settings(
        site_url="https://pages.example.org/",
        alternate="https://storage.example.org/en/",
        years=[2024],
        archive_url="https://storage.example.org/",
        main_url="https://pages.example.org/",
        data_base_url="https://storage.example.org/data/",
        data_dir="storage/data",
        evidence_base_url="https://evidence.example.org",
        evidence_dir="evidence-out",
        only=("a-agency", "b-agency"),
        today=dt.date(2026, 11, 25),
    )
    for language in config.LANGUAGES:
        env = settings.environment(language)
        assert set(env) <= {v.name for v in VARIABLES}
        assert config.settings_from(language, env) == settings


def test_the_day_and_a_preview_come_from_the_environment(tmp_path: Path) -> None:
    env = {"ILTOD_TODAY": "2021-07-01", "ILTOD_ONLY": "a-agency, plans/b-agency/2021.yml"}
    built = config.read(None, "mn", env=env)
    assert built.today == dt.date(2021, 7, 1)
    assert built.selection(tmp_path) == [
        tmp_path / "plans" / "a-agency",
        tmp_path / "plans" / "b-agency" / "2021.yml",
    ]
    unset = config.read(None, "mn", env={"ILTOD_ONLY": " "})
    assert unset.selection(tmp_path) is None
    assert unset.today == dt.date.today()


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("ILTOD_YEARS", "2024,last", "years separated by commas"),
        ("ILTOD_TODAY", "25.11.2026", "a date YYYY-MM-DD"),
        ("ILTOD_ARCHIVE_URL", "storage.example.org", "ending in /"),
        ("ILTOD_CONTACT", "nobody", "an e-mail address"),
    ],
)
def test_a_malformed_variable_is_a_located_bilingual_error(
    name: str, value: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        config.read({"branch": "main"}, "mn", env={name: value})
    (d,) = caught.value.diagnostics
    assert (d.file, d.code, d.field) == (name, "E403", name)
    assert expected in d.format("en")
    assert repr(value) in d.format("en")
    assert "\n    мн: " in d.format("both")


def test_every_variable_sets_a_field_and_is_documented() -> None:
    deployment = (ROOT / "dev" / "deployment.md").read_text(encoding="utf-8")
    for var in VARIABLES:
        assert var.field in Settings.model_fields, var.name
        assert var.name in deployment, f"{var.name} is not in dev/deployment.md"
