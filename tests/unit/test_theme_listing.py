"""MkDocs lists every file of the theme's folders before the pages to copy the static ones,
and drops whatever lies under a folder whose name starts with a dot. Material keeps ~14,300
icons under ``.icons``: the listing (iltod/engine/themelisting.py) no longer walks into such
folders, and the files MkDocs publishes from the theme are the same."""

from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from iltod.engine import themelisting
from iltod.site import material as theme


def _config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "SYNTHETIC", "theme": {"name": "material", "language": "mn"}})
    errors, _ = config.validate()
    assert errors == []
    config.theme.dirs.insert(0, str(theme.OVERRIDES))  # as the hook does
    return config


def _published(config: MkDocsConfig, get_env) -> list[str]:  # type: ignore[no-untyped-def]
    files = Files([])
    files.add_files_from_theme(get_env(), config)
    return sorted(f.src_uri for f in files)


def test_the_theme_files_published_are_the_same(tmp_path: Path) -> None:
    config = _config(tmp_path)
    stock = _published(config, config.theme.get_env)
    ours = _published(config, themelisting.pruned(config.theme.get_env))
    assert ours == stock
    assert any(uri.startswith("assets/javascripts/bundle.") for uri in stock)


def test_the_listing_does_not_enter_dot_folders_and_templates_still_load(tmp_path: Path) -> None:
    config = _config(tmp_path)
    stock = config.theme.get_env()
    env = themelisting.pruned(config.theme.get_env)()
    assert isinstance(stock.loader, FileSystemLoader)
    assert isinstance(env.loader, themelisting.ThemeLoader)
    every = stock.list_templates()
    listed = env.list_templates()
    icons = [name for name in every if name.startswith(".icons/")]
    assert len(icons) > 1000
    assert not any(name.startswith(".") or "/." in name for name in listed)
    assert set(listed) == {n for n in every if not (n.startswith(".") or "/." in n)}
    assert env.get_template(".icons/material/menu.svg").render().startswith("<svg")
