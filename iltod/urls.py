"""Stable page addresses, built from slugs, years and numbers — never from titles.

=========================  ===========================================
page                       address (relative to the site root)
=========================  ===========================================
home                       ``/``
region                     ``regions/<region>/``
agency                     ``<agency>/``
plan                       ``<agency>/<year>/``
objective                  ``<agency>/<year>/objective-<n>/``
measure                    ``<agency>/<year>/measure-<n>-<m>/`` ("1.2" → ``measure-1-2``)
plan, printable table      ``<agency>/<year>/print/``
plan data                  ``data/<agency>/<year>.json`` and ``.csv``
overdue measures           ``overdue/``, ``regions/<region>/overdue/``, ``<agency>/overdue/``
agencies ranked            ``ranking/``
=========================  ===========================================
"""

from __future__ import annotations

RESERVED = {"regions", "data", "assets", "search", "pagefind", "docs", "feeds", "about", "print"}
RESERVED |= {"freshness", "progress"}  # the freshness page; the progress rules guide
RESERVED |= {"overdue", "ranking", "find"}  # iltod.site.late, iltod.site.searchpage


def region(slug: str) -> str:
    return f"regions/{slug}/"


def agency(slug: str) -> str:
    return f"{slug}/"


def plan(agency_slug: str, year: int) -> str:
    return f"{agency_slug}/{year}/"


def objective(agency_slug: str, year: int, number: int) -> str:
    return f"{agency_slug}/{year}/objective-{number}/"


def measure(agency_slug: str, year: int, number: str) -> str:
    return f"{agency_slug}/{year}/measure-{number.replace('.', '-')}/"


DATA = "data/"
"""The open data folder. A national deployment may publish it elsewhere (the options
``data_dir`` and ``data_base_url``): inside it, every file keeps its path (:func:`data_file`)."""


def data_file(agency_slug: str, year: int, ext: str) -> str:
    """A plan's data file, relative to the open data folder."""
    return f"{agency_slug}/{year}.{ext}"


def plan_data(agency_slug: str, year: int, ext: str) -> str:
    return DATA + data_file(agency_slug, year, ext)


def print_view(agency_slug: str, year: int) -> str:
    return f"{agency_slug}/{year}/print/"


def anchor(page_url: str) -> str:
    """The anchor of an objective or measure inside its plan: the page's last path segment
    (``a/2021/measure-1-1/`` → ``measure-1-1``). The plan page's rows and the plan's search
    document carry these anchors; the search box turns them back into the page's address."""
    return page_url.rstrip("/").rsplit("/", 1)[-1]
