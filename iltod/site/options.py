"""Build options: ``extra.iltod`` in mkdocs.yml, typed and checked.

A misspelt option must not be silently ignored (``ofice_downloads: false`` would publish what
the maintainer meant to switch off), so unknown keys and wrong types are located errors in the
one diagnostics format, with the line and column in mkdocs.yml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from iltod.diagnostics import Diagnostic, Whole, diag
from iltod.model import Name, Period, Url

KEY = ("extra", "iltod")

Contact = Annotated[
    str, Field(pattern=r"^(https?://[^\s<>\"']+|[^\s@<>\"']+@[^\s@<>\"']+\.[^\s@<>\"']+)$")
]
"""An e-mail address or an http(s) address (a web form)."""

CC_BY = "https://creativecommons.org/licenses/by/4.0/"

Year = Annotated[int, Field(ge=1990, le=2999)]
"""A reporting year, as plan files are named (``plans/<agency>/<year>.yml``)."""


def _month_day(value: Any) -> Any:
    """A day of the year "MM-DD" that every year has (not 02-29)."""
    if isinstance(value, str):
        try:
            dt.date(2001, *(int(x) for x in value.split("-")))
        except (TypeError, ValueError):
            raise ValueError("not a day of the year") from None
    return value


MonthDay = Annotated[
    Annotated[str, Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")],
    BeforeValidator(_month_day),
]
"""A day of every year, "MM-DD" (02-29 is refused: a deadline every year has)."""


def _site_address(value: Any) -> Any:
    """An empty value (an unset repository variable passed through ``!ENV``) is no address;
    an address is completed with its final ``/``."""
    if value == "":
        return None
    if isinstance(value, str) and value.startswith(("http://", "https://")) and value[-1] != "/":
        return value + "/"
    return value


SiteAddress = Annotated[
    Annotated[str, Field(pattern=r"^https?://[^\s<>\"'?#]+/$")] | None,
    BeforeValidator(_site_address),
]
"""A site's address: http(s), ending in ``/`` (year Y's site is ``<archive_url><Y>/``); empty
means none."""

_SEGMENT = r"[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*"
RegionsPath = Annotated[str, Field(pattern=rf"^({_SEGMENT}/)*{_SEGMENT}\.ya?ml$")]
"""A regions file inside the deployment's repository, relative to mkdocs.yml."""


