"""The engine's guides: the pages every deployment publishes beside its plans (how progress is
computed, evidence, open data, page addresses, import and export, verifying the data), shipped
as package data so that a deployment's repository holds none of them.

A deployment's own ``docs_dir`` may hold a page of the same name: it replaces the engine's.
``data-format.md`` is not here: it is generated from the model (iltod.schema.docs).
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent
SECTION = "Тухай / About"
"""The guides' section of the navigation."""
NAV = (
    "progress.md",
    "data-format.md",
    "urls.md",
    "open-data.md",
    "verify.md",
    "submit-update.md",
    "import-export.md",
    "evidence.md",
)
"""The guides' order in a deployment's navigation (a deployment without ``nav``)."""


def files() -> dict[str, Path]:
    """Each guide shipped with the engine: its page's source name → its file."""
    return {p.name: p for p in sorted(FOLDER.glob("*.md"))}


def images() -> dict[str, Path]:
    """The guides' pictures (``img/``): their source names → their files."""
    return {f"img/{p.name}": p for p in sorted((FOLDER / "img").glob("*.png"))}


def published(docs_dir: Path | None) -> dict[str, Path]:
    """The engine's guides and their pictures a build adds: those ``docs_dir`` does not
    replace."""
    own = docs_dir if docs_dir and docs_dir.is_dir() else None
    shipped = {**files(), **images()}
    return {name: path for name, path in shipped.items() if not (own and (own / name).is_file())}
