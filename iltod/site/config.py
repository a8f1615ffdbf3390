"""The build configuration: everything one build of the site needs, read in one place.

A build is configured from two sources: ``extra.iltod`` of mkdocs.yml (what a deployment keeps
in its repository, :class:`~iltod.site.options.SiteOptions`) and the environment (what differs
between two builds of one repository: the published address, the year of a national main site,
where storage publishes the open data, a preview's agency, the day overdue is judged against).
:func:`read` is the one function that reads both — no other module of iltod reads
``os.environ`` — and :class:`BuildConfig` is its frozen, typed result, handed down as a value.

:data:`VARIABLES` is the one table of the environment's names. It is read by
:func:`settings_from` and written back by :meth:`Settings.environment`, so that a layout
(:mod:`iltod.site.layouts`: the main site, an archived year, a preview, the national layout)
is a value that tests build, and ``iltod build`` hands each of its builds to the engine in
exactly the names a maintainer would set by hand.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from iltod.diagnostics import Diagnostic, diag
from iltod.load import regions as regions_file
from iltod.load.repository import Repository
from iltod.model import Url
from iltod.regions import Regions
from iltod.site import options
from iltod.site.options import Contact, SiteAddress, SiteOptions, Year

Language = Literal["mn", "en"]
LANGUAGES: tuple[Language, ...] = ("mn", "en")


@dataclass(frozen=True)
class Variable:
    """One environment variable: the :class:`Settings` field it sets, for which languages."""

    name: str
    field: str
    help: str
    languages: tuple[Language, ...] = LANGUAGES


VARIABLES: tuple[Variable, ...] = (
    Variable("ILTOD_SITE_URL", "site_url", "the Mongolian site's published address", ("mn",)),
    Variable("ILTOD_SITE_URL_EN", "site_url", "the English site's published address", ("en",)),
    Variable("ILTOD_ALTERNATE_EN", "alternate", "the language switch's English site", ("mn",)),
    Variable("ILTOD_ALTERNATE_MN", "alternate", "the language switch's Mongolian site", ("en",)),
    Variable("ILTOD_YEARS", "years", "the reporting years built, e.g. 2024 or 2023,2024"),
    Variable("ILTOD_ARCHIVE_URL", "archive_url", "where year Y's own site is: <this>Y/"),
    Variable("ILTOD_MAIN_URL_EN", "main_url", "an archive's English main site", ("en",)),
    Variable("ILTOD_MAIN_URL", "main_url", "an archived year's main site, for links back"),
    Variable("ILTOD_DATA_BASE_URL", "data_base_url", "where storage publishes the open data"),
    Variable("ILTOD_DATA_DIR", "data_dir", "where the open data is written for storage"),
    Variable("ILTOD_EVIDENCE_BASE_URL", "evidence_base_url", "where storage publishes evidence"),
    Variable("ILTOD_EVIDENCE_DIR", "evidence_dir", "where evidence is written for storage"),
    Variable("ILTOD_CONTACT", "contact", "the publisher's e-mail or contact page"),
    Variable("ILTOD_FEEDBACK", "feedback", "where a reader without a GitHub account writes"),
    Variable("ILTOD_ONLY", "only", "a preview's agencies (slugs or plans/ paths, commas)"),
    Variable("ILTOD_TODAY", "today", "the day overdue is judged against (YYYY-MM-DD)"),
    Variable("SOURCE_DATE_EPOCH", "source_date_epoch", "the build time release.json states"),
)
"""Every ``ILTOD_*`` name a build reads. For a field set by two names (``main_url`` in
English), the first one set wins."""

OPTION_FIELDS = (
    "years",
    "archive_url",
    "main_url",
    "data_base_url",
    "data_dir",
    "evidence_base_url",
    "evidence_dir",
    "contact",
    "feedback",
)
"""The :class:`Settings` fields that replace the ``extra.iltod`` option of the same name."""


class Settings(BaseModel):
    """What the environment sets for one build of one language: each field None when unset."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    site_url: SiteAddress = None
    alternate: str | None = None
    """The other language's site, for the language switch."""
    years: list[Year] | None = None
    archive_url: SiteAddress = None
    main_url: SiteAddress = None
    data_base_url: SiteAddress = None
    data_dir: str | None = None
    evidence_base_url: Url | None = None
    evidence_dir: str | None = None
    contact: Contact | None = None
    feedback: Contact | None = None
    only: tuple[str, ...] = ()
    today: dt.date | None = None
    source_date_epoch: int | None = Field(default=None, ge=0)
    """The build time (seconds since 1970, UTC) of release.json: the commit's time in the
    deploy, so that two builds of one commit write the same bytes."""

    def options(self) -> dict[str, Any]:
        """The ``extra.iltod`` values this build replaces."""
        values = {name: getattr(self, name) for name in OPTION_FIELDS}
        return {name: value for name, value in values.items() if value is not None}

    def environment(self, language: Language) -> dict[str, str]:
        """These settings in the environment's names, for an engine built in a child process
        (the inverse of :func:`settings_from`)."""
        out: dict[str, str] = {}
        done: set[str] = set()
        for var in VARIABLES:
            value = getattr(self, var.field)
            if language not in var.languages or var.field in done or value in (None, ()):
                continue
            done.add(var.field)
            if isinstance(value, (list, tuple)):
                value = ",".join(map(str, value))
            elif isinstance(value, dt.date):
                value = value.isoformat()
            out[var.name] = str(value)
        return out


