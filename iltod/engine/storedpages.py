"""The pages the build cache holds, taken out of MkDocs' page loop (:mod:`iltod.site.stored`).

Once MkDocs has built the navigation, each stored page leaves its list of files: the
navigation keeps it (its place, and the title its metadata gives), the sitemap still lists it
(``pages``), and it is written from the cache after the build. MkDocs' objects are used as they
come (files with ``src_uri``, ``page`` and ``abs_dest_path``), so this module imports no mkdocs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iltod.site import Site, stored


class StoredPages:
    """One build's stored pages and every documentation page (the sitemap's list)."""

    def __init__(self) -> None:
        self.pages: list[Any] = []
        self.files: dict[str, Any] = {}

    def take_out(self, site: Site, files: Any, own_docs: Path | None) -> None:
        """Take the pages ``site`` writes from its cache out of MkDocs' ``files``."""
        self.pages = list(files.documentation_pages())
        chosen = set(site.stored_pages(stored.linked(own_docs)))
        self.files = {f.src_uri: f for f in self.pages if f.src_uri in chosen}
        for f in self.files.values():
            assert f.page is not None  # get_navigation made a Page for every documentation file
            f.page.markdown, f.page.meta = "", site.page_meta(f.src_uri)
            files.remove(f)

    def write(self, site: Site) -> None:
        """Write the stored pages where MkDocs would have written them."""
        site.write_stored({src: Path(f.abs_dest_path) for src, f in self.files.items()})
