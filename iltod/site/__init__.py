"""The public site: pages, navigation, rendering, history and open data, independent of MkDocs.

:class:`Site` is everything the MkDocs hook needs, in the order MkDocs asks for it: the
messages of loading (:meth:`Site.messages`), the pages and navigation, each page's metadata
(:meth:`Site.page_meta`) and HTML (:meth:`Site.finish_page`), and everything written after the
pages (:meth:`Site.finish`). ``iltod/engine/mkdocs_hooks.py`` only adapts it.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

from iltod import flags, urls
from iltod.diagnostics import Diagnostic, Report
from iltod.diagnostics.strict import stops_strict
from iltod.evidence.publish import Counters, Published
from iltod.history import assessed
from iltod.load import loader
from iltod.load.settle import settle
from iltod.release import snapshots as frozen
from iltod.release.manifest import Release, source_commit
from iltod.schema.docs import data_format_markdown
from iltod.site import (
    bidi,
    daily,
    dataparts,
    doclang,
    downloads,
    facets,
    freshness,
    late,
    latecache,
    release,
    search,
    searchpage,
    shippedtemplates,
    snapshots,
    stored,
    tables,
    templating,
    timeline,
    trendchart,
    twocolumns,
    updates,
)
from iltod.site import material as theme
from iltod.site.ahead import Ahead
from iltod.site.compact import compact
from iltod.site.config import BuildConfig
from iltod.site.feedcache import FeedCache
from iltod.site.gallery import Gallery
from iltod.site.i18n import Translator
from iltod.site.material import CACHED_TEMPLATE, CONTENT, navigation
from iltod.site.material.shell import SHELL_TEMPLATE, Shells
from iltod.site.office import OfficeJob
from iltod.site.options import SiteOptions
from iltod.site.pagecache import (
    PageCache,
    digest,
    engine_digest,
    page_keys,
    plan_digests,
    prune_temporary,
)
from iltod.site.pages import PageSpec, SitePlan, build
from iltod.site.render import Renderer
from iltod.site.rollup import compute
from iltod.site.years import Years

Level = Literal["error", "warning", "info"]


@dataclass
class BuildStats:
    """What :meth:`Site.finish` wrote."""

    data_files: int = 0
    feeds: int = 0
    evidence: Counters = field(default_factory=Counters)
    search: dict[str, Any] | None = None
    cache: str = ""
    shell: str = ""
    """Pages filled from the theme's page shell and rendered whole (iltod.site.material.shell)."""
    data_parts: str = ""
    """The open data's plans reused from the build cache and made (iltod.site.dataparts)."""
    documents: list[str] = field(default_factory=list)
    """What was removed from each published document (iltod.evidence.scrub), for the clerk."""
    templates: str = ""
    """Templates read compiled from the package and compiled (iltod.site.shippedtemplates)."""

    def lines(self) -> list[str]:
        """The build log's lines about it."""
        c = self.evidence
        out = [
            f"iltod: wrote {self.data_files} open data files",
            f"iltod: wrote {self.feeds} Atom feeds",
            (
                f"iltod: evidence: {c.images} images ({c.encoded} encoded, {c.cached} cached), "
                f"{c.copied} files"
            ),
        ]
        out += [f"iltod: evidence: {note}" for note in self.documents]
        if self.cache:
            out.append(f"iltod: page cache: {self.cache}")
        if self.shell:
            out.append(f"iltod: page shell: {self.shell}")
        if self.data_parts:
            out.append(f"iltod: open data cache: {self.data_parts}")
        if self.templates:
            out.append(f"iltod: templates: {self.templates}")
        if self.search is not None:
            s = self.search
            out.append(
                f"iltod: search index of {s['pages']} documents ({s['plans']} plans) "
                f"in {s['seconds']} s"
            )
        return out


def _level(d: Diagnostic) -> Level:
    if d.severity == "error":
        return "error"
    return "warning" if stops_strict(d) else "info"


