"""Theme pieces the hook installs: Material template overrides, the stylesheet and scripts,
and the Jinja test the navigation override uses."""

from __future__ import annotations

import functools
import json
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from iltod.site.i18n import LANGUAGES, SEARCH

OVERRIDES = Path(str(resources.files("iltod.site") / "overrides"))
ASSETS = resources.files("iltod.site") / "assets"
CSS = ["assets/iltod/iltod.css"]


def assets() -> dict[str, bytes]:
    """Static files served under ``assets/iltod/`` (src_uri → content)."""
    files = {
        f"assets/iltod/{item.name}": item.read_bytes()
        for item in ASSETS.iterdir()
        if item.is_file() and not item.name.startswith(".")
    }
    files["assets/iltod/strings.js"] = search_strings().encode("utf-8")
    return files


@functools.cache
def material_bundle() -> str:
    """Material's script bundle, as its ``base.html`` names it (the name holds a hash that
    changes with each version of Material), relative to the site's root."""
    files = metadata.files("mkdocs-material") or []
    pattern = "material/templates/assets/javascripts/bundle.*.min.js"
    names = [f.name for f in files if f.match(pattern)]
    if len(names) != 1:
        raise RuntimeError(f"expected one script bundle in mkdocs-material, found {names}")
    return f"assets/javascripts/{names[0]}"


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