class SiteOptions(BaseModel):
    """``extra.iltod`` of mkdocs.yml. Every field is optional."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    branch: str = "main"
    """The branch edit links open (``<repo_url>/edit/<branch>/plans/…``)."""
    search: bool = True
    """Write the Pagefind search index after the build."""
    build_cache: bool = True
    """Reuse what the previous build made and nothing has changed since: pages and office files
    (``.cache/pages/``, ``.cache/office/``)."""
    page_shell: bool = True
    """Render the theme's page shell once per group of pages and fill it per page
    (iltod/site/material/shell.py); false: the whole theme template for every page."""
    first_screen_pages: Annotated[int, Field(ge=0)] = 10_000
    """Up to this many generated pages, each page inlines the rules its kind uses on a phone's
    first screen (iltod/site/material/firstscreen.py: 8-13 KB a page), so that a slow phone
    paints from the HTML alone. A larger site links each kind's rules as one shared stylesheet
    instead (one round trip, ~3 KB): at 1,000 agencies the inline rules would add ~420 MB and
    take the main site over GitHub Pages' 1 GB. 0: never inline."""
    office_downloads: bool = True
    """Publish every plan's IAAC report table as XLSX and DOCX."""
    office_workers: Annotated[int, Field(ge=1, le=64)] = 1
    """Processes making the XLSX/DOCX files while pages render."""
    image_workers: Annotated[int, Field(ge=1, le=64)] = 2
    """Processes encoding evidence photos."""
    evidence_base_url: Url | None = None
    """Evidence published outside the site (dev/deployment.md): links point under this URL."""
    evidence_dir: str | None = None
    """Where evidence is written when it is published outside the site (relative to the root)."""
    data_base_url: SiteAddress = None
    """The open data published outside the site (a national deployment, dev/deployment.md):
    the address of the folder that holds what the site's ``data/`` would."""
    data_dir: str | None = None
    """Where the open data files are written instead of the site's ``data/`` folder (relative
    to the root); only with ``data_base_url``, or the pages would link files not published."""

    @field_validator("data_dir")
    @classmethod
    def _published_somewhere(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and info.data.get("data_base_url") is None:
            raise ValueError("data_dir without data_base_url")
        return value

    # -- who publishes the site: shown in every page's footer and in the open data --------
    publisher: Name | None = None
    """Нийтлэгч байгууллагын нэр. / The body that publishes the site (``mn``, optional ``en``)."""
    contact: Contact | None = None
    """Нийтлэгчтэй холбогдох и-мэйл эсвэл хаяг. / The publisher's e-mail or contact page."""
    data_licence: str = "CC BY 4.0"
    """Өгөгдлийн лиценз. / The licence of the published data (Creative Commons Attribution)."""
    data_licence_url: Url = CC_BY
    """Лицензийн бүрэн текст. / Where the licence's text is."""
    source_url: Url | None = None
    """Эх код, өгөгдлийн репозитори (default: ``repo_url``). / The source repository."""
    data_as_of: dt.date | None = None
    """Өгөгдөл хэдий хүртэлх байдлаар. / "Data as of" (default: the build date)."""
    feedback: Contact | None = None
    """GitHub бүртгэлгүйгээр санал өгөх и-мэйл эсвэл маягт. / Where a reader without a GitHub
    account sends feedback: an e-mail address or a web form."""
    # -- one site per reporting year at national scale (iltod/site/years.py) -------------
    years: Annotated[list[Year], Field(min_length=1)] | None = None
    """The reporting years whose pages this site holds (default: every year). ``ILTOD_YEARS``
    overrides it (iltod.site.config)."""
    archive_url: SiteAddress = None
    """Where the other years are published: year Y's site at ``<archive_url><Y>/``."""
    main_url: SiteAddress = None
    """Set when this site is an archived year: the main site's address, for links back."""
    # -- the reviewer's column and freshness (issue 25) ------------------------------------
    report_deadline_days: Annotated[int, Field(ge=0, le=366)] | None = None
    """Тайлан ирүүлэх хугацаа: тайлант хугацаа дууссанаас хойш хэдэн өдөр (анхдагч: заагаагүй).
    / Days after the end of the reporting period a report is due; a report filed later is
    "late" (default: none set, nothing is late). ``reporting_deadlines`` wins for a period it
    gives a day."""
    update_days: Annotated[int, Field(ge=1, le=366)] = 14
    """Мэдээллийг шинэчлэх хугацаа, өдрөөр (Засгийн газрын 201/2022 тогтоол: 14 хоног).
    / How often an agency's data must be updated, in days (default 14: Government Resolution
    201/2022)."""
    # -- the deployment's regions (iltod/regions, dev/regions.md) ---------------------------
    regions: RegionsPath | None = None
    """Бүс нутгийн файл (mkdocs.yml-ээс харьцангуй). / The deployment's regions file, relative
    to mkdocs.yml (default: the built-in regions of Mongolia)."""
    # -- the reporting calendar and frozen snapshots (issue 26, iltod.release.snapshots) ------
    reporting_deadlines: dict[Period, MonthDay] = Field(default_factory=dict)
    """Тайлан ирүүлэх хугацаа, тайлант хугацаа бүрээр: "MM-DD", хугацаа дууссаны дараах
    анхны тэр өдөр (жишээ нь year-end: "01-31"). / The reporting calendar: per reporting period,
    the day its reports are due, the first such day after the period ends (e.g. ``year-end:
    "01-31"``: a 2024 year-end report is due 2025-01-31). A report filed later is "late", and on
    each deadline the open data is frozen in a snapshot. Default: none (no statutory date was
    found, iltod/site/guides/open-data.md; a guessed one would call agencies late wrongly)."""
    snapshot_dir: str = ".cache/snapshots"
    """Where the snapshots kept so far are (relative to the root); the deploy fills it from
    the published ``data/snapshots/`` before it builds (``iltod snapshot fetch``)."""


_BOOL = ("true or false", "true эсвэл false")
_WORKERS = ("a whole number from 1 to 64", "1-ээс 64 хүртэлх бүхэл тоо")
_URL = ("an http:// or https:// address", "http:// эсвэл https:// хаяг")
_CONTACT = (
    "an e-mail address or an http(s):// address",
    "и-мэйл хаяг эсвэл http(s):// хаяг",
)
_SITE_URL = (
    "a site's http:// or https:// address ending in /",
    "/ тэмдэгтээр төгссөн http:// эсвэл https:// хаяг",
)
EXPECTED: dict[str, tuple[str, str]] = {
    "branch": ("a branch name", "салбарын (branch) нэр"),
    "search": _BOOL,
    "office_downloads": _BOOL,
    "page_shell": _BOOL,
    "first_screen_pages": ("a whole number, 0 or more", "0 буюу түүнээс их бүхэл тоо"),
    "office_workers": _WORKERS,
    "image_workers": _WORKERS,
    "evidence_base_url": _URL,
    "evidence_dir": ("a folder, relative to the repository", "репозиторийн доторх хавтас"),
    "data_base_url": _SITE_URL,
    "data_dir": (
        "a folder, relative to the repository, with data_base_url set (where it is published)",
        "репозиторийн доторх хавтас, data_base_url (нийтлэх хаяг) өгсөн байх",
    ),
    "build_cache": _BOOL,
    "publisher": (
        "a name with mn and optionally en (publisher: {mn: …, en: …})",
        "mn болон en (заавал биш) бүхий нэр (publisher: {mn: …, en: …})",
    ),
    "contact": _CONTACT,
    "data_licence": ("the licence's name, e.g. CC BY 4.0", "лицензийн нэр, жишээ нь CC BY 4.0"),
    "data_licence_url": _URL,
    "source_url": _URL,
    "data_as_of": ("a date YYYY-MM-DD", "ОООО-СС-ӨӨ огноо"),
    "feedback": _CONTACT,
    "years": (
        "a list of years, e.g. [2024] (or ILTOD_YEARS=2023,2024)",
        "оны жагсаалт, жишээ нь [2024] (эсвэл ILTOD_YEARS=2023,2024)",
    ),
    "archive_url": _SITE_URL,
    "main_url": _SITE_URL,
    "report_deadline_days": ("a number of days from 0 to 366", "0-ээс 366 хүртэлх өдрийн тоо"),
    "update_days": ("a number of days from 1 to 366", "1-ээс 366 хүртэлх өдрийн тоо"),
    "regions": (
        "a regions file (.yml) relative to mkdocs.yml, e.g. regions.yml",
        "mkdocs.yml-ээс харьцангуй бүс нутгийн файл (.yml), жишээ нь regions.yml",
    ),
    "reporting_deadlines": (
        'per period (year-end, half-year, q1…q4) a day "MM-DD", e.g. {year-end: "01-31"}',
        'тайлант хугацаа бүрээр (year-end, half-year, q1…q4) "MM-DD" өдөр',
    ),
    "snapshot_dir": ("a folder, relative to the repository", "репозиторийн доторх хавтас"),
}
"""What each option takes, in English and Mongolian, for E402."""


class OptionsError(Exception):
    """``extra.iltod`` has unknown keys or wrong values; ``diagnostics`` says where."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


def parse(extra: Any, config_file: Path | None = None) -> SiteOptions:
    """The options of ``extra.iltod`` (its value in the loaded configuration).

    Raises:
        OptionsError: with one located diagnostic per unknown key or wrong value.
    """
    if extra is None:
        return SiteOptions()
    try:
        return SiteOptions.model_validate(extra)
    except ValidationError as exc:
        raise OptionsError(sorted(_diagnostic(err, config_file) for err in exc.errors())) from None


def _diagnostic(err: Any, config_file: Path | None) -> Diagnostic:
    loc = tuple(str(p) for p in err["loc"])
    field = ".".join((*KEY, *loc))
    name, line, col = _where(config_file, (*KEY, *loc[:1])) if config_file else ("mkdocs.yml", 1, 1)
    if err["type"] == "extra_forbidden":
        allowed = Whole(", ".join(SiteOptions.model_fields))
        return diag(name, line, col, "E401", field, key=loc[0], allowed=allowed)
    en, mn = EXPECTED[loc[0]]
    return diag(name, line, col, "E402", field, expected=en, expected_mn=mn, got=repr(err["input"]))


def locate(config_file: Path | None, path: tuple[str, ...]) -> tuple[str, int, int]:
    """File name, line and column of ``path`` (e.g. ``("extra", "iltod", "years")``) in the
    configuration file or the one it inherits; ``mkdocs.yml:1:1`` when it is not written."""
    return _where(config_file, path) if config_file else ("mkdocs.yml", 1, 1)


def _where(config_file: Path, path: tuple[str, ...]) -> tuple[str, int, int]:
    """File name, line and column of ``path`` in the configuration file, or in the file it
    INHERITs (``mkdocs.en.yml`` inherits ``mkdocs.yml``)."""
    seen: set[Path] = set()
    current: Path | None = config_file
    while current is not None and current.is_file() and current not in seen:
        seen.add(current)
        try:
            node = yaml.compose(current.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            break
        found = _find(node, path)
        if found is not None:
            return (current.name, *found)
        parent = _find_value(node, "INHERIT")
        current = (current.parent / parent) if parent else None
    return config_file.name, 1, 1


def _find(node: Any, path: tuple[str, ...]) -> tuple[int, int] | None:
    mark = None
    for part in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        match = [(k, v) for k, v in node.value if getattr(k, "value", None) == part]
        if not match:
            return None
        key, node = match[0]
        mark = (key.start_mark.line + 1, key.start_mark.column + 1)
    return mark


def _find_value(node: Any, key: str) -> str | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key and isinstance(v, yaml.ScalarNode):
                return str(v.value)
    return None


class _Tolerant(yaml.SafeLoader):
    """Reads a MkDocs configuration without running its tags (``!ENV``, ``!!python/…``):
    only the ``extra.iltod`` mapping is wanted, and a tag's value is not an option."""


_Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)


def from_file(config_file: Path) -> Any:
    """``extra.iltod`` as the configuration file writes it, with the one it INHERITs merged
    under it as MkDocs merges them (for a build's page manifest, iltod.site.manifest)."""
    seen: set[Path] = set()
    layers: list[Any] = []
    current: Path | None = config_file
    while current is not None and current.is_file() and current not in seen:
        seen.add(current)
        data = yaml.load(current.read_text(encoding="utf-8"), Loader=_Tolerant)
        data = data if isinstance(data, dict) else {}
        extra = data.get("extra")
        layers.append((extra or {}).get("iltod") if isinstance(extra, dict) else None)
        parent = data.get("INHERIT")
        current = current.parent / parent if isinstance(parent, str) else None
    merged: Any = None
    for layer in reversed(layers):
        if isinstance(layer, dict) and isinstance(merged, dict):
            merged = {**merged, **layer}
        elif layer is not None:
            merged = layer
    return merged