class Site:
    """A loaded repository turned into pages."""

    def __init__(
        self,
        root: Path,
        language: str = "mn",
        options: SiteOptions | None = None,
        *,
        repo_url: str | None = None,
        site_url: str | None = None,
        selection: list[Path] | None = None,
        on: dt.date | None = None,
        docs_dir: Path | None = None,
        config: BuildConfig | None = None,
        engine: str = "",
    ) -> None:
        """``config``, the build's configuration (iltod.site.config), gives the language,
        options and day instead of the arguments; a selection of years or agencies it makes
        that holds no plan is an error (E404). ``engine``: the name and version of what runs
        the hooks (MkDocs, ProperDocs), part of every cached page's key."""
        if config is not None:
            language, options, on = config.language, config.options, config.today
        self.root, self.language = Path(root), language
        self.options = options or SiteOptions()
        # fixed costs kept between builds (compiled templates, Material's trimmed stylesheet)
        kept = self.root / ".cache" / "theme" if self.options.build_cache else None
        self.compiled = templating.keep_compiled(kept / "jinja" if kept else None)
        theme.keep_css(kept)
        self.site_url = site_url
        # what release.json and datapackage.json say of the build (iltod.release)
        self.release = Release(
            source_commit(self.root),
            repo_url,
            config.settings.source_date_epoch if config is not None else None,
            engine,
        )
        self.on = on or dt.date.today()
        self.t = Translator(language)
        # docs_dir: the hand-written pages MkDocs publishes, refused if they hold a symlink.
        regions = config.regions if config is not None else None
        sources = self.root / ".cache" / "sources" if self.options.build_cache else None
        self.repo = loader.load(self.root, selection, docs_dir, self.on, regions, sources)
        # One site per reporting year at national scale (iltod/site/years.py): figures and
        # lists of years come from the listed years' plans, everything else from the built ones.
        self.years = Years.of(self.options, self.t.language)
        listed, self.built = self.years.select(self.repo)
        if config is not None and selection == config.selection(self.root):
            self.repo.report.extend(config.empty_selection(self.repo, self.built))
        self.rollups = compute(listed, self.on)
        self.plan: SitePlan = build(self.built, self.t)
        self.renderer = Renderer(
            self.built,
            self.rollups,
            self.t,
            self.options,
            on=self.on,
            repo_url=repo_url,
            years=self.years,
            listed=listed,
        )
        # Evidence (iltod.evidence): images encoded into .cache/ now, galleries rendered as a
        # measure-page extra, outputs copied into the site by finish() after the build.
        base_url = self.options.evidence_base_url
        self.evidence = Gallery(
            self.built, self.t, workers=self.options.image_workers, base_url=base_url
        )
        self.renderer.extras.append(self.evidence.extra)
        # What is late and who is behind (iltod.site.late): lists, ranking, their links
        self.late = late.Answers(self.renderer)
        trendchart.install(self.renderer)
        late.add_pages(self.plan, self.renderer)
        if self.options.search:
            searchpage.install(self.plan, self.renderer)
        # a one-agency preview (ILTOD_ONLY) reads its agencies' history only
        partial = set(self.repo.agencies) if selection is not None else None
        versions = self.root / ".cache" / "history" if self.options.build_cache else None
        self.timeline = timeline.install(self.renderer, site_url, repo_url, partial, versions)
        # the reviewer's column beside the agency's (iltod/site/twocolumns.py)
        self.columns = twocolumns.install(
            self.renderer,
            listed,
            self.timeline.history,
            assessed.merged(self.root),
            self.options.report_deadline_days,
            flags.compute(listed),
            {str(k): v for k, v in self.options.reporting_deadlines.items()},
        )
        self.freshness = freshness.install(
            self.renderer,
            self.plan,
            listed,
            self.timeline.history,
            self.on,
            self.options.update_days,
        )
        # frozen snapshots at the reporting deadlines (iltod/site/snapshots.py); neither an
        # archived year nor a preview of some agencies (a selection) takes one
        partial_build = self.years.archive or selection is not None
        self.snapshots = snapshots.install(
            self.renderer, self.root, self.options, self.built, self.on, partial_build
        )
        if not self.years.archive:  # an archived year announces the main site's feeds
            updates.install(self.plan, self.renderer, self.timeline.site_url)
        settle(self.repo)  # the files' positions are no longer needed (iltod.load.settle)
        # the pages' content rendered in a forked worker (iltod/site/ahead.py), before the
        # office workers start a thread; the pages to render are listed by page_meta
        pages = 0 if self.failed else len(self.plan.pages)
        self.ahead = Ahead.fork(self.render_here, pages)
        self.unrendered: list[str] = []
        self.office: OfficeJob | None = None
        # what the build's configuration sets (iltod.site.config) is part of every page's key
        settings = (config.digest() if config is not None else None, engine)
        self.engine = engine_digest(self.root, settings) if self.options.build_cache else ""
        parts = self.root / ".cache" / "opendata" if self.options.build_cache else None
        self.parts = dataparts.Parts(parts, self.engine)
        if self.options.office_downloads and self.built.plans and not self.failed:
            folder = self.root / ".cache" / "office"
            cache = (folder, self.engine) if self.options.build_cache else None
            self.office = OfficeJob(
                self.built,
                self.options.office_workers,
                self._changed,
                cache,
                self._commit,
                self.columns.reviews,
            )
        self.notice = self.years.notice(self.t)
        """An archived year's notice, at the top of every page (iltod.site.years)."""
        self.banner = self.notice
        """HTML put at the top of every page's content: the archive's notice, and
        (iltod.site.preview) the problems a development server shows instead of failing."""
        self.shells = Shells(self.options.page_shell)
        """The theme's page shell, rendered once per group of pages (iltod.site.material.shell)."""
        self.cache: PageCache | None = None
        if self.options.build_cache and not self.failed:
            self.cache = self._page_cache(site_url, repo_url, selection)

    def _page_cache(
        self, site_url: str | None, repo_url: str | None, selection: list[Path] | None
    ) -> PageCache:
        """The pages of the previous build of the same kind, and the key of each page of this
        one (:mod:`iltod.site.pagecache`). Each language, each selection of plans (a
        one-agency preview) and each selection of years (an archived year) keeps its own
        folder, so one does not prune the other's pages."""
        chosen = sorted(p.resolve().as_posix() for p in selection or [])
        years = sorted(self.options.years or [])
        kind = self.language
        if chosen or years:
            kind = f"{self.language}-{digest(chosen, years)[:10]}"
        cache = PageCache(self.root / ".cache" / "pages" / kind)
        site = digest(
            self.engine,
            self.language,
            self.options.model_dump(mode="json"),
            self.plan.nav,
            # every page's title: neighbours show each other's in their previous/next links
            [(src, spec.title) for src, spec in self.pages.items()],
            site_url,
            repo_url,
            self.snapshots.dates,  # each measure page links the snapshots that hold it
        )
        pages = ((src, spec.kind, spec.key) for src, spec in self.pages.items())
        galleries = self.evidence.published.galleries
        history = self.timeline.history
        flagged = self.columns.flags
        plans = plan_digests(self.repo, history, galleries, flagged)
        cache.keys = page_keys(self.repo, pages, site, history, galleries, flagged, self.day, plans)
        # the lists of overdue measures, brought to the day when published (iltod.site.latecache)
        cache.keys |= latecache.keys(self.late, self.pages.values(), site, plans, self.on)
        return cache

    @property
    def day(self) -> dict[str, Any]:
        """What each cached page shows of the day: overdue flags (iltod.site.daily)."""
        pages = [(src, spec.kind, spec.key) for src, spec in self.pages.items()]
        return daily.overdue_states(self.repo, pages, self.on)

    def _today(self, src_uri: str, html: str) -> str:
        """A stored page as it reads on the build's day (iltod.site.daily)."""
        if self.options.data_as_of is None:
            html = daily.footer(html, self.t("data_as_of"), self.on)
        if latecache.is_list(self.pages.get(src_uri)):
            html = latecache.today(html, self.on)
        line = self.freshness.line(self.pages[src_uri])
        return html if line is None else daily.replace_paragraph(html, "il-freshness", line)

    def _changed(self, agency: str, year: int) -> dt.datetime | None:
        """When the plan's file last changed (its last commit), the date of its office files."""
        commit = self.timeline.history.plan_last_updated(agency, year)
        return commit.date if commit is not None else None

    def _commit(self, agency: str, year: int) -> str | None:
        """The commit that last changed the plan: the stamp of its XLSX (issue 24)."""
        commit = self.timeline.history.plan_last_updated(agency, year)
        return commit.sha if commit is not None else None

    @property
    def report(self) -> Report:
        return self.repo.report

    @property
    def failed(self) -> bool:
        """True when a plan or agency file has an error: the build must stop."""
        return bool(self.report.errors)

    @property
    def pages(self) -> dict[str, PageSpec]:
        return self.plan.pages

    @property
    def nav(self) -> list[Any]:
        return self.plan.nav

    def messages(self) -> list[tuple[Level, Diagnostic]]:
        """Every diagnostic of loading, evidence and history, with the level to log it at."""
        found = [
            *self.report.sorted(),
            *(self.repo.locate(d) for d in self.evidence.new_diagnostics),
            *self.timeline.history.warnings,  # a shallow clone (W202) would publish wrong dates
        ]
        return [(_level(d), d) for d in found]

    def stopping(self) -> list[Diagnostic]:
        """The warnings a strict build stops on (:mod:`iltod.diagnostics.strict`), counted by
        the engine itself: MkDocs' quiet mode drops warnings before its strict mode counts."""
        return [d for level, d in self.messages() if level == "warning"]

    def _small(self) -> bool:
        return len(self.pages) <= self.options.first_screen_pages

    def _first_screen(self, kind: str) -> str:
        """A kind of page's inline first-screen rules; none on a site too large to carry them
        (``first_screen_pages``): its pages link them instead (:meth:`_first_screen_link`)."""
        return theme.first_screen_css(kind) if self._small() else ""

    def _first_screen_link(self, kind: str) -> str:
        """On a site too large to inline them, the kind's first-screen rules as one shared
        stylesheet (theme.first_screen_files, published by :meth:`generated_docs`)."""
        return "" if self._small() else theme.first_screen_href(kind)

    def theme_globals(self) -> dict[str, Any]:
        """What the theme's templates (iltod/site/material/overrides/) use: ``iltod.t`` (the site's
        labels), ``iltod.language``, ``iltod.site`` (the publisher, licence and dates of
        every page's footer) and ``iltod.bundle`` (Material's script)."""
        return {
            "iltod": {
                "t": self.t,
                "language": self.language,
                "site": self.renderer.site_info(),
                "bundle": theme.material_bundle(),
                "first_screen": self._first_screen,
                "first_screen_link": self._first_screen_link,
                "first_screen_wide": theme.firstscreen.WIDE,
                "nav_children": navigation.children,
                "nav_index": navigation.index,
                "shell": self.shells.render,
            }
        }

    def theme_environment(self, env: Any) -> None:
        """The theme's Jinja environment keeps its compiled templates with iltod's
        (iltod.site.templating.keep_compiled)."""
        env.bytecode_cache = self.compiled

    def generated_docs(self) -> dict[str, str]:
        """Documentation pages generated from code (src_uri → Markdown)."""
        shared = {} if self._small() else theme.first_screen_files()
        return {"data-format.md": data_format_markdown(), **shared}

    def page_meta(self, src_uri: str) -> dict[str, Any]:
        """Metadata for the theme: feeds to announce, title, search weight and indexing."""
        spec = self.pages.get(src_uri)
        meta: dict[str, Any] = {"iltod_alternate": timeline.alternate(self.timeline, spec)}
        if spec is None:
            meta["iltod_search_weight"] = search.DOCUMENTATION_WEIGHT
            return meta
        meta["title"] = escape(bidi.plain(spec.title))
        meta["iltod_kind"] = spec.kind  # the first screen's rules (overrides/main.html)
        meta["hide"] = ["toc"]
        if self.cache is not None and not self.banner and self.cache.hit(src_uri):
            meta["template"] = CACHED_TEMPLATE
        else:
            self.unrendered.append(src_uri)
            if self.shells.enabled:
                meta["template"] = SHELL_TEMPLATE
        # Plans are searched as one document each (iltod/site/search.py), not page by page.
        noindex = (*search.BY_PLAN, *late.KINDS, updates.KIND, searchpage.KIND)
        meta["iltod_noindex"] = spec.kind in noindex
        return meta

    def page_content(self, src_uri: str, html: str) -> str:
        """A page's content between MkDocs' passes: the marker for generated pages; a
        guide's blocks written in the other language marked with it (doclang)."""
        if src_uri in self.pages:
            return CONTENT
        return tables.scrollable(doclang.mark(html, self.language), self.t("table_scroll", n="{n}"))

    def finish_page(self, src_uri: str, output: str, template: str | None = None) -> str:
        """The page's final HTML: the theme's compacted, a generated page's content put in;
        or, for a page whose ``template`` was :data:`CACHED_TEMPLATE`, the stored page."""
        cache = None if self.banner else self.cache
        if template == CACHED_TEMPLATE and cache is not None:
            stored = cache.read(src_uri)
            if stored is None:  # gone since on_page_markdown: nothing safe to publish
                raise RuntimeError(f"{src_uri}: the page cache lost this page; delete .cache/pages")
            return self._today(src_uri, stored)
        output = compact(output)
        if src_uri in self.pages:
            output = output.replace(CONTENT, self.render(src_uri), 1)
        if self.banner:
            output = theme.prepend_to_content(output, self.banner)
        elif cache is not None:
            cache.store(src_uri, output)
        return output

    def stored_pages(self, linked: set[str]) -> list[str]:
        """The pages published from the build cache as they are, outside the engine's page loop
        (iltod.site.stored); ``linked``: pages a guide links to by path, left to the engine."""
        cache = None if self.banner else self.cache
        return [] if cache is None else stored.choose(self.pages, cache.hit, linked)

    def write_stored(self, pages: dict[str, Path]) -> int:
        """Write the :meth:`stored_pages` (src_uri → file), as they read on the build's day."""
        return stored.write(pages, lambda src: self.finish_page(src, "", CACHED_TEMPLATE))

    def close(self) -> None:
        """Stop the work started for a build that will not finish (the office workers)."""
        if self.ahead is not None:
            self.ahead.close()
        if self.office is not None:
            self.office.close()
            self.office = None

    def render(self, src_uri: str) -> str:
        if self.ahead is not None:
            self.ahead.begin(self.unrendered)
            made = self.ahead.take(src_uri)
            if made is not None:
                return made
        return self.render_here(src_uri)

    def render_here(self, src_uri: str) -> str:
        return self.renderer.render(self.plan.pages[src_uri])

    def finish(self, site_dir: Path) -> BuildStats:
        """Write what follows the pages: open data and office files, feeds, evidence, and the
        search index (in its own thread and process while the rest is written)."""
        if self.ahead is not None:  # every page is written
            self.ahead.close()
        stats = BuildStats(shell=self.shells.summary())
        stats.templates = shippedtemplates.summary(self.compiled)
        with ThreadPoolExecutor(1, thread_name_prefix="pagefind") as pool:
            indexing = (
                pool.submit(
                    search.index,
                    site_dir,
                    search.documents(self.renderer),
                    facets.collect(self.renderer),
                )
                if self.options.search
                else None
            )
            written = self.write_data(site_dir)
            written += self.snapshots.write(
                self.data_folder(site_dir), written, self.release, self.on
            )
            stats.data_files = len(written)
            stats.data_parts = self.parts.summary() if self.parts.folder else ""
            stats.feeds = len(self.write_feeds(site_dir))
            published = self.write_evidence(site_dir)
            self.write_release(site_dir, written, published)
            stats.evidence, stats.documents = published.counters, published.notes()
            if indexing is not None:
                stats.search = indexing.result()
        for folder in ("images", "office"):  # a killed build's temporary files (pages: prune)
            prune_temporary(self.root / ".cache" / folder)
        if self.cache is not None and not self.banner:
            self.cache.prune()
            s = self.cache.stats
            stats.cache = f"{s.hits} pages reused, {s.misses} rendered, {s.removed} removed"
        return stats

    def write_feeds(self, site_dir: Path) -> list[Path]:
        """The Atom feeds (iltod.site.timeline), kept between builds (iltod.site.feedcache)."""
        folder = self.root / ".cache" / "feeds" if self.options.build_cache else None
        kept = FeedCache(folder, self.engine)
        written = timeline.write(self.timeline, site_dir, self.columns.reviews, kept)
        kept.prune()
        return written

    def write_evidence(self, site_dir: Path) -> Published:
        """Copy the evidence (WebP images, documents) into the built site, or into
        ``evidence_dir`` when it is published elsewhere (dev/deployment.md)."""
        folder = self.options.evidence_dir
        return self.evidence.write(self.root / folder if folder else site_dir)

    def data_folder(self, site_dir: Path) -> Path:
        """The open data folder: the site's ``data/``, or ``data_dir``."""
        o = self.options
        return self.root / o.data_dir if o.data_dir else site_dir / urls.DATA

    def write_release(self, site_dir: Path, written: list[Path], published: Published) -> Path:
        """Write ``release.json`` (iltod.release.manifest) beside the open data ``written``."""
        folder = self.options.evidence_dir
        evidence = self.root / folder if folder else site_dir
        return release.write(
            self.data_folder(site_dir),
            evidence,
            written,
            published,
            self.options,
            site_url=self.site_url,
            release=self.release,
            snapshots=frozen.listing(self.snapshots.store),
        )

    def write_data(self, site_dir: Path) -> list[Path]:
        """Write the open data files into the built site's ``data/``, or into ``data_dir``
        when it is published elsewhere (dev/deployment.md); returns what was written."""
        o = self.options
        licence = {"name": o.data_licence, "url": o.data_licence_url}
        publisher = o.publisher.mn if o.publisher else None
        folder = self.data_folder(site_dir)
        r = self.release
        site = self.site_url.rstrip("/") + "/" if self.site_url else None
        data_url = o.data_base_url or (site + urls.DATA if site else None)
        office = self.office is not None
        source = downloads.Source(
            None, r.repository, r.commit, data_url, site, office, tuple(self.snapshots.dates)
        )
        written = downloads.write(
            self.built,
            folder,
            self.on,
            licence,
            publisher,
            source,
            self.columns.reviews,
            self.columns.flags,
            self.parts,
        )
        self.parts.prune()
        if self.office is not None:
            written += self.office.write(folder)
            self.office = None
        return written