class ConfigError(Exception):
    """The configuration is wrong; ``diagnostics`` says where, in both languages."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass(frozen=True)
class BuildConfig:
    """Everything one build of one language of the site needs, read once by :func:`read`."""

    language: Language
    options: SiteOptions
    settings: Settings
    today: dt.date
    """The day overdue is judged against."""
    config_file: Path | None = None
    """The mkdocs.yml read, where its errors are located."""
    regions: Regions = field(default_factory=regions_file.default)
    """The regions agencies belong to: ``extra.iltod.regions``'s file, or the built-in."""

    @property
    def site_url(self) -> str | None:
        """The published address, when the environment sets it (else mkdocs.yml's)."""
        return self.settings.site_url

    def selection(self, root: Path) -> list[Path] | None:
        """The plans of a partial site (a one-agency preview): None builds everything."""
        if not self.settings.only:
            return None
        return [root / "plans" / s.removeprefix("plans/") for s in self.settings.only]

    def alternate(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The theme's language switch (``extra.alternate``), the other language's link
        replaced when the environment places that site elsewhere."""
        link = self.settings.alternate
        if link is None:
            return entries
        return [{**e, "link": link} if e.get("lang") != self.language else e for e in entries]

    def empty_selection(self, repo: Repository, built: Repository) -> list[Diagnostic]:
        """E404 when the years or agencies this configuration selects hold no plan: a site
        with no page of what was asked for is a mistake, not an empty success."""
        if built.plans or not (self.settings.only or self.options.years):
            return []
        years = ",".join(map(str, self.options.years or []))
        if self.settings.only:
            where, field = ("ILTOD_ONLY", 1, 1), "ILTOD_ONLY"
            value = ",".join(self.settings.only) + (f" ({years})" if years else "")
        else:
            field, value = "extra.iltod.years", years
            where = ("ILTOD_YEARS", 1, 1)
            if self.settings.years is None:
                where = options.locate(self.config_file, ("extra", "iltod", "years"))
        found = sorted({f"{pf.plan.agency}/{pf.plan.year}" for pf in repo.plans})
        if self.settings.only:  # the repository was loaded with the selection: its folders
            plans = repo.root / "plans"
            found = sorted(p.name for p in plans.iterdir() if p.is_dir()) if plans.is_dir() else []
        summary = ", ".join(found[:5]) + (f" … ({len(found)})" if len(found) > 5 else "")
        return [diag(*where, "E404", field, value=value, found=summary or "none")]

    def digest(self) -> dict[str, Any]:
        """What of the configuration a page can show, for the page cache's key (the day is
        keyed on its own)."""
        return {
            "language": self.language,
            "options": self.options.model_dump(mode="json"),
            # no page shows the build time (iltod.site.pagecache): not in the key either
            "settings": self.settings.model_dump(
                mode="json", exclude={"today", "source_date_epoch"}
            ),
            "regions": self.regions.digest(),  # the file's names and map, not only its path
        }


def environ() -> Mapping[str, str]:
    """The process's environment: the one place iltod reads it."""
    return os.environ


