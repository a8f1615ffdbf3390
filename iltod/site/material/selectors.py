"""Which of a stylesheet's selectors match an element of a page, as the page first paints.

A small CSS selector matcher over a page's HTML (the standard library's parser), for choosing
the rules a kind of page needs on its first screen (:mod:`.firstscreen`). It errs towards
matching: a selector it cannot judge exactly (``:not()``, ``:has()``, ``:nth-child()``,
``:empty``, ``:target``…) counts as matching, so a rule the page needs is never left out. Only
what needs a reader's action is judged not to match before it happens: ``:hover``,
``:focus``, ``:focus-visible``, ``:focus-within``, ``:active``; ``:checked`` is judged by the
``checked`` attribute the page is served with (Material's drawer and search toggles are
unchecked, an open section of the navigation is checked).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from iltod.site.material.css import split_top

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr", "param", "keygen"}
)
INTERACTION = frozenset({"hover", "focus", "focus-visible", "focus-within", "active"})
PSEUDO_ELEMENTS = frozenset({"before", "after", "first-line", "first-letter"})
ANY_OF = frozenset({"is", "where", "matches", "-webkit-any", "-moz-any"})


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def previous(self) -> Iterator[Element]:
        """The element's preceding siblings, nearest first."""
        if self.parent is None:
            return
        siblings = self.parent.children
        yield from reversed(siblings[: siblings.index(self)])


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.elements: list[Element] = []

    def _add(self, tag: str, attrs: list[tuple[str, str | None]]) -> Element:
        parent = self.stack[-1]
        el = Element(tag, {k: v or "" for k, v in attrs}, parent)
        parent.children.append(el)
        self.elements.append(el)
        return el

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = self._add(tag, attrs)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return


