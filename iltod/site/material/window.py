"""The navigation window of a long section, assembled from its rows (issue 28).

In a section longer than the navigation's window (:mod:`.navigation`), each page lists the 10
siblings before and after it. A sibling's row (``partials/il-nav-items.html``'s ``link``) is the
same HTML on every page of the folder (same depth, not the current page), so each row is rendered
once per build and each page's window is the rows of its siblings joined, its own row rendered as
the current one. The page shell (:mod:`.shell`) replaces the stand-in's window (the section's
first rows: the stand-in is not among the siblings) with the page's; a window it does not find
once in the stand-in's navigation turns the page back to a whole render, and every shape's first
page is compared with the whole template.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from iltod.site.material import navigation

ROWS = "partials/il-nav-items.html"


class Windows:
    """The rows of long sections rendered in a build (a sibling's row once)."""

    def __init__(self) -> None:
        self.modules: dict[tuple[int, int], Any] = {}
        self.rows: dict[tuple[int, int], str] = {}

    def texts(
        self, env: Environment, names: dict[str, Any], page: Any, stand: Any, active: str
    ) -> tuple[str, str]:
        """The window as the stand-in's navigation shows it and as the page's does (its own
        row ``active``). Called with the page inactive (its row a sibling's)."""
        section, level = page.parent, len(page.ancestors) + 1
        key = (id(env), id(section))
        module = self.modules.get(key)
        if module is None:
            module = env.get_template(ROWS).make_module({**names, "page": stand})
            self.modules[key] = module

        def row(item: Any) -> str:
            found = self.rows.get((id(env), id(item)))
            if found is None:
                found = str(getattr(module, "link")(item, level))  # noqa: B009 (a macro)
                self.rows[(id(env), id(item))] = found
            return found

        shown = [c.item for c in navigation.children(section, stand) if c.kind == "link"]
        mine = [c.item for c in navigation.children(section, page) if c.kind == "link"]
        return (
            "".join(row(c) for c in shown),
            "".join(active if c is page else row(c) for c in mine),
        )
