"""Regenerate ``iltod/site/compiled/`` (iltod.site.shippedtemplates): build the bench's
SYNTHETIC one-agency site in this process, as deployed (the main site of the newest of three
years, then its next build from the cache, then the English site), and keep the Python source
Jinja generates for each template the builds compile — iltod's own and Material's.

    scripts/compile-templates
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.__main__ import cli

from bench import fixture
from bench import years as year_sites
from iltod.site import shippedtemplates
from tests.support import sitekit

BUILDS = (("mkdocs.yml", "mn"), ("mkdocs.yml", "mn"), ("mkdocs.en.yml", "en"))
"""The configuration and output folder of each build, in order: cold, from the cache, English."""


def generate(folder: Path) -> list[str]:
    """Write the compiled templates into ``folder``; returns their names."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    recorder = shippedtemplates.record(folder)
    try:
        with tempfile.TemporaryDirectory(prefix="iltod-templates-") as tmp:
            work = Path(tmp)
            years = year_sites.years_of(3)
            repo = fixture.seeded_repo(work / "site", 1, years)
            env = year_sites.main_env(years[-1], work / "storage")
            saved = dict(os.environ)
            os.environ.update(sitekit.build_env(**env))
            try:
                for config, out in BUILDS:
                    args = ["build", "--strict", "-q", "-f", str(repo / config)]
                    cli.main([*args, "-d", str(work / out)], standalone_mode=False)
            finally:
                os.environ.clear()
                os.environ.update(saved)
    finally:
        shippedtemplates._active = None
    recorder.write_index()
    return sorted(e["name"] for e in recorder.entries.values())


if __name__ == "__main__":
    init = shippedtemplates.FOLDER / "__init__.py"
    kept = init.read_text("utf-8")
    names = generate(shippedtemplates.FOLDER)
    init.write_text(kept, "utf-8")
    print(f"{len(names)} templates compiled into {shippedtemplates.FOLDER}", file=sys.stderr)