def parse_html(html: str) -> list[Element]:
    """Every element of ``html``, in document order."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.elements


# One simple selector: kind ("tag", "class", "id", "attr", "pseudo") and its parts.
Simple = tuple[str, str, str, str]
Compound = tuple[Simple, ...]
Complex = tuple[tuple[str, Compound], ...]  # (combinator before it, compound); first: ""

_IDENT = r"(?:[\w-]|\\.)+"
_SIMPLE = re.compile(
    rf"(?P<tag>\*|{_IDENT})|\.(?P<cls>{_IDENT})|#(?P<id>{_IDENT})|\[(?P<attr>[^\]]*)\]"
    rf"|::?(?P<pseudo>{_IDENT})(?P<paren>\()?"
)
_ATTR = re.compile(
    r"\s*(?P<name>[\w:-]+)\s*(?:(?P<op>[~|^$*]?=)\s*(?P<value>\"[^\"]*\"|'[^']*'|[^\s\]]+))?"
    r"\s*(?P<flag>[iIsS])?\s*$"
)
_UNESCAPE = re.compile(r"\\(.)")


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


def _closing(text: str, start: int) -> int:
    """The index of the parenthesis closing the one opened before ``start``."""
    depth, quote, i = 1, "", start
    while i < len(text):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
            i += 1 if ch != "\\" else 2
            continue
        if ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1 + (ch == "\\")
    raise ValueError(f"unclosed parenthesis in {text!r}")


def parse_selector(selector: str) -> Complex:
    """A complex selector as compounds and the combinators between them."""
    out: list[tuple[str, Compound]] = []
    parts: list[Simple] = []
    combinator, i, text = "", 0, selector.strip()
    while i < len(text):
        ch = text[i]
        if ch.isspace() or ch in ">+~":
            if parts:
                out.append((combinator, tuple(parts)))
                parts, combinator = [], " "
            if not ch.isspace():
                combinator = ch
            i += 1
            continue
        m = _SIMPLE.match(text, i)
        if m is None:
            raise ValueError(f"cannot read the selector {selector!r} at {i}")
        i = m.end()
        if m["tag"]:
            parts.append(("tag", _unescape(m["tag"]).lower(), "", ""))
        elif m["cls"]:
            parts.append(("class", _unescape(m["cls"]), "", ""))
        elif m["id"]:
            parts.append(("id", _unescape(m["id"]), "", ""))
        elif m["attr"] is not None:
            a = _ATTR.match(m["attr"])
            if a is None:
                raise ValueError(f"cannot read the attribute selector in {selector!r}")
            value = (a["value"] or "").strip("\"'")
            flag = (a["flag"] or "").lower()
            parts.append(("attr", a["name"].lower(), a["op"] or "", value + "\0" + flag))
        else:
            arg = ""
            if m["paren"]:
                end = _closing(text, i)
                arg, i = text[i:end], end + 1
            parts.append(("pseudo", m["pseudo"].lower(), arg, m.group(0)[:2]))
    if not parts:
        raise ValueError(f"empty selector {selector!r}")
    out.append((combinator, tuple(parts)))
    return tuple(out)


def _attr_matches(el: Element, name: str, op: str, spec: str) -> bool:
    if name not in el.attrs:
        return False
    if not op:
        return True
    want, flag = spec.split("\0")
    have = el.attrs[name]
    if flag == "i":
        want, have = want.lower(), have.lower()
    if op == "=":
        return have == want
    if op == "~=":
        return want in have.split()
    if op == "|=":
        return have == want or have.startswith(want + "-")
    if op == "^=":
        return bool(want) and have.startswith(want)
    if op == "$=":
        return bool(want) and have.endswith(want)
    return bool(want) and want in have  # *=


def _pseudo_matches(el: Element, name: str, arg: str, colons: str) -> bool:
    if colons == "::" or name in PSEUDO_ELEMENTS:
        return True  # the element's own box or part: it is there when the element is
    if name in INTERACTION:
        return False
    if name == "checked":
        return "checked" in el.attrs or "selected" in el.attrs
    if name == "root":
        return el.tag == "html"
    if name in ANY_OF:
        return any(matches(parse_selector(s), el) for s in split_top(arg, ","))
    if name == "first-child":
        return next(el.previous(), None) is None
    return True  # :not(), :has(), :nth-*(), :empty, :target, :lang()…: may match


def _compound_matches(el: Element, compound: Compound) -> bool:
    for kind, name, op, spec in compound:
        if kind == "tag":
            ok = name == "*" or el.tag == name
        elif kind == "class":
            ok = name in el.classes
        elif kind == "id":
            ok = el.attrs.get("id") == name
        elif kind == "attr":
            ok = _attr_matches(el, name, op, spec)
        else:
            ok = _pseudo_matches(el, name, op, spec)
        if not ok:
            return False
    return True


def _ancestors(el: Element) -> Iterator[Element]:
    parent = el.parent
    while parent is not None and parent.tag != "#document":
        yield parent
        parent = parent.parent


def _matches_at(selector: Complex, i: int, el: Element) -> bool:
    combinator, compound = selector[i]
    if not _compound_matches(el, compound):
        return False
    if i == 0:
        return True
    if combinator == " ":
        return any(_matches_at(selector, i - 1, a) for a in _ancestors(el))
    if combinator == ">":
        return el.parent is not None and _matches_at(selector, i - 1, el.parent)
    if combinator == "+":
        before = next(el.previous(), None)
        return before is not None and _matches_at(selector, i - 1, before)
    return any(_matches_at(selector, i - 1, s) for s in el.previous())  # ~


def matches(selector: Complex, el: Element) -> bool:
    """The selector matches ``el`` (or may: see the module's docstring)."""
    return _matches_at(selector, len(selector) - 1, el)


class Page:
    """A page's elements, indexed by class, id and tag for the selectors' last compound."""

    def __init__(self, elements: Iterable[Element]) -> None:
        self.elements = list(elements)
        self.by_class: dict[str, list[Element]] = {}
        self.by_tag: dict[str, list[Element]] = {}
        for el in self.elements:
            self.by_tag.setdefault(el.tag, []).append(el)
            for name in set(el.classes):
                self.by_class.setdefault(name, []).append(el)

    def _candidates(self, compound: Compound) -> list[Element]:
        for kind, name, _, _ in compound:
            if kind == "class":
                return self.by_class.get(name, [])
        for kind, name, _, _ in compound:
            if kind == "tag" and name != "*":
                return self.by_tag.get(name, [])
        return self.elements

    def uses(self, selector: str) -> bool:
        """Some element of the page matches ``selector``."""
        parsed = _parsed(selector)
        return any(matches(parsed, el) for el in self._candidates(parsed[-1][1]))


_cache: dict[str, Complex] = {}


def _parsed(selector: str) -> Complex:
    if selector not in _cache:
        _cache[selector] = parse_selector(selector)
    return _cache[selector]
