"""Pages published from the build cache without the engine's page loop.

A page the build cache holds under this build's key (iltod.site.pagecache) used to go through
all of MkDocs' page loop to publish its stored bytes: a ``Page`` read, its (empty) Markdown
converted, the page context built, a template rendered and four hooks run, about 4 ms a page —
most of a rebuild at national scale, where ~35,000 of ~35,000 pages are stored. Now the hook
takes these pages out of the engine's collection of files once the navigation is built
(``on_nav``): the engine neither reads nor renders them, they stay in the navigation (the
other pages list them and link to them, under the title their metadata gives, as before), in
the sitemap, and are written from the cache after the build, as they read on the build's day
(iltod.site.daily). The rendered pages are byte for byte what they were
(``tests/acceptance/test_page_cache.py``).

A page that a guide of the deployment links to by its Markdown path (``agency/index.md``)
stays in the loop: the engine checks such a link against the pages it builds.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

_LINK = re.compile(r"\]\(\s*<?([^)\s#>]+\.md)")
"""A Markdown link's target ending in ``.md`` (inline links; what the engine resolves)."""


def linked(docs_dir: Path | None) -> set[str]:
    """The pages (src_uri) that the Markdown guides under ``docs_dir`` link to by path."""
    out: set[str] = set()
    if docs_dir is None or not docs_dir.is_dir():
        return out
    for path in docs_dir.rglob("*.md"):
        folder = path.parent.relative_to(docs_dir).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        for target in _LINK.findall(text):
            joined = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            out.add(posixpath.normpath(joined))
    return out


def choose(candidates: Iterable[str], stored: Callable[[str], bool], keep: set[str]) -> list[str]:
    """The ``candidates`` published from the cache: ``stored`` says the cache holds the page
    unchanged; ``keep`` (:func:`linked`) are left to the engine."""
    return [src for src in candidates if src not in keep and stored(src)]


def write(pages: Mapping[str, Path], html_of: Callable[[str], str]) -> int:
    """Write each page (src_uri → destination file) with the HTML ``html_of`` gives, encoded as
    the engine writes a page (UTF-8, characters it cannot encode as references); returns how
    many were written."""
    for src, path in pages.items():
        html = html_of(src)
        if not html.strip():  # the engine skips an empty page
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(html.encode("utf-8", errors="xmlcharrefreplace"))
    return len(pages)
