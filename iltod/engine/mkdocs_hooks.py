"""MkDocs hooks: the thin adapter between MkDocs and iltod, the only module that imports mkdocs.
It asks :class:`iltod.site.Site` and hands the answer to MkDocs; replacing MkDocs changes only
this file. A deployment's ``hooks/iltod_hooks.py`` imports its events (iltod/engine/__init__.py).
The engine's guides come from the package; a deployment without pages of its own sets
``docs_dir: plans`` (MkDocs needs a folder that exists): no raw file of it is published."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

import mkdocs
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from iltod.engine import themelisting
from iltod.engine.storedpages import StoredPages
from iltod.site import Site, guides, preview
from iltod.site import material as theme
from iltod.site.config import ConfigError, read

log = logging.getLogger("mkdocs.plugins.iltod")
ENGINE = f"{mkdocs.__name__} {mkdocs.__version__}"  # ProperDocs runs the hooks as "mkdocs" too
_site: Site | None = None
_stored = StoredPages()  # the pages written from the build cache, not by MkDocs


def _current() -> Site:
    assert _site is not None, "on_config has not run"
    return _site


def on_startup(command: str, dirty: bool) -> None:
    preview.start(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    file = Path(config.config_file_path)
    try:  # the one reader of the build's configuration: extra.iltod and ILTOD_*
        build = read(config.extra.get("iltod"), config.theme["language"], file)
    except ConfigError as e:
        raise PluginError(str(e)) from None
    config.site_url = build.site_url or config.site_url
    config.extra["alternate"] = build.alternate(config.extra.get("alternate") or [])
    named: dict[str, Any] = {"repo_url": config.repo_url, "site_url": config.site_url}
    named.update(docs_dir=_own_docs(config), engine=ENGINE)
    make = partial(Site, file.parent, config=build, **named)
    site = make(selection=build.selection(file.parent))
    _site, messages = preview.choose(site, make, strict=config.strict)
    for level, d in messages:
        getattr(log, level)(d.format())
    if _site is None:
        site.close()
        raise PluginError(preview.stopped(site))
    preview.watch_new(file.parent)
    config.strict = config.strict and not preview.STATE.serving  # problems show on the pages
    config.theme.dirs.insert(0, str(theme.OVERRIDES))
    # the theme's files listed without entering .icons (iltod/engine/themelisting.py)
    setattr(config.theme, "get_env", themelisting.pruned(config.theme.get_env))  # noqa: B010
    config.watch.append(str(guides.FOLDER))  # `mkdocs serve` reloads on an edited guide
    config.nav = _site.nav + list(config.nav or [{guides.SECTION: list(guides.NAV)}])
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.tests.update(theme.JINJA_TESTS)
    env.globals.update(_current().theme_globals())
    _current().theme_environment(env)
    return env


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site, own = _current(), _own_docs(config)
    for f in list(files):
        if own is None:
            files.remove(f)  # docs_dir is plans/: published as pages and open data, not raw
        elif f.is_documentation_page():
            f.edit_uri = f"{own.name}/{f.src_uri}"
    for src_uri, path in guides.published(own).items():
        files.append(File.generated(config, src_uri, abs_src_path=str(path)))
    for src_uri, spec in site.pages.items():
        f = File.generated(config, src_uri, content="")
        f.edit_uri = spec.edit_path
        files.append(f)
    generated: dict[str, str | bytes] = {**theme.assets(), **site.generated_docs()}
    for src_uri, content in generated.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _stored.take_out(_current(), files, _own_docs(config))  # iltod/engine/storedpages.py
    return nav


def on_template_context(
    context: TemplateContext, template_name: str, config: MkDocsConfig
) -> TemplateContext:
    context["pages"] = _stored.pages  # the sitemap lists the stored pages too
    return context


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    page.meta.update(_current().page_meta(page.file.src_uri))
    return "" if page.file.src_uri in _current().pages else markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _current().page_content(page.file.src_uri, html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _current().finish_page(page.file.src_uri, output, page.meta.get("template"))


def on_post_build(config: MkDocsConfig) -> None:
    _stored.write(_current())
    for line in _current().finish(Path(config.site_dir)).lines():
        log.info(line)


def on_build_error(error: Exception) -> None:
    if _site is not None:
        _site.close()


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    return preview.watch(server, Path(config.config_file_path).parent, config.site_url)


def _own_docs(config: MkDocsConfig) -> Path | None:
    """The deployment's own pages: ``docs_dir``, or None when it is the plans' folder."""
    docs = Path(config.docs_dir)
    plans = Path(config.config_file_path).parent / "plans"
    return None if docs.resolve() == plans.resolve() else docs


__all__ = [name for name in list(globals()) if name.startswith("on_")]  # the events MkDocs runs
