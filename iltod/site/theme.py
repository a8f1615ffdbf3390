"""Theme pieces the hook installs: Material template overrides, the stylesheet and scripts,
and the Jinja test the navigation override uses."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

OVERRIDES = Path(str(resources.files("iltod.site") / "overrides"))
ASSETS = resources.files("iltod.site") / "assets"
CSS = ["assets/iltod/iltod.css"]


def assets() -> dict[str, bytes]:
    """Static files served under ``assets/iltod/`` (src_uri → content)."""
    return {
        f"assets/iltod/{item.name}": item.read_bytes()
        for item in ASSETS.iterdir()
        if item.is_file() and not item.name.startswith(".")
    }


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
