"""The release manifest of one build (iltod.release.manifest): the open data written and the
evidence published, each named by its address relative to the open data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from iltod import __version__, urls
from iltod.evidence.publish import Published
from iltod.release import manifest
from iltod.site.options import SiteOptions


def evidence_address(dest: str, options: SiteOptions, site_url: str | None) -> str:
    """Where a reader fetches the evidence file ``dest`` (site-relative), relative to the
    open data folder, or a full address when one of them is published elsewhere."""
    path = quote(dest)
    if options.evidence_base_url:
        return options.evidence_base_url.rstrip("/") + "/" + path
    if options.data_base_url:  # the data is elsewhere, the evidence in the site
        return (site_url or "").rstrip("/") + "/" + path
    return "../" * urls.DATA.count("/") + path


def write(
    data_folder: Path,
    evidence_folder: Path,
    written: list[Path],
    published: Published,
    options: SiteOptions,
    *,
    site_url: str | None,
    release: manifest.Release,
    snapshots: list[dict[str, Any]] | None = None,
) -> Path:
    """Write ``release.json`` beside the open data: every file ``written`` there and every
    evidence file ``published`` (in ``evidence_folder``)."""
    evidence = [
        (evidence_address(c.dest, options, site_url), evidence_folder / c.dest)
        for c in published.copies
        if (evidence_folder / c.dest).is_file()  # one refused on the way is no release file
    ]
    engine = f"iltod {__version__}" + (f"; {release.engine}" if release.engine else "")
    stated = manifest.Release(release.commit, release.repository, release.built, engine)
    return manifest.write(data_folder, stated, written, evidence, snapshots)
