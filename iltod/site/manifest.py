"""The page manifest: the pages the plans require, checked against what the engine wrote.

An engine that ignores iltod's hooks still builds the hand-written guides and reports success
(Zensical, measured: the sample's 8 guides and none of its plan pages). So the list of pages
comes from the model, not from the engine, and ``iltod build`` fails, naming the first pages
missing (E405), when the engine wrote fewer.
"""

from __future__ import annotations

from pathlib import Path

from iltod.diagnostics import Diagnostic, diag
from iltod.load import loader
from iltod.site import guides as engine_guides
from iltod.site.config import BuildConfig
from iltod.site.i18n import Translator
from iltod.site.pages import build
from iltod.site.years import Years

GENERATED_GUIDES = ("data-format.md",)
"""Guides the hook writes (iltod.site.Site.generated_docs)."""


def output_path(src_uri: str) -> str:
    """Where MkDocs writes a page (``use_directory_urls``): ``a/b.md`` → ``a/b/index.html``."""
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def required(root: Path, config: BuildConfig, docs_dir: Path) -> list[str]:
    """Every page the build must write: each page of the selected plans (iltod.site.pages)
    and each guide."""
    repo = loader.load(root, config.selection(root), docs_dir, regions=config.regions)
    _, built = Years.of(config.options, config.language).select(repo)
    pages = build(built, Translator(config.language)).pages
    guides = [p.relative_to(docs_dir).as_posix() for p in sorted(docs_dir.rglob("*.md"))]
    guides += engine_guides.files()  # the package's, unless docs_dir has its own
    return sorted({output_path(src) for src in [*pages, *guides, *GENERATED_GUIDES]})


def check(site_dir: Path, pages: list[str], config_file: str) -> list[Diagnostic]:
    """E405 when a page of ``pages`` is not in ``site_dir``."""
    missing = [p for p in pages if not (site_dir / p).is_file()]
    if not missing:
        return []
    return [
        diag(config_file, 1, 1, "E405", "hooks", total=len(pages), count=len(missing),
             first=missing[0])
    ]  # fmt: skip
