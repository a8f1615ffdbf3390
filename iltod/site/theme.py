"""Theme pieces the hook installs: Material template overrides, the stylesheet and scripts,
and the Jinja test the navigation override uses."""

from __future__ import annotations

import functools
import json
import re
from importlib import metadata, resources
from importlib.metadata import PackagePath
from pathlib import Path
from typing import Any

from iltod.site import materialcss
from iltod.site.i18n import LANGUAGES, SEARCH

OVERRIDES = Path(str(resources.files("iltod.site") / "overrides"))
ASSETS = resources.files("iltod.site") / "assets"
CSS = ["assets/iltod/iltod.css"]
MATERIAL_CSS = "assets/iltod/material.css"
"""Material's stylesheet as this site links it (overrides/main.html): :func:`material_css`."""


def assets() -> dict[str, bytes]:
    """Static files served under ``assets/iltod/`` (src_uri → content)."""
    files = {
        f"assets/iltod/{item.name}": item.read_bytes()
        for item in ASSETS.iterdir()
        if item.is_file() and not item.name.startswith(".")
    }
    files["assets/iltod/strings.js"] = search_strings().encode("utf-8")
    files[MATERIAL_CSS] = material_css().encode("utf-8")
    return files


def _material_file(pattern: str) -> PackagePath:
    """The one file of the installed mkdocs-material matching ``pattern`` (read as a file:
    iltod does not import the theme)."""
    files = [f for f in metadata.files("mkdocs-material") or [] if f.match(pattern)]
    if len(files) != 1:
        raise RuntimeError(f"expected one {pattern} in mkdocs-material, found {files}")
    return files[0]


@functools.cache
def material_css() -> str:
    """Material's main stylesheet without the rules of components this site never draws
    (:mod:`iltod.site.materialcss`): 23 KB gzip become about 10, before every first paint."""
    main = _material_file("material/templates/assets/stylesheets/main.*.min.css")
    version = metadata.version("mkdocs-material")
    return (
        f"/* Material for MkDocs {version} (MIT licence, (c) Martin Donath), {main.name} "
        "without the components this site never draws: iltod/site/materialcss.py */\n"
        + materialcss.slim(main.read_text(encoding="utf-8"), theme_properties())
    )


def theme_properties() -> set[str]:
    """Material's custom properties (``--md-…``) that iltod's own stylesheets, scripts and
    templates use: they stay in Material's stylesheet even where no rule of it reads them."""
    names: set[str] = set()
    for folder in ("assets", "overrides", "templates"):
        for path in Path(str(resources.files("iltod.site") / folder)).rglob("*"):
            if path.suffix in (".css", ".html", ".js"):
                names |= set(_PROPERTY.findall(path.read_text(encoding="utf-8")))
    for path in Path(str(resources.files("iltod.site"))).glob("*.py"):
        names |= set(_PROPERTY.findall(path.read_text(encoding="utf-8")))
    return names


_PROPERTY = re.compile(r"--md-[\w-]+")


@functools.cache
def material_bundle() -> str:
    """Material's script bundle, as its ``base.html`` names it (the name holds a hash that
    changes with each version of Material), relative to the site's root."""
    bundle = _material_file("material/templates/assets/javascripts/bundle.*.min.js")
    return f"assets/javascripts/{bundle.name}"


def search_strings() -> str:
    """The search box's strings in every language, as the module search.js imports: one
    small file cached by the browser, not bytes on every page."""
    table = {lang: {k: v[i] for k, v in SEARCH.items()} for i, lang in enumerate(LANGUAGES)}
    return "export default " + json.dumps(table, ensure_ascii=False, sort_keys=True) + ";\n"


def is_region_section(item: Any) -> bool:
    """Jinja test for the navigation: a section whose first page is a region page."""
    children = getattr(item, "children", None) or []
    first = children[0] if children else None
    return bool(
        getattr(item, "is_section", False)
        and getattr(first, "is_page", False)
        and str(getattr(first, "url", "")).startswith("regions/")
    )


def mongolian(text: Any) -> bool:
    """Jinja test: the text has Cyrillic letters. On the English site, navigation and header
    titles that do are agency text, marked ``lang="mn"`` (the site's own English labels have
    none)."""
    return any("\u0400" <= ch <= "\u04ff" for ch in str(text or ""))


JINJA_TESTS = {"is_region_section": is_region_section, "mongolian": mongolian}
