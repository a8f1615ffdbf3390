"""The history on the site: timelines, "last updated", latest updates, feeds, feedback links.

:func:`install` reads the history once and adds to the site's renderer an extra that fills the
``timeline`` (measure pages), ``last_updated`` (plan pages) and ``latest`` (home) slots of the
templates. The MkDocs hook calls it, logs the history's warnings, announces the feeds in page
heads with :func:`alternate` and writes them after the build with :func:`write`.

Each change is told as a citizen reads it: what changed, in words, first; then when it was
published (the merge into the main branch), by which agency, and the pull request that brought
it. The commit's message and author are secondary details, in a ``<details>`` element; a
message is shown only on the site of its language (an engineer's English note is not the
Mongolian page's text), a very long one shortened (:data:`MESSAGE_CHARS`); the feeds keep it
whole.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from iltod import urls
from iltod.history import submissions
from iltod.history.changes import describe
from iltod.history.github import commit_url, feedback_url, pull_url
from iltod.history.log import Change, History
from iltod.review import Reviews
from iltod.site import doclang, feeds, feedstyle, updates
from iltod.site.feedcache import FeedCache
from iltod.site.pages import PageSpec, agency_label
from iltod.site.render import Renderer

LATEST = 10
MESSAGE_CHARS = 120
"""A commit message longer than this is shortened on pages (never in the feeds)."""


@dataclass
class Timeline:
    """The history bound to one site."""

    renderer: Renderer
    history: History
    site_url: str
    repo_url: str | None

    def extra(self, spec: PageSpec, ctx: dict[str, Any]) -> None:
        """Renderer extra: fill the history slots of the page being rendered."""
        if spec.kind == "measure":
            ctx["timeline"] = self._render("partials/timeline.html", **self._measure(spec))
        elif spec.kind == "plan":
            ctx["last_updated"] = self.history.plan_last_updated(*spec.key)
        elif spec.kind in ("home", "updates"):
            # "follow updates" opens a page in words (iltod.site.updates), not the XML
            here = spec.kind == "updates"
            ctx["latest"] = self._render(
                "partials/latest.html",
                groups=self._latest(ctx["link"]),
                feed_href=None if here else self.renderer.years.main("feeds/", ctx["link"]),
            )

    def _latest(self, link: Any) -> list[dict[str, Any]]:
        """The newest changes grouped by commit and plan, so one import is one line, not 300."""
        groups: dict[tuple[str, str, int], dict[str, Any]] = {}
        years = self.renderer.years
        for change in self.history.changes:
            if not years.listed(change.year):  # a year not published (iltod.site.years)
                continue
            key = (change.commit.sha, change.agency, change.year)
            if key not in groups:
                if len(groups) == LATEST:
                    break
                entry = self._entry(change, link)
                entry["plan_href"] = years.href(
                    change.year, urls.plan(change.agency, change.year), link
                )
                groups[key] = {**entry, "measures": []}
            groups[key]["measures"].append(self._entry(change, link))
        return list(groups.values())

    def _measure(self, spec: PageSpec) -> dict[str, Any]:
        agency, year, _, number = spec.key
        page = self.site_url + spec.url
        return {
            "entries": [
                self._entry(c) for c in self.history.measure_timeline(agency, year, number)
            ],
            "last_updated": self.history.measure_last_updated(agency, year, number),
            "feedback_url": feedback_url(self.repo_url, agency, year, number, page)
            if self.repo_url
            else None,
        }

    def _entry(self, change: Change, link: Any = None) -> dict[str, Any]:
        commit, repo_url = change.commit, self.repo_url
        pr = commit.pull_request
        return {
            "change": change,
            "anchor": feeds.change_anchor(change),
            "phrases": describe(change.delta, self.renderer.t.language),
            "date": commit.date,
            "agency": self.names.get(change.filed_by or change.agency, change.agency),
            "pr": pr,
            "pr_url": pull_url(repo_url, pr) if repo_url and pr else None,
            "message": shorten(commit.title, MESSAGE_CHARS)
            if doclang.language_of(commit.title) == self.renderer.t.language
            else None,
            "author": commit.author,
            "commit_url": commit_url(repo_url, commit.sha) if repo_url else None,
            "submission": self._submitted(commit.sha),
            "href": self.renderer.years.href(
                change.year, urls.measure(change.agency, change.year, change.number), link
            )
            if link
            else None,
        }

    def _render(self, template: str, **ctx: Any) -> Markup:
        # autoescaped like every page; the result is inserted into the page as HTML
        return Markup(self.renderer.env.get_template(template).render(ctx))

    def _submitted(self, sha: str) -> dict[str, Any] | None:
        """The report a clerk submitted in this change (issue 24), with its issue's address."""
        s = self.submissions.get(sha)
        if s is None:
            return None
        url = f"{self.repo_url.rstrip('/')}/issues/{s.issue}" if self.repo_url and s.issue else None
        return {"s": s, "issue_url": url}

    @cached_property
    def submissions(self) -> dict[str, submissions.Submission]:
        """Every change that came from a submitted report; read once, when first asked."""
        return submissions.read(self.renderer.repo.root)

    @cached_property
    def names(self) -> dict[str, str]:
        """Agency slug → display name; made once, asked for on every page."""
        return {
            slug: agency_label(a, self.renderer.t.language)
            for slug, a in self.renderer.repo.agencies.items()
        }


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space when there is one near the end,
    with "…" when anything was cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 2 // 3 else cut).rstrip() + "…"


