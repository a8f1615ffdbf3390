"""``mkdocs`` with the pages' content rendered ahead in a worker from ``MIN`` pages on.

    python -m tests.support.ahead_build MIN build --strict -f mkdocs.yml -d site

``iltod.site.ahead`` forks its worker only for sites of many pages; this runs the same build
with another threshold (``1``: always, a large number: never), so that a test or a benchmark
can build a site both ways and compare them.
"""

from __future__ import annotations

import atexit
import resource
import sys
from collections.abc import Callable
from typing import Any

from iltod.site import ahead

TAKEN = [0]
"""Pages whose content the build took from the worker."""


def _counted(take: Callable[[ahead.Ahead, str], str | None]) -> Any:
    def wrapper(self: ahead.Ahead, src_uri: str) -> str | None:
        made = take(self, src_uri)
        TAKEN[0] += made is not None
        return made

    return wrapper


def _cpu() -> None:
    """CPU seconds of the build's own process and of its children (the worker among them), on
    standard error: on two idle cores the build's wall time follows the larger of the two."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"cpu: build process {own.ru_utime + own.ru_stime:.1f} s, "
        f"children {children.ru_utime + children.ru_stime:.1f} s; "
        f"pages rendered ahead: {TAKEN[0]}",
        file=sys.stderr,
    )


def main() -> None:
    ahead.MIN_PAGES = int(sys.argv.pop(1))
    ahead.Ahead.take = _counted(ahead.Ahead.take)  # type: ignore[method-assign]
    atexit.register(_cpu)
    from mkdocs.__main__ import cli

    cli()


if __name__ == "__main__":
    main()
