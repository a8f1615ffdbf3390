"""MkDocs hooks: the thin adapter between MkDocs and the iltod package.

This is the only module that imports mkdocs. Everything it does is ask :class:`iltod.site.Site`
and hand the answer to MkDocs; the day MkDocs is replaced, only this file changes.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from iltod.site import Site, options, theme

log = logging.getLogger("mkdocs.plugins.iltod")
_site: Site | None = None


def _current() -> Site:
    assert _site is not None, "on_config has not run"
    return _site


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    root = Path(config.config_file_path).parent
    try:
        opts = options.parse(config.extra.get("iltod"), Path(config.config_file_path))
    except options.OptionsError as e:
        raise PluginError(str(e)) from None
    _site = Site(
        root,
        config.theme["language"],
        opts,
        repo_url=config.repo_url,
        site_url=config.site_url,
        selection=options.selection_from_env(root),
        docs_dir=Path(config.docs_dir),
    )
    for level, d in _site.messages():
        getattr(log, level)(d.format())
    if _site.failed:
        raise PluginError(_site.report.summary())
    config.theme.dirs.insert(0, str(theme.OVERRIDES))
    config.nav = _site.nav + list(config.nav or [])
    config.extra_css = [*theme.CSS, *config.extra_css]
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
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
    return _current().finish_page(page.file.src_uri, output)


def on_post_build(config: MkDocsConfig) -> None:
    for line in _current().finish(Path(config.site_dir)).lines():
        log.info(line)


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    root = Path(config.config_file_path).parent
    for folder in ("plans", "attachments"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
