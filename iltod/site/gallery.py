"""The evidence gallery on measure pages: what the site calls, and all it needs to know.

:class:`Gallery` encodes (or finds in the cache) every image when the site is loaded, renders
a measure's gallery as a page extra (``Renderer.extras``), and copies the outputs into the
built site afterwards. Links in the gallery are made relative to the page, like every other
link of the site, so it works under any base URL and from ``file://``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from iltod.evidence.publish import Published, prepare
from iltod.evidence.settings import DEFAULT, Settings
from iltod.load.attachments import entries
from iltod.load.loader import Repository
from iltod.site.templating import environment

Translate = Callable[..., str]


class Gallery:
    """Evidence for one site build."""

    def __init__(
        self,
        repo: Repository,
        t: Translate,
        *,
        workers: int = 2,
        settings: Settings = DEFAULT,
        base_url: str | None = None,
    ) -> None:
        self.t = t
        # Evidence published outside the site (dev/deployment.md): absolute links under this URL.
        self.base_url = base_url.rstrip("/") + "/" if base_url else None
        self.published: Published = prepare(
            entries(repo), repo.root / ".cache" / "images", settings=settings, workers=workers
        )
        known = set(repo.report.diagnostics)  # the loader already printed those
        self.new_diagnostics = [d for d in self.published.report.sorted() if d not in known]
        self.env = environment()

    def extra(self, spec: Any, ctx: dict[str, Any]) -> None:
        """A ``Renderer`` extra: sets ``gallery`` on measure pages that have evidence."""
        if spec.kind != "measure":
            return
        agency, year, _, number = spec.key
        items = self.published.gallery(agency, year, number)
        if items:
            ctx["gallery"] = self.render(items, self.base_url or ctx["link"](""))

    def render(self, items: list[dict[str, Any]], base: str) -> Markup:
        """The gallery HTML with links relative to a page whose way to the root is ``base``."""
        base = "" if base in ("", "./") else base
        template = self.env.get_template("partials/gallery.html")
        return Markup(
            template.render(items=[_relative(i, base) for i in items], base=base, t=self.t)
        )

    def write(self, site_dir: Path) -> Published:
        """Copy the published images and files into the built site."""
        self.published.write(site_dir)
        return self.published


def _relative(item: dict[str, Any], base: str) -> dict[str, Any]:
    out = dict(item)
    for key in ("src", "href", "original_href"):
        if out[key]:
            out[key] = base + out[key]
    if out["srcset"]:
        out["srcset"] = ", ".join(base + part for part in out["srcset"].split(", "))
    return out
