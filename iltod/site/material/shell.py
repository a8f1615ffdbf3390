"""The page shell rendered once, filled per page (issue 28): Material's ``base.html`` — head,
header, navigation, footer, scripts — is most of what a generated page costs to render, and it
is the same for every page of a plan's folder but for a few values.

So the theme's own templates are rendered once per group of pages with a *stand-in* page: the
first page of the group, whose per-page values (title, address, canonical and edit addresses,
previous and next pages) are markers, and whose navigation and breadcrumb (``partials/nav.html``,
``partials/path.html``) are slots. Each page of the group is then that text with every marker
replaced by the page's value, passed through the same filter the template applied (found by
rendering the marker through each of :data:`FORMS`), and the slots filled from the navigation of
the page's section — rendered once per section with the stand-in, the page's own row
(``partials/il-nav-items.html``) then rendered as the current one. Material's templates stay the
one source of the HTML: nothing here writes a tag.

A page of a long section (its navigation is a window around the page: :mod:`.navigation`) is
filled from its group's shell too, its window assembled from rows rendered once (:mod:`.window`).
A page is rendered whole, as before, when the shell cannot be trusted for
it: a page with other pages under its address (relative links to them would differ), a table of
contents, a marker left after filling,
a value whose forms a marker cannot tell apart; and the first page of every group is rendered both
ways and compared, so that a template reading a per-page value some other way than the markers
catch turns its group back to whole pages. ``tests/acceptance/test_page_shell.py``: the sample and
the bench fixture, byte for byte the whole template's output.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from iltod.site.material import navigation, window
from iltod.site.material.recent import Recent

SHELL_TEMPLATE = "iltod-shell.html"
"""The theme template of a page rendered through the shell (``overrides/``)."""
KEPT = 64
"""Shells and sections' navigations kept at once (:mod:`.recent`): MkDocs renders a group's pages
one after another, so a few suffice, and a national build's memory does not grow with them."""
MAIN = "main.html"
NAV, PATH = "partials/nav.html", "partials/path.html"
ROWS = "partials/il-nav-items.html"
"""The navigation's rows as macros: the current page's row is rendered per page."""
MARK, END = "\ue000", "\ue001"
"""Private-use characters: no page value holds them (a page that does is rendered whole)."""
NAV_SLOT, PATH_SLOT = f"{MARK}nav{END}", f"{MARK}path{END}"
FORMS: tuple[tuple[tuple[str, dict[str, Any]], ...], ...] = (
    (),
    (("e", {}),),
    (("striptags", {}),),
    (("striptags", {}), ("e", {})),
    (("truncate", {"length": 120, "end": "…"}),),
)
"""The filter chains the theme's templates apply to a page's text values; URLs also go through
``url`` (relative to the page). A form a marker shows that is not listed is caught: the marker is
left in the page, which is then rendered whole."""


def _marker(name: str, cyrillic: bool) -> str:
    """A text marker whose forms differ from each other: a tag (``striptags`` removes it), an
    entity (``e`` escapes it) and more than 120 characters (``truncate`` cuts it); Cyrillic when
    the value is (the templates' ``mongolian`` test)."""
    return f"{MARK}{name}<i></i>&amp;" + " x" * 64 + ("ж" if cyrillic else "") + END


class Stand:
    """A page as the shell is rendered for: the real page but for the attributes given."""

    def __init__(self, page: Any, **values: Any) -> None:
        self.__dict__.update(values)
        self._page = page

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


def _cyrillic(text: Any) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in str(text or ""))


@dataclass
class _Value:
    """One per-page value: its marker, the marker's text in each form, and how to compute the
    page's value in that form."""

    marker: str
    value: str
    forms: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Shell:
    """The rendered shell of a group."""

    text: str


