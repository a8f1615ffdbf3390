"""MkDocs hooks: the thin adapter between MkDocs and iltod, the only module that imports mkdocs.
It asks :class:`iltod.site.Site` and hands the answer to MkDocs; replacing MkDocs changes only
this file."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from iltod.site import Site, options, preview, theme

log = logging.getLogger("mkdocs.plugins.iltod")
_site: Site | None = None


def _current() -> Site:
    assert _site is not None, "on_config has not run"
    return _site


def on_startup(command: str, dirty: bool) -> None:
    preview.start(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    root = Path(config.config_file_path).parent
    try:
        extra = options.with_env(config.extra.get("iltod"))  # ILTOD_YEARS: one year's site
        opts = options.parse(extra, Path(config.config_file_path))
    except options.OptionsError as e:
        raise PluginError(str(e)) from None
    make = partial(
        Site,
        root,
        config.theme["language"],
        opts,
        repo_url=config.repo_url,
        site_url=config.site_url,
        docs_dir=Path(config.docs_dir),
    )
    site = make(selection=options.selection_from_env(root))
    _site, messages = preview.choose(site, make, strict=config.strict)
    for level, d in messages:
        getattr(log, level)(d.format())
    if _site is None:
        site.close()
        raise PluginError(preview.stopped(site))
    preview.watch_new(root)
    config.strict = config.strict and not preview.STATE.serving  # problems show on the pages
    config.theme.dirs.insert(0, str(theme.OVERRIDES))
    config.nav = _site.nav + list(config.nav or [])
    config.extra_css = [*theme.CSS, *config.extra_css]
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.tests.update(theme.JINJA_TESTS)
    env.globals.update(_current().theme_globals())
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
    generated: dict[str, str | bytes] = {**theme.assets(), **site.generated_docs()}
    for src_uri, content in generated.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    page.meta.update(_current().page_meta(page.file.src_uri))
    return "" if page.file.src_uri in _current().pages else markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _current().page_content(page.file.src_uri, html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _current().finish_page(page.file.src_uri, output, page.meta.get("template"))


def on_post_build(config: MkDocsConfig) -> None:
    for line in _current().finish(Path(config.site_dir)).lines():
        log.info(line)


def on_build_error(error: Exception) -> None:
    if _site is not None:
        _site.close()


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    return preview.watch(server, Path(config.config_file_path).parent)