def install(
    renderer: Renderer,
    site_url: str | None,
    repo_url: str | None,
    agencies: Collection[str] | None = None,
    cache: Path | None = None,
) -> Timeline:
    """Read the history of the renderer's repository (of ``agencies`` only, for a partial
    site; ``cache``: the versions read by earlier builds) and hook it into the pages."""
    history = History.read(renderer.repo.root, agencies, cache)
    timeline = Timeline(renderer, history, public_url(site_url, repo_url), repo_url)
    renderer.extras.append(timeline.extra)
    return timeline


def public_url(site_url: str | None, repo_url: str | None) -> str:
    """The site's absolute address, which feed ids need: ``site_url``, else GitHub Pages'."""
    if site_url:
        return site_url.rstrip("/") + "/"
    parts = urlsplit(repo_url or "")
    owner, _, name = parts.path.strip("/").partition("/")
    if parts.netloc == "github.com" and owner and name:
        return f"https://{owner}.github.io/{name}/"
    return "http://localhost/"


def alternate(timeline: Timeline, spec: PageSpec | None) -> list[dict[str, str]]:
    """The feeds a page announces in its head: the site's, and its agency's."""
    slug = spec.key[0] if spec and spec.kind in ("agency", "plan", "objective", "measure") else None
    links = feeds.alternate_links(slug, timeline.names.get(slug) if slug else None)
    years = timeline.renderer.years
    # An archived year writes no feed of its own (it would never be updated): its pages
    # announce the main site's.
    return [{**f, "href": years.main(f["href"], str)} for f in links] if years.archive else links


def write(
    timeline: Timeline,
    site_dir: Path,
    reviews: Reviews | None = None,
    kept: FeedCache | None = None,
) -> list[Path]:
    """Write the feeds; an archived year has none (the main site's are announced).
    ``reviews``: the reviewer's view of each measure, carried by its entries; ``kept``: the
    feeds of earlier builds (iltod.site.feedcache)."""
    years = timeline.renderer.years
    if years.archive:
        return []
    written = feeds.write_feeds(
        timeline.history,
        site_dir,
        timeline.site_url,
        timeline.names,
        timeline.repo_url,
        lambda year: years.absolute(year, timeline.site_url),
        timeline.renderer.t.language,
        reviews,
        kept,
    )
    # readable when a citizen opens one in a browser (iltod.site.feedstyle)
    page = timeline.site_url.rstrip("/") + "/" + updates.URL
    feedstyle.apply(written, timeline.renderer.t, page)
    return written