class Shells:
    """The shells of a build (one per group of pages) and the navigation of each section."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.shells: Recent[tuple[Any, ...], Shell] = Recent(KEPT)
        self.sections: Recent[tuple[Any, ...], tuple[str, str]] = Recent(KEPT)
        self.parents: set[str] | None = None
        self.proven: set[tuple[Any, ...]] = set()
        """Shapes whose first page, rendered both ways, was the same."""
        self.untrusted: set[tuple[Any, ...]] = set()
        """Shapes whose pages are rendered whole: a first page differed, or a marker was left."""
        self.filled = self.whole = self.own = 0
        self._envs: dict[int, Environment] = {}
        self._forms: dict[tuple[int, str], list[str]] = {}
        self.windows = window.Windows()

    def summary(self) -> str:
        """The build log's line: pages filled, groups, pages rendered whole."""
        return (
            f"{self.filled} pages filled from {self.shells.made} shells "
            f"({len(self.untrusted)} kinds not trusted), {self.whole} rendered whole, "
            f"{self.sections.made} sections' navigation rendered, {self.own} pages' own"
        )

    # -- the entry point: ``{{ iltod.shell() }}`` in overrides/iltod-shell.html
    @pass_context
    def render(self, context: Context) -> Markup:
        """The page of ``context`` as the theme's ``main.html`` renders it."""
        env = context.environment
        names = dict(context.get_all())
        page = names["page"]
        out = self._filled(env, names, page) if self.enabled else None
        if out is None:
            self.whole += 1
            out = env.get_template(MAIN).render(names)
        else:
            self.filled += 1
        return Markup(out)

    def _filled(self, env: Environment, names: dict[str, Any], page: Any) -> str | None:
        if not self._eligible(names, page):
            return None
        values = self._values(env, names, page)
        if values is None:
            return None
        shape, place = self._key(page, names)
        if shape in self.untrusted:
            return None
        stand = self._stand(page, values)
        own = page.is_index
        with _inactive(page):
            shell = self.shells.get((shape, place))
            if shell is None:
                text = self._main(env).render({**names, "page": stand})
                shell = self.shells[(shape, place)] = Shell(text)
            if not own:
                nav, path = self._section(env, names, (shape, place), stand)
                inactive, active = _row(env, names, page, stand)
                if navigation.windowed(page.parent):  # the rows around the page (.window)
                    inactive, active = self.windows.texts(env, names, page, stand, active)
        if own:  # a section's own page: its navigation is its alone
            self.own += 1
            nav, path = env.get_template(NAV).render(names), env.get_template(PATH).render(names)
        elif nav.count(inactive) != 1:
            return None
        else:
            nav = nav.replace(inactive, active)
        out = self._fill(
            env, shell.text.replace(NAV_SLOT, nav, 1).replace(PATH_SLOT, path, 1), values
        )
        if out is None or MARK in out:
            self.untrusted.add(shape)
            return None
        if shape not in self.proven:  # the shape's first page proves it: rendered whole, compared
            whole = env.get_template(MAIN).render(names)
            if whole == out:
                self.proven.add(shape)
            else:
                self.untrusted.add(shape)
            return whole
        return out

    def _fill(self, env: Environment, text: str, values: list[_Value]) -> str | None:
        """``text`` with each marker's forms replaced by the page's value in the same form (a
        value's forms are computed only for the forms its marker shows in the text)."""
        pairs: list[tuple[str, str]] = []
        for v in values:
            if v.forms:
                pairs += v.forms
                continue
            texts = self._marked(env, v.marker)
            shown = [(m, chain) for m, chain in zip(texts, FORMS, strict=True) if m in text]
            found = [(m, _form(env, v.value, chain)) for m, chain in shown]
            if not _distinct(found):
                return None
            pairs += found
        for marked, real in sorted(pairs, key=lambda pair: -len(pair[0])):
            text = text.replace(marked, real)
        return text

    def _eligible(self, names: dict[str, Any], page: Any) -> bool:
        """Pages the shell serves: a leaf address (no page under it), no table of contents."""
        if page is None or page.toc or getattr(page, "parent", None) is None:
            return False
        if self.parents is None:
            self.parents = _parents(names.get("pages") or [])
        return page.url not in self.parents and page.url.endswith("/")

    def _values(self, env: Environment, names: dict[str, Any], page: Any) -> list[_Value] | None:
        """The page's per-page values, each with its marker's forms and the page's."""
        meta = page.meta or {}
        texts: list[tuple[str, Any]] = [("page.title", page.title)]
        if meta.get("title") is not None:
            texts.append(("meta.title", meta["title"]))
        for name in ("canonical_url", "edit_url"):
            if getattr(page, name, None):
                texts.append((name, getattr(page, name)))
        for side in ("previous_page", "next_page"):
            other = getattr(page, side, None)
            if other is not None:
                texts.append((f"{side}.title", other.title))
        found: list[_Value] = []
        for name, value in texts:
            text = str(value)
            if MARK in text or END in text:
                return None
            found.append(_Value(_marker(name, _cyrillic(text)), text))
        urls = [str(o.url) for o in (page, page.previous_page, page.next_page) if o is not None]
        if any(MARK in u or END in u for u in urls):
            return None
        stand = Stand(page, url=_stand_url(page.url))
        base = names.get("base_url")
        for side in ("previous_page", "next_page"):
            other = getattr(page, side, None)
            if other is None:
                continue
            marker = f"{MARK}{side}.url{END}/"
            # MkDocs' url filter reads only ``page`` and ``base_url`` of its context
            at_stand: Any = {"page": stand, "base_url": base}
            at_page: Any = {"page": page, "base_url": base}
            relative = env.call_filter("url", marker, context=at_stand)
            real = env.call_filter("url", other.url, context=at_page)
            pairs = [(str(relative), str(real)), (marker, str(other.url))]
            found.append(_Value(marker, other.url, pairs))
        found.append(_Value(stand.url, page.url, [(stand.url, page.url)]))
        return found

    def _marked(self, env: Environment, marker: str) -> list[str]:
        """A marker's text in each form (the same in every page: kept)."""
        key = (id(env), marker)
        if key not in self._forms:
            self._forms[key] = [_form(env, marker, chain) for chain in FORMS]
        return self._forms[key]

    def _stand(self, page: Any, values: list[_Value]) -> Stand:
        """The stand-in of ``page``: its values replaced by their markers."""
        title = _first(values, "page.title")
        meta = dict(page.meta or {})
        if "title" in meta:
            meta["title"] = _first(values, "meta.title")
        sides: dict[str, Stand | None] = {}
        for side in ("previous_page", "next_page"):
            other = getattr(page, side, None)
            if other is not None:
                sides[side] = Stand(
                    other, title=_first(values, f"{side}.title"), url=f"{MARK}{side}.url{END}/"
                )
            else:
                sides[side] = None
        extra = {
            name: _first(values, name)
            for name in ("canonical_url", "edit_url")
            if getattr(page, name, None)
        }
        return Stand(page, title=title, meta=meta, url=_stand_url(page.url), **sides, **extra)

    def _main(self, env: Environment) -> Any:
        """``main.html`` with the navigation and breadcrumb as slots."""
        shell_env = self._envs.get(id(env))
        if shell_env is None:
            slots = DictLoader({NAV: NAV_SLOT, PATH: PATH_SLOT})
            assert env.loader is not None
            shell_env = env.overlay(loader=ChoiceLoader([slots, env.loader]))
            self._envs[id(env)] = shell_env
        return shell_env.get_template(MAIN)

    def _section(
        self, env: Environment, names: dict[str, Any], key: tuple[Any, ...], stand: Stand
    ) -> tuple[str, str]:
        """The navigation and breadcrumb of the page's section, rendered for the stand-in: once
        for every group of the same folder and metadata, unless they show a marker (a per-page
        value of the stand-in), then once per group."""
        (shape, place), parent = key, id(stand.parent)
        shared, own = (place, shape[0], parent), (key, parent)
        found = self.sections.get(shared) or self.sections.get(own)
        if found is None:
            context = {**names, "page": stand}
            nav = env.get_template(NAV).render(context)
            path = env.get_template(PATH).render(context)
            found = self.sections[own if MARK in nav + path else shared] = (nav, path)
        return found

    def _key(self, page: Any, names: dict[str, Any]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        """What a page's shell is the same for: its *shape* (which values it has, whether they
        are Cyrillic, which metadata) and its *place* (folder, depth, the metadata's values)."""
        meta = {k: v for k, v in (page.meta or {}).items() if k != "title"}
        sides = tuple(
            (side, other is not None, _cyrillic(other.title) if other is not None else False)
            for side in ("previous_page", "next_page")
            for other in [getattr(page, side, None)]
        )
        shape = (
            tuple(sorted(meta)),
            "title" in (page.meta or {}),
            _cyrillic(page.title),
            _cyrillic((page.meta or {}).get("title")),
            bool(page.canonical_url),
            bool(page.edit_url),
            bool(page.is_homepage),
            bool(page.is_index),
            navigation.windowed(page.parent),
            sides,
        )
        place = (
            posixpath.dirname(page.url.rstrip("/")),
            names.get("base_url"),
            repr(sorted(meta.items(), key=lambda kv: kv[0])),
        )
        return shape, place


class _inactive:
    """The page not active (its section still is) while its stand-in renders: the stand-in is
    not in the navigation, and the page's own row is a sibling's."""

    def __init__(self, page: Any) -> None:
        self.page = page

    def __enter__(self) -> None:
        self.page.active = False
        if self.page.parent is not None:
            self.page.parent.active = True

    def __exit__(self, *exc: object) -> None:
        self.page.active = True


def _row(env: Environment, names: dict[str, Any], page: Any, stand: Stand) -> tuple[str, str]:
    """The page's row in its section's navigation as the stand-in sees it (a sibling's) and as
    the page sees it (the current page). Called with the page inactive; renders the current row with
    the page active again."""
    level = len(page.ancestors) + 1
    rows = env.get_template(ROWS).make_module({**names, "page": stand})
    inactive = str(getattr(rows, "link")(page, level))  # noqa: B009 (a macro of the template)
    page.active = True
    try:
        rows = env.get_template(ROWS).make_module({**names, "page": page})
        active = str(getattr(rows, "link")(page, level))  # noqa: B009
    finally:
        page.active = False
        if page.parent is not None:
            page.parent.active = True
    return inactive, active


def _parents(files: Any) -> set[str]:
    """Every folder address that holds another page's address."""
    found: set[str] = set()
    for f in files:
        url = str(getattr(f, "url", "") or "")
        parts = url.rstrip("/").split("/")
        for i in range(1, len(parts)):
            found.add("/".join(parts[:i]) + "/")
    return found


def _stand_url(url: str) -> str:
    """The stand-in's address: beside the page's, in the same folder."""
    folder = posixpath.dirname(url.rstrip("/"))
    return (folder + "/" if folder else "") + f"{MARK}url{END}/"


def _form(env: Environment, text: str, chain: tuple[tuple[str, dict[str, Any]], ...]) -> str:
    """``text`` through one chain of :data:`FORMS`, with the environment's own filters."""
    value: Any = text
    for name, kwargs in chain:
        value = env.call_filter(name, value, kwargs=kwargs)
    return str(value)


def _first(values: list[_Value], name: str) -> str:
    for v in values:
        if v.marker.startswith(f"{MARK}{name}<"):
            return v.marker
    raise KeyError(name)


def _distinct(pairs: list[tuple[str, str]]) -> bool:
    """Each form of the marker tells which form of the value it stands for: where two forms of
    the marker are the same text, the value's must be too."""
    seen: dict[str, str] = {}
    return all(seen.setdefault(marked, real) == real for marked, real in pairs)