def settings_from(language: Language, env: Mapping[str, str] | None = None) -> Settings:
    """The :class:`Settings` the environment gives a build of ``language``.

    Raises:
        ConfigError: a variable whose value is malformed (E403), located by its name.
    """
    env = environ() if env is None else env
    raw: dict[str, Any] = {}
    source: dict[str, str] = {}
    for var in VARIABLES:
        value = env.get(var.name, "").strip()
        if not value or language not in var.languages or var.field in raw:
            continue
        raw[var.field] = _split(value) if var.field in ("years", "only") else value
        source[var.field] = var.name
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = str(err["loc"][0])
            name = source[field]
            en, mn = EXPECTED.get(field, ("a valid value", "зөв утга"))
            got = repr(env.get(name, ""))
            problems.append(diag(name, 1, 1, "E403", name, expected=en, expected_mn=mn, got=got))
        raise ConfigError(sorted(set(problems))) from None


def _split(value: str) -> list[str]:
    return [w for w in value.replace(",", " ").split() if w]


EXPECTED = {
    **options.EXPECTED,
    "years": ("years separated by commas, e.g. 2024 or 2023,2024", "таслалаар тусгаарласан он"),
    "site_url": options.EXPECTED["archive_url"],
    "alternate": ("an address", "хаяг"),
    "only": ("agency slugs separated by commas", "таслалаар тусгаарласан байгууллагын нэр"),
    "today": options.EXPECTED["data_as_of"],
    "source_date_epoch": ("seconds since 1970, e.g. 1700000000", "1970 оноос хойших секунд"),
}
"""What each variable takes, in English and Mongolian, for E403."""


def read(
    extra: Any,
    language: str,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> BuildConfig:
    """The configuration of one build: ``extra.iltod`` (its value in the loaded mkdocs.yml)
    with what the environment replaces, and the day.

    Raises:
        ConfigError: every unknown or malformed value, located in mkdocs.yml (E401, E402) or
            by the variable's name (E403); a regions file missing (E413) or wrong (E010–E015,
            E414–E418, located in it).
    """
    lang: Language = "en" if language == "en" else "mn"
    settings = settings_from(lang, env)
    merged = extra
    if extra is None or isinstance(extra, dict):
        merged = {**(extra or {}), **settings.options()}
    try:
        opts = options.parse(merged, config_file)
    except options.OptionsError as exc:
        raise ConfigError(exc.diagnostics) from None
    today = settings.today or dt.date.today()
    return BuildConfig(lang, opts, settings, today, config_file, regions_of(opts, config_file))


def regions_of(opts: SiteOptions, config_file: Path | None) -> Regions:
    """The regions ``extra.iltod.regions`` names (relative to mkdocs.yml), or the built-in.

    Raises:
        ConfigError: the file is missing (E413, located in mkdocs.yml) or wrong (located in it).
    """
    if opts.regions is None:
        return regions_file.default()
    folder = config_file.parent if config_file is not None else Path()
    try:
        return regions_file.read_file(folder / opts.regions, opts.regions)
    except (OSError, ValueError):
        where = options.locate(config_file, ("extra", "iltod", "regions"))
        raise ConfigError([diag(*where, "E413", "extra.iltod.regions", got=opts.regions)]) from None
    except regions_file.RegionsError as exc:
        raise ConfigError(exc.diagnostics) from None
