"""The layouts a deployment publishes, each a value: which engine runs make it, into which
folders, with which settings (dev/deployment.md).

- :func:`site`: one site of every year, Mongolian at the root and English in ``en/`` (the
  sample, a ministry, an aimag);
- :func:`national`: the current year's Mongolian pages for GitHub Pages, and beside them for
  the storage its English site (``en/``) and open data (``data/``), the earlier years linked
  at ``<storage_url><year>/``;
- :func:`archive`: one earlier year as its own site in both languages, published once at
  ``<archive_url><year>/``;
- :func:`preview`: a few agencies' pages only, for an agency checking its own update.

``iltod build`` and ``iltod archive`` run a layout's builds (iltod/cli/build.py); the deploy,
the tests and the benchmarks call them, so the layout logic is this module and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iltod.site.config import Language, Settings
from iltod.site.years import LANGUAGE_FOLDER

CONFIGS: dict[Language, str] = {"mn": "mkdocs.yml", "en": "mkdocs.en.yml"}
"""Each language's configuration file in a deployment's repository."""

SHARED = (
    "evidence_base_url",
    "evidence_dir",
    "contact",
    "feedback",
    "today",
    "source_date_epoch",
)
"""Settings every build of a layout keeps from the environment; the rest the layout sets."""

Base = dict[Language, Settings]
"""What the environment sets for each language (iltod.site.config.settings_from)."""


@dataclass(frozen=True)
class Build:
    """One run of the engine: a language's configuration file, a folder, the settings."""

    language: Language
    out: Path
    settings: Settings

    @property
    def config(self) -> str:
        return CONFIGS[self.language]


@dataclass(frozen=True)
class Layout:
    """The builds of one publication, in order."""

    name: str
    builds: tuple[Build, ...]


def _shared(base: Base, language: Language, **values: Any) -> Settings:
    kept = {k: getattr(base[language], k) for k in SHARED}
    return Settings(**{k: v for k, v in kept.items() if v is not None}, **values)


def site(out: Path, base: Base, site_url: str | None = None) -> Layout:
    """One site of every year (or of what the environment selects), English in ``en/``."""
    mn = base["mn"].model_copy(update={"site_url": site_url} if site_url else {})
    en = base["en"]
    if site_url:
        en = en.model_copy(update={"site_url": site_url + LANGUAGE_FOLDER["en"]})
    return Layout("site", (Build("mn", out, mn), Build("en", out / LANGUAGE_FOLDER["en"], en)))


def national(
    pages: Path, storage: Path, base: Base, *, year: int, site_url: str, storage_url: str
) -> Layout:
    """The national layout: ``pages`` for GitHub Pages (the year's Mongolian pages), and
    ``storage`` for what the storage publishes at ``storage_url`` (``en/``, ``data/``)."""
    english = storage_url + LANGUAGE_FOLDER["en"]
    placement: dict[str, Any] = {
        "years": [year],
        "archive_url": storage_url,
        "data_base_url": storage_url + "data/",
        "data_dir": str(storage / "data"),
    }
    mn = _shared(base, "mn", site_url=site_url, alternate=english, **placement)
    en = _shared(base, "en", site_url=english, alternate=site_url, **placement)
    return Layout(
        "national", (Build("mn", pages, mn), Build("en", storage / LANGUAGE_FOLDER["en"], en))
    )


def archive(
    out: Path,
    base: Base,
    *,
    year: int,
    archive_url: str,
    main_url: str,
    main_url_en: str | None = None,
) -> Layout:
    """One earlier year's own site in both languages, for ``<archive_url><year>/``. It holds
    its open data and both languages itself: the main site's placement is never passed on.
    ``main_url_en``: where the English main site's ``en/`` is, when not under ``main_url``
    (the national layout's storage)."""
    site_url = f"{archive_url}{year}/"
    years: dict[str, Any] = {"years": [year], "archive_url": archive_url}
    mn = _shared(base, "mn", site_url=site_url, main_url=main_url, **years)
    en = _shared(
        base,
        "en",
        site_url=site_url + LANGUAGE_FOLDER["en"],
        main_url=main_url_en or main_url,
        **years,
    )
    return Layout("archive", (Build("mn", out, mn), Build("en", out / LANGUAGE_FOLDER["en"], en)))


def preview(out: Path, base: Base, only: list[str]) -> Layout:
    """The pages of a few agencies (slugs or ``plans/`` paths), Mongolian only."""
    mn = base["mn"].model_copy(update={"only": tuple(only)})
    return Layout("preview", (Build("mn", out, mn),))
