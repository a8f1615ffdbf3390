"""MkDocs hooks: the thin adapter between MkDocs and the iltod package.

This is the only module that imports mkdocs. It loads the plans (reporting every diagnostic in
the same format as ``iltod validate``), adds one in-memory page per region, agency, plan,
objective and measure, renders them with iltod, and writes the open data after the build.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from iltod import search, timeline
from iltod import site as iltod_site
from iltod.site import theme
from iltod.site.compact import compact

log = logging.getLogger("mkdocs.plugins.iltod")
# Generated pages carry this marker as their content until on_post_page, which puts the rendered
# page in: MkDocs then holds no rendered page in memory between its two passes over all pages,
# and the theme's HTML is compacted without touching agency text.
# The marker names "<h1" because Material adds the page title as a second <h1> to any content
# that has none; every generated page brings its own.
CONTENT = "<!--iltod:content, with its own <h1>-->"
_site: iltod_site.Site | None = None
_timeline: timeline.Timeline | None = None
# History warnings that fail a strict build: a shallow clone would publish wrong dates. A past
# unreadable version (W203) or no git at all (W201, e.g. a preview copy) is only reported.
_HISTORY_WARNINGS = {"W202"}


def _current() -> iltod_site.Site:
    assert _site is not None, "on_config has not run"
    return _site


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    root = Path(config.config_file_path).parent
    options = theme.options(dict(config.extra.get("iltod") or {}), config.repo_url, root)
    _site = iltod_site.Site(root, config.theme["language"], options)
    for d in _site.report.sorted():
        (log.error if d.severity == "error" else log.warning)(d.format())
    for d in _site.evidence.new_diagnostics:  # found while preparing images (iltod.evidence)
        (log.error if d.severity == "error" else log.warning)(d.format())
    if _site.report.errors:
        raise PluginError(_site.report.summary())
    global _timeline
    _timeline = timeline.install(_site, config.site_url, config.repo_url)
    for d in _timeline.history.warnings:
        (log.warning if d.code in _HISTORY_WARNINGS else log.info)(d.format())
    config.theme.dirs.insert(0, str(theme.TEMPLATES))
    config.nav = _site.plan.nav + list(config.nav or [])
    config.extra_css = [*theme.CSS, *config.extra_css]
    return config


def on_env(env, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
    env.tests.update(theme.JINJA_TESTS)
    return env


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = _current()
    for f in list(files):
        if f.is_documentation_page():
            f.edit_uri = f"{Path(config.docs_dir).name}/{f.src_uri}"
    for src_uri, spec in site.pages.items():
        f = File.generated(config, src_uri, content="")
        f.edit_uri = spec.edit_path
        files.append(f)
    for src_uri, asset in theme.assets().items():
        files.append(File.generated(config, src_uri, content=asset))
    for src_uri, markdown in site.generated_docs().items():
        files.append(File.generated(config, src_uri, content=markdown))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    spec = _current().pages.get(page.file.src_uri)
    if _timeline is not None:
        page.meta["iltod_alternate"] = timeline.alternate(_timeline, spec)
    if spec is None:
        page.meta["iltod_search_weight"] = search.DOCUMENTATION_WEIGHT
        return markdown
    page.meta["title"] = escape(spec.title)
    page.meta["hide"] = ["toc"]
    # Plans are searched as one document each (iltod/search.py), not page by page.
    page.meta["iltod_noindex"] = spec.kind in search.BY_PLAN
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return CONTENT if page.file.src_uri in _current().pages else html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    site = _current()
    output = compact(output)
    if page.file.src_uri in site.pages:
        output = output.replace(CONTENT, site.render(page.file.src_uri), 1)
    return output


def on_post_build(config: MkDocsConfig) -> None:
    site, site_dir = _current(), Path(config.site_dir)
    # Pagefind indexes the HTML pages, all written by now, and one document per plan in its own
    # process while the non-HTML outputs (open data, office files still being made, feeds,
    # evidence) are written.
    with ThreadPoolExecutor(1, thread_name_prefix="pagefind") as pool:
        indexing = (
            pool.submit(lambda: search.index(site_dir, search.documents(site)))
            if site.options.get("search", True)
            else None
        )
        written = site.write_data(site_dir)
        log.info(f"iltod: wrote {len(written)} open data files")
        if _timeline is not None:
            feeds = timeline.write(_timeline, site_dir)
            log.info(f"iltod: wrote {len(feeds)} Atom feeds")
        evidence = site.write_evidence(site_dir)
        c = evidence.counters
        log.info(
            f"iltod: evidence: {c.images} images ({c.encoded} encoded, {c.cached} cached), {c.copied} files"
        )
        if indexing is not None:
            stats = indexing.result()
            log.info(
                f"iltod: search index of {stats['pages']} documents ({stats['plans']} plans) "
                f"in {stats['seconds']} s"
            )


def on_serve(server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
    root = Path(config.config_file_path).parent
    for folder in ("plans", "attachments"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
