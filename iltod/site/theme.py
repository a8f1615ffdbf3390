"""Theme pieces the hook installs: template overrides, the stylesheet, and build options."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

TEMPLATES = Path(str(resources.files("iltod") / "theme"))
ASSETS = resources.files("iltod") / "assets"
CSS = ["assets/iltod/iltod.css"]


def assets() -> dict[str, bytes]:
    """Static files served under ``assets/iltod/`` (src_uri → content)."""
    return {
        f"assets/iltod/{item.name}": item.read_bytes()
        for item in ASSETS.iterdir()
        if item.is_file() and not item.name.startswith(".")
    }


def options(extra: dict[str, Any], repo_url: str | None, root: Path) -> dict[str, Any]:
    """Build options from ``extra.iltod`` in mkdocs.yml and the environment.

    ``ILTOD_ONLY`` (comma-separated agency slugs or ``plans/…`` paths) builds a partial site for
    an agency previewing its own update.
    """
    out = dict(extra)
    out.setdefault("branch", "main")
    out["repo_url"] = repo_url
    only = os.environ.get("ILTOD_ONLY", "").strip()
    if only:
        out["selection"] = [
            root / "plans" / s.strip().removeprefix("plans/") for s in only.split(",") if s.strip()
        ]
    return out


def is_region_section(item: Any) -> bool:
    """Jinja test for the navigation: a section whose first page is a region page."""
    children = getattr(item, "children", None) or []
    first = children[0] if children else None
    return bool(
        getattr(item, "is_section", False)
        and getattr(first, "is_page", False)
        and str(getattr(first, "url", "")).startswith("regions/")
    )


JINJA_TESTS = {"is_region_section": is_region_section}
