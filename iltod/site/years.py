"""Which reporting years a site holds, and where the other years are published.

At national scale one reporting year is about 1 GB of site (dev/performance.md), GitHub Pages'
limit for a whole site, so each year can be its own site (dev/deployment.md):

- the **main site** holds the current year (``years: [2024]``), lists every earlier year with
  its figures, and links to each at ``<archive_url><year>/``;
- each **archived year** is built once by ``iltod archive`` (``years: [2022]`` and
  ``main_url``): it lists itself and the years before it (already archived, so their addresses
  never change), says on every page that it is an archive, and sends the reader to the main
  site for anything newer.

Without these options every year is in one site, as before.

Every place that lists years asks :class:`Years` for a year's address: a link inside this site
when the year is here, that year's own site when it is published elsewhere, and None when it is
not published at all (a year newer than this site's newest, held back, or any other year when
no ``archive_url`` says where the other years are).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from iltod.load.repository import PlanFile, Repository
from iltod.site.i18n import Translator
from iltod.site.options import SiteOptions

LANGUAGE_FOLDER = {"mn": "", "en": "en/"}
"""Where each language's site is inside a year's site: mkdocs.en.yml builds English into en/."""

Link = Callable[[str], str]


@dataclass(frozen=True)
class Years:
    """The years of one site (one language), and the address of every other year."""

    built: frozenset[int] | None = None
    """The years whose pages are built here; None: every year."""
    archive_url: str | None = None
    """Year Y's own site is ``<archive_url><Y>/`` (and ``…/<Y>/en/`` in English)."""
    main_url: str | None = None
    """Set on an archived year: the main site, for links back."""
    language: str = "mn"

    @classmethod
    def of(cls, options: SiteOptions, language: str) -> Years:
        built = frozenset(options.years) if options.years is not None else None
        return cls(built, options.archive_url, options.main_url, language)

    @property
    def archive(self) -> bool:
        """This site is an archived year (it links back to a main site)."""
        return self.main_url is not None

    def here(self, year: int) -> bool:
        """The year's pages are in this site."""
        return self.built is None or year in self.built

    def listed(self, year: int) -> bool:
        """The year is shown here: its pages are here, or it is older than this site's newest
        year and published at ``archive_url``."""
        if self.here(year):
            return True
        assert self.built is not None
        return self.archive_url is not None and bool(self.built) and year < max(self.built)

    def site(self, year: int) -> str | None:
        """The absolute address of the year's own site in this language (None: not published
        elsewhere, or here)."""
        if self.here(year) or not self.listed(year) or self.archive_url is None:
            return None
        return f"{self.archive_url}{year}/{LANGUAGE_FOLDER.get(self.language, '')}"

    def href(self, year: int, target: str, link: Link) -> str | None:
        """The address of ``target`` (a page of :mod:`iltod.urls` of that year) from a page of
        this site: ``link(target)`` when the year is here, the page in the year's own site when
        it is elsewhere, None when the year is not published."""
        return link(target) if self.here(year) else self.elsewhere(year, target)

    def elsewhere(self, year: int, target: str) -> str | None:
        """``target`` in the year's own site when the year is published elsewhere, else None
        (here, or not published)."""
        root = self.site(year)
        return root + target if root is not None else None

    def absolute(self, year: int, base: str) -> str | None:
        """The absolute root of the site holding ``year``, this site being at ``base`` (feeds
        link absolutely); None when the year is not published."""
        return base if self.here(year) else self.site(year)

    def main(self, target: str, link: Link) -> str:
        """A page of the main site (home, an agency's page, a feed): here, unless this is an
        archive, whose reader is sent to the main site."""
        if self.main_url is None:
            return link(target)
        return f"{self.main_url}{LANGUAGE_FOLDER.get(self.language, '')}{target}"

    def archives(self, years: list[int]) -> list[tuple[int, str]]:
        """The years among ``years`` published in their own site, each with that site's
        address (where its search is), newest first."""
        return [(y, s) for y in sorted(years, reverse=True) if (s := self.site(y)) is not None]

    def select(self, repo: Repository) -> tuple[Repository, Repository]:
        """The repository as this site shows it: (listed, built). ``listed`` has the plans of
        the listed years, for figures and the lists of years; ``built`` the plans whose pages,
        open data, evidence and search documents are made here. Both have the agencies with a
        listed plan, and those with no plan at all (as a site of every year does)."""
        if self.built is None:
            return repo, repo
        listed = [pf for pf in repo.plans if self.listed(pf.plan.year)]
        with_plans = {pf.plan.agency for pf in repo.plans}
        shown = {pf.plan.agency for pf in listed} | (set(repo.agencies) - with_plans)
        return (
            _view(repo, shown, listed),
            _view(repo, shown, [pf for pf in listed if self.here(pf.plan.year)]),
        )

    def notice(self, t: Translator) -> str:
        """The notice at the top of every page of an archived year ("" elsewhere): this is the
        archive of year Y, and where the current site is."""
        if self.main_url is None:
            return ""
        years = ", ".join(str(y) for y in sorted(self.built or ()))
        home = escape(self.main("", str))
        return (
            f'<div class="admonition info" role="note" id="iltod-archive">'
            f'<p class="admonition-title">{escape(t("archive_notice", years=years))}</p>'
            f"<p>{escape(t('archive_notice_text'))} "
            f'<a href="{home}">{escape(t("archive_current"))}</a></p></div>'
        )


def _view(repo: Repository, agencies: set[str], plans: list[PlanFile]) -> Repository:
    """A repository with only these agencies and plans; the rest (root, report, sources) is
    the loaded one's."""
    return Repository(
        repo.root,
        agencies={k: v for k, v in repo.agencies.items() if k in agencies},
        agency_paths={k: v for k, v in repo.agency_paths.items() if k in agencies},
        plans=plans,
        report=repo.report,
        sources=repo.sources,
        regions=repo.regions,
    )
