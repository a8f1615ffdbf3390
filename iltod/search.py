"""Site search with Pagefind: a chunked index written after the build.

A query downloads only the index chunks and fragments it needs (a few hundred KB at 4,000
pages, see docs/search.md) instead of Material's whole-site index on every cold page view.
Pages are indexed from their ``data-pagefind-body`` element (the theme's content block).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from pathlib import Path
from typing import Any

OUTPUT = "pagefind"


def index(site_dir: Path) -> dict[str, Any]:
    """Index the built site into ``site_dir/pagefind``; returns counts and timing."""
    from pagefind.index import IndexConfig, PagefindIndex

    out = site_dir / OUTPUT
    shutil.rmtree(out, ignore_errors=True)

    async def run() -> None:
        async with PagefindIndex(config=IndexConfig(output_path=str(out))) as idx:
            await idx.add_directory(str(site_dir))

    start = time.perf_counter()
    asyncio.run(run())
    entry = json.loads((out / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    return {
        "pages": pages,
        "languages": sorted(entry["languages"]),
        "seconds": round(time.perf_counter() - start, 2),
    }
