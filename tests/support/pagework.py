"""The work of making a few pages of a build, counted in Python events (issue 28).

    python -m tests.support.pagework CONFIG SITE_DIR URL [URL ...]

Builds the site as ``mkdocs build --strict`` does, and for each page whose URL is listed counts
the function calls and lines of Python executed while MkDocs prepares it (``_populate_page``:
the Markdown pass and the hooks on its text) and renders it (``_build_page``: the theme's
templates, iltod's page and every hook after), iltod's own code and the templates compiled to
Python included. A loop over a page's siblings, in a template or in Python, runs a line per
sibling, so the count shows any per-page work that grows with a section; unlike a time it is
the same on a busy machine. Prints ``{url: events}`` as JSON on standard output.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def main(argv: list[str]) -> int:
    from mkdocs.commands import build
    from mkdocs.config import load_config

    config_file, site_dir, *urls = argv
    counts = dict.fromkeys(urls, 0)

    def counted(step: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(page: Any, *args: Any, **kwargs: Any) -> Any:
            if page.url not in counts:
                return step(page, *args, **kwargs)
            events = 0

            def trace(frame: FrameType, event: str, arg: object) -> Any:
                nonlocal events
                events += 1
                return trace

            sys.settrace(trace)
            try:
                return step(page, *args, **kwargs)
            finally:
                sys.settrace(None)
                counts[page.url] += events

        return wrapper

    build._populate_page = counted(build._populate_page)  # type: ignore[attr-defined]
    build._build_page = counted(build._build_page)  # type: ignore[attr-defined]
    config = load_config(config_file, site_dir=site_dir, strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build.build(config)
    finally:
        config.plugins.on_shutdown()
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
