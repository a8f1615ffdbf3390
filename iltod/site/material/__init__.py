"""Everything that knows Material for MkDocs, in one place (dev/engine.md): the template
overrides (``overrides/``), Material's stylesheet without the components the site never draws
(:mod:`.css`), its script bundle's name, where a page's content starts in Material's HTML, and
the Jinja tests the navigation override uses. The rest of :mod:`iltod.site` writes HTML
fragments and data; replacing the theme means replacing this package."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from iltod.site.i18n import LANGUAGES, SEARCH
from iltod.site.material import css as materialcss
from iltod.site.material import firstscreen

OVERRIDES = Path(str(resources.files("iltod.site.material") / "overrides"))
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


def _material_file(pattern: str) -> Path:
    """The one file of the installed mkdocs-material matching ``pattern`` (read as a file:
    iltod does not import the theme). Found in the installed folder, not in the distribution's
    list of files: reading that list (thousands of entries) cost about a second per build."""
    root = Path(str(metadata.distribution("mkdocs-material").locate_file("")))
    files = sorted(root.glob(pattern))
    if len(files) != 1:
        raise RuntimeError(f"expected one {pattern} in mkdocs-material, found {files}")
    return files[0]


_kept: Path | None = None


def keep_css(folder: Path | None) -> None:
    """Keep the trimmed stylesheet in ``folder`` between builds (None: make it every build)."""
    global _kept
    _kept = folder


@functools.cache
def material_css() -> str:
    """Material's main stylesheet without the rules of components this site never draws
    (:mod:`iltod.site.material.css`): 23 KB gzip become about 10, before every first paint.
    Kept (:func:`keep_css`) under a hash of all it is made of: trimming is a fixed cost of every
    build, about half a second."""
    main = _material_file("material/templates/assets/stylesheets/main.*.min.css")
    version = metadata.version("mkdocs-material")
    properties = theme_properties()
    source = main.read_text(encoding="utf-8")
    key = hashlib.sha256(
        "\n".join(
            [version, main.name, source, Path(materialcss.__file__).read_text("utf-8")]
        ).encode()
        + json.dumps(sorted(properties)).encode()
    ).hexdigest()[:32]
    kept = _kept / f"material-{key}.css" if _kept is not None else None
    if kept is not None and kept.is_file():
        return kept.read_text(encoding="utf-8")
    css = (
        f"/* Material for MkDocs {version} (MIT licence, (c) Martin Donath), {main.name} "
        "without the components this site never draws: iltod/site/material/css.py */\n"
        + materialcss.slim(source, properties)
    )
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        tmp = kept.with_name(f".{kept.name}.{os.getpid()}.tmp")
        tmp.write_text(css, encoding="utf-8")
        tmp.replace(kept)
        for old in kept.parent.glob("material-*.css"):  # another Material's or iltod's
            if old != kept:
                old.unlink(missing_ok=True)
    return css


def site_stylesheets() -> list[str]:
    """The site's two stylesheets, Material's trimmed one and iltod's, in the order every page
    links them (overrides/main.html)."""
    own = [(ASSETS / Path(path).name).read_text(encoding="utf-8") for path in CSS]
    return [material_css(), *own]


@functools.cache
def first_screen_css(kind: str) -> str:
    """The rules a page of ``kind`` needs for its first paint, put in its head
    (:mod:`.firstscreen`; overrides/main.html); empty for a kind without a profile."""
    return firstscreen.first_screen(kind, site_stylesheets(), theme_properties())


FIRST_SCREEN_DIR = "assets/iltod/first-screen"
"""Where a site too large to inline the first-screen rules (``first_screen_pages``) publishes
them, one small stylesheet per kind of page (:func:`first_screen_files`)."""


def first_screen_href(kind: str) -> str:
    """The shared stylesheet of ``kind``'s first-screen rules, relative to the site's root; empty
    for a kind without a profile."""
    return f"{FIRST_SCREEN_DIR}/{kind}.css" if first_screen_css(kind) else ""


def first_screen_files() -> dict[str, str]:
    """Every kind's first-screen rules as a stylesheet of its own (src_uri → CSS): a large
    site's pages link their kind's one, render-blocking (2.4-3.5 KB gzip, cached from one page
    to the next), and fetch the two whole stylesheets without blocking, as a small site's do."""
    return {first_screen_href(kind): first_screen_css(kind) for kind in firstscreen.kinds()}


def theme_properties() -> set[str]:
    """Material's custom properties (``--md-…``) that iltod's own stylesheets, scripts and
    templates use: they stay in Material's stylesheet even where no rule of it reads them.
    The package's files are read once per process, not once per kind of page."""
    return set(_theme_properties())


@functools.cache
def _theme_properties() -> frozenset[str]:
    names: set[str] = set()
    site = Path(str(resources.files("iltod.site")))
    for folder in (site / "assets", OVERRIDES, site / "templates"):
        for path in folder.rglob("*"):
            if path.suffix in (".css", ".html", ".js"):
                names |= set(_PROPERTY.findall(path.read_text(encoding="utf-8")))
    for path in [*site.glob("*.py"), *Path(__file__).parent.glob("*.py")]:
        names |= set(_PROPERTY.findall(path.read_text(encoding="utf-8")))
    return frozenset(names)


_PROPERTY = re.compile(r"--md-[\w-]+")

CONTENT = "<!--iltod:content, with its own <h1>-->"
"""What a generated page holds between MkDocs' passes: its HTML is put in by
:meth:`iltod.site.Site.finish_page`, after the theme's HTML is compacted, so MkDocs keeps no
rendered page in memory and agency text is never compacted. It names "<h1" because Material
adds the page title as a second <h1> to any content that has none; every generated page brings
its own."""

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"[^>]*>')
"""Where a page's content starts in the theme's HTML (Material)."""

CACHED_TEMPLATE = "iltod-cached.html"
"""The theme template of a page taken from the page cache (``overrides/``): it renders nothing
(the stored page is put in by :meth:`iltod.site.Site.finish_page`), so the theme's half of the
page costs nothing."""


def prepend_to_content(page: str, html: str) -> str:
    """``html`` at the top of the page's content (a notice on every page)."""
    return _ARTICLE.sub(lambda m: m.group(0) + html, page, count=1)


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
