"""The public site: pages, navigation, rendering and open data, independent of MkDocs.

:class:`Site` is everything the MkDocs hook needs; ``hooks/iltod_hooks.py`` only adapts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iltod import loader, progress
from iltod.diagnostics import Report
from iltod.docsgen import data_format_markdown
from iltod.evidence.gallery import Gallery
from iltod.evidence.publish import Published
from iltod.site import opendata
from iltod.site.i18n import Translator
from iltod.site.office import OfficeJob
from iltod.site.pages import PageSpec, SitePlan, build
from iltod.site.render import Renderer
from iltod.site.rollup import compute


@dataclass
class Site:
    """A loaded repository turned into pages."""

    root: Path
    language: str = "mn"
    options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.t = Translator(self.language)
        self.repo = loader.load(self.root, self.options.get("selection"))
        self.rollups = compute(self.repo)
        self.plan: SitePlan = build(self.repo, self.t)
        self.renderer = Renderer(self.repo, self.rollups, self.t, self.options)
        # Evidence (iltod.evidence): images encoded into .cache/ now, galleries rendered as a
        # measure-page extra, outputs copied into the site by write_evidence after the build.
        self.evidence = Gallery(self.repo, self.t, workers=int(self.options.get("image_workers", 2)),
                                base_url=self.options.get("evidence_base_url"))  # fmt: skip
        self.renderer.extras.append(self.evidence.extra)
        self.office: OfficeJob | None = None
        if self.options.get("office_downloads", True) and self.repo.plans:
            self.office = OfficeJob(self.repo, int(self.options.get("office_workers", 1)))

    @property
    def report(self) -> Report:
        return self.repo.report

    @property
    def pages(self) -> dict[str, PageSpec]:
        return self.plan.pages

    def render(self, src_uri: str) -> str:
        return self.renderer.render(self.plan.pages[src_uri])

    def generated_docs(self) -> dict[str, str]:
        """Documentation pages generated from code (src_uri → Markdown)."""
        return {"data-format.md": data_format_markdown()}

    def write_evidence(self, site_dir: Path) -> Published:
        """Copy the evidence (WebP images, documents) into the built site, or into
        ``evidence_dir`` when it is published elsewhere (docs/deployment.md)."""
        folder = self.options.get("evidence_dir")
        return self.evidence.write(self.root / folder if folder else site_dir)

    def write_data(self, site_dir: Path) -> list[Path]:
        """Write the open data files into the built site; returns what was written."""
        written = opendata.write(self.repo, site_dir, progress.today())
        if self.office is not None:
            written += self.office.write(site_dir)
            self.office = None
        return written
