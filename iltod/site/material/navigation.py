"""Which children of a navigation section a page lists (``overrides/partials/nav.html``), in
time and bytes that do not grow with the section.

The navigation shows the path to the current page and the children of the page's own section.
Listed in full, a measure page carried every measure of its objective: with 300 measures in one
objective a measure page was 65 KB, with 10,000 each of the 10,000 pages was 1.6 MB (issue 28),
and finding the path by looping over every child in the template made the build quadratic.

So a page among more than ``2 × WINDOW + 1`` sibling pages lists the ``WINDOW`` before and after
it, then a link to the section's own page (an objective's page lists all its measures); and the
active child of a section is found from the page's ancestors, not by visiting every child.
Sections up to that size — every objective of the sample and of real plans — are listed as
before, byte for byte.
"""

from __future__ import annotations

import weakref
from typing import Any, NamedTuple

WINDOW = 10
"""Sibling pages listed before and after the current one in a long section."""


class Child(NamedTuple):
    """One row of a section's list: ``kind`` is ``"path"`` (the active section, opened),
    ``"link"`` (a sibling) or ``"more"`` (the link to the whole list: ``item`` is its section,
    ``total`` the number of siblings)."""

    kind: str
    item: Any
    total: int = 0


_LISTED: weakref.WeakKeyDictionary[Any, tuple[list[Any], dict[int, int]]] = (
    weakref.WeakKeyDictionary()
)


def _listed(section: Any) -> tuple[list[Any], dict[int, int]]:
    """A section's children other than its index page, and the position of each (by id), once
    per section and build."""
    found = _LISTED.get(section)
    if found is None:
        listed = [c for c in section.children if not (c.is_page and c.is_index)]
        found = (listed, {id(c): i for i, c in enumerate(listed)})
        _LISTED[section] = found
    return found


_INDEX: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def index(section: Any) -> Any:
    """The page a section's link opens: its index page, else its first page, else None (found
    once per section and build, not by visiting every child on every page)."""
    if section not in _INDEX:
        pages = [c for c in section.children if c.is_page]
        _INDEX[section] = next((p for p in pages if p.is_index), pages[0] if pages else None)
    return _INDEX[section]


def windowed(section: Any) -> bool:
    """True when the section's pages list a window of their siblings, not all of them."""
    return len(_listed(section)[0]) > 2 * WINDOW + 1


def children(section: Any, page: Any) -> list[Child]:
    """What ``section`` lists on ``page``'s navigation, in order (the section is on the page's
    path): its active child section, or, when the page is one of its children, its children
    (a window of them around the page in a long section)."""
    if page is None or getattr(page, "parent", None) is not section:
        ancestors = [page, *getattr(page, "ancestors", [])] if page is not None else []
        active = [a for a in ancestors if getattr(a, "parent", None) is section]
        return [Child("path", a) for a in active if a.is_section and a.active]
    listed, position = _listed(section)
    if page.is_index or len(listed) <= 2 * WINDOW + 1:
        return [Child("link", c) for c in listed]
    at = position.get(id(page), 0)
    window = listed[max(0, at - WINDOW) : at + WINDOW + 1]
    return [*(Child("link", c) for c in window), Child("more", section, len(listed))]
