"""Strict YAML reading that remembers where every value came from.

PyYAML's own constructors silently turn ``no`` into ``False``, ``1.10`` into ``1.1`` and keep the
last of two duplicate keys. Here PyYAML only parses; values are built by :func:`_construct`,
which follows the YAML 1.2 core schema, refuses anchors, aliases and duplicate keys, and records
the line and column of every key and value so that later checks can point at them.

Whatever the bytes, :func:`read` returns: a control character (raw, or written as an escape
such as ``"\\v"``) is located and named (E018) so that no export or feed ever meets it; nesting
deeper than :data:`MAX_DEPTH` stops the parse at once (E019) instead of recursing for minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from iltod.diagnostics import FORBIDDEN, Diagnostic, diag, visible
from iltod.load.yamlerrors import describe

MAX_DEPTH = 20
"""Most collections nested in one another: a plan needs 8 (plan → objectives → objective →
measures → measure → attachments → items → item). Deeper input is refused (E019) as soon as it
is met, so a hostile file costs no more than its first lines."""

Path = tuple[str | int, ...]

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
# Plain words YAML 1.1 (and so many editors and older tools) reads as booleans.
_YAML11_BOOL = {
    w: v
    for ws, v in (("y yes on", "true"), ("n no off", "false"))
    for base in ws.split()
    for w in (base, base.capitalize(), base.upper())
}


@dataclass
class Scalar:
    """What a plain or quoted scalar looked like in the file."""

    raw: str
    plain: bool


@dataclass
class Source:
    """A parsed YAML file: its values plus where each one was written."""

    file: str
    data: Any = None
    marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    scalars: dict[Path, Scalar] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def place(self, path: Path) -> tuple[str, str]:
        """Where ``path`` is, as a clerk names it, in English and Mongolian.

        ``objectives[0].measures[2].percent`` is ``measure 1.3 › percent`` / ``арга хэмжээ 1.3 ›
        percent`` (the numbers as written in the file); list items below a measure are counted
        from 1 (``attachments › items #1 › file``).
        """
        en: list[str] = []
        mn: list[str] = []
        rest = path
        if len(path) >= 2 and path[0] == "objectives" and isinstance(path[1], int):
            number = self._number(path[:2])
            en.append(f"objective {number}" if number else f"objective #{path[1] + 1}")
            mn.append(f"зорилт {number}" if number else f"№{path[1] + 1} зорилт")
            rest = path[2:]
            if len(rest) >= 2 and rest[0] == "measures" and isinstance(rest[1], int):
                measure = self._number(path[:4])
                if measure:
                    en[-1], mn[-1] = f"measure {measure}", f"арга хэмжээ {measure}"
                else:
                    en.append(f"measure #{rest[1] + 1}")
                    mn.append(f"№{rest[1] + 1} арга хэмжээ")
                rest = rest[2:]
        for part in rest:
            if isinstance(part, int):
                item = f"#{part + 1}"
                en[-1:] = [f"{en[-1]} {item}" if en else item]
                mn[-1:] = [f"{mn[-1]} {item}" if mn else item]
            else:
                en.append(part)
                mn.append(part)
        return " › ".join(en), " › ".join(mn)

    def _number(self, path: Path) -> str:
        """The number of the objective or measure at ``path`` as written, or "" when unusable."""
        scalar = self.scalars.get(path + ("number",))
        raw = scalar.raw.strip() if scalar else ""
        return raw if 0 < len(raw) <= 12 and not FORBIDDEN.search(raw) else ""

    def locate(self, d: Diagnostic) -> Diagnostic:
        """``d`` with its place (:meth:`place`) when it is about a field of this file."""
        if d.file != self.file or not d.field or d.place:
            return d
        en, mn = self.place(undotted(d.field))
        return dataclasses.replace(d, place=en, place_mn=mn)

    def where(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """The best known location of ``path``: itself, else its nearest written parent."""
        table = self.key_marks if key else self.marks
        p = path
        while p:
            if p in table:
                return table[p]
            if p in self.marks:
                return self.marks[p]
            p = p[:-1]
        return self.marks.get((), (1, 1))


def _decode(file: str, data: bytes, out: list[Diagnostic]) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        out.append(diag(file, 1, 1, "E002"))
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        out.append(diag(file, line, col, "E001", byte=f"{data[e.start]:02x}"))
        return None


_CONTROL_NAMES = {
    0x00: ("NUL", "NUL"),
    0x08: ("backspace", "backspace"),
    0x0B: ("vertical tab", "босоо таб"),
    0x0C: ("form feed", "хуудас шилжүүлэх"),
    0x0D: ("carriage return", "мөрийн эхэнд буцаах, CR"),
    0x1B: ("escape", "ESC"),
    0x7F: ("delete", "DEL"),
}


def character(
    file: str, line: int, col: int, char: str, position: int, path: Path = ()
) -> Diagnostic:
    """E018 for one forbidden character (:data:`iltod.diagnostics.FORBIDDEN`), named and with
    its fix."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        what, what_mn = "half of a surrogate pair", "хос кодын хагас, surrogate"
        fix = "write the character itself (e.g. the emoji), not a \\uD83D…-style escape"
        fix_mn = "\\uD83D… хэлбэрийн кодын оронд тэмдэгтийг өөрийг нь бичнэ үү"
    else:
        generic = ("a non-character", "тэмдэгт биш код") if code > 0xFF else ("control", "удирдах")
        what, what_mn = _CONTROL_NAMES.get(code, generic)
        fix = (
            "delete it: it is invisible and Word, Excel and feeds cannot hold it (it often comes "
            "from copying out of another program; retype the text around it)"
        )
        fix_mn = (
            "устгана уу: харагддаггүй бөгөөд Word, Excel, мэдээллийн суваг үүнийг агуулж "
            "чадахгүй (ихэвчлэн өөр программаас хуулахад орж ирдэг; орчны текстийг дахин "
            "бичнэ үү)"
        )
    return diag(
        file,
        line,
        col,
        "E018",
        dotted(path),
        char=f"U+{code:04X}",
        what=what,
        what_mn=what_mn,
        position=position,
        fix=fix,
        fix_mn=fix_mn,
    )


def _controls(file: str, text: str, out: list[Diagnostic]) -> bool:
    """Forbidden characters written raw in the file: each line's first, at its own place (a
    carriage return, as in Windows line ends, is a line break there)."""
    found = False
    for n, line in enumerate(text.split("\n"), 1):
        m = FORBIDDEN.search(line.replace("\r", " "))
        if m:
            out.append(character(file, n, m.start() + 1, m.group(), m.start() + 1))
            found = True
    return found


def _tabs(file: str, text: str, out: list[Diagnostic]) -> bool:
    found = False
    for n, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            out.append(diag(file, n, indent.index("\t") + 1, "E003"))
            found = True
    return found


# libyaml's parser when PyYAML has it (about 20 times faster); events are the same.
_FAST: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> yaml.Node | None:
    """The document's node tree, built from parser events without ever following an alias.

    PyYAML's composer expands an alias into the anchored node, so a recursive alias loops for
    ever and nested aliases grow exponentially ("billion laughs"). Here an alias becomes an
    empty placeholder at its own position, and every node written with an anchor, alias or
    explicit tag is marked ``refused`` so that :func:`_construct` reports it with its field.
    A syntax error is reported in the words of PyYAML's pure-Python parser.

    Raises:
        TooDeep: at the first collection nested deeper than :data:`MAX_DEPTH`.
    """
    try:
        return _build(yaml.parse(text, Loader=_FAST))
    except yaml.MarkedYAMLError as e:
        if "maximum nesting depth" in (e.problem or ""):
            # libyaml scans a flow collection ahead and stops at depth 1000; PyYAML's parser,
            # scanning ahead the same way, would take seconds to say so
            raise TooDeep(e.problem_mark) from None
        if _FAST is yaml.SafeLoader:
            raise
        return _build(yaml.parse(text, Loader=yaml.SafeLoader))


class TooDeep(Exception):
    """A collection nested deeper than :data:`MAX_DEPTH`, at ``mark``."""

    def __init__(self, mark: Any) -> None:
        super().__init__(f"nesting deeper than {MAX_DEPTH} levels")
        self.mark = mark


def _node(event: yaml.Event) -> yaml.Node:
    start: Any = event.start_mark  # libyaml's Mark or PyYAML's: the same fields
    end: Any = event.end_mark
    if isinstance(event, yaml.AliasEvent):
        node: yaml.Node = yaml.ScalarNode("tag:yaml.org,2002:null", "", start, end)
        node.refused = ("alias", f"*{event.anchor}")  # type: ignore[attr-defined]
        return node
    tag = getattr(event, "tag", None) or "?"
    if isinstance(event, yaml.ScalarEvent):
        value = _PAIR.sub(_astral, event.value)
        node = yaml.ScalarNode(tag, value, start, end, style=event.style or None)
    elif isinstance(event, yaml.SequenceStartEvent):
        node = yaml.SequenceNode(tag, [], start, end)
    else:
        node = yaml.MappingNode(tag, [], start, end)
    refused = _refusal(event)
    if refused:
        setattr(node, "refused", refused)  # noqa: B010 - yaml.Node has no such attribute
    return node


# JSON writes a character beyond U+FFFF as two escapes ("\ud83d\ude00"); YAML, a superset of
# JSON, means that one character. PyYAML keeps two halves, which no file or terminal can hold.
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _astral(m: re.Match[str]) -> str:
    return m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def _build(events: Any) -> yaml.Node | None:
    root: yaml.Node | None = None
    stack: list[tuple[yaml.Node, list[yaml.Node]]] = []  # open collections, pending mapping key
    first: Any = None  # the first document's start mark
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            mark: Any = event.start_mark
            if first is not None:
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream",
                    first,
                    "but found another document",
                    mark,
                )
            first = mark
        elif isinstance(event, yaml.CollectionEndEvent):
            node, _ = stack.pop()
            node.end_mark = event.end_mark
        elif isinstance(event, yaml.NodeEvent):
            node = _node(event)
            if not stack:
                root = node
            elif isinstance(stack[-1][0], yaml.SequenceNode):
                stack[-1][0].value.append(node)
            elif stack[-1][1]:
                stack[-1][0].value.append((stack[-1][1].pop(), node))
            else:
                stack[-1][1].append(node)
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise TooDeep(event.start_mark)
                stack.append((node, []))
    return root


def _refusal(event: yaml.Event) -> tuple[str, str] | None:
    """Why a node's event is refused: an anchor or an explicit tag (``!!str`` is allowed)."""
    anchor = getattr(event, "anchor", None)
    if anchor:
        return "anchor", f"&{anchor}"
    tag = getattr(event, "tag", None)
    if tag not in (None, "!", "tag:yaml.org,2002:str"):
        return "tag", str(tag)
    return None


def read(file: str, data: bytes) -> Source:
    """Parse ``data`` (the bytes of ``file``) into a :class:`Source`; never raises."""
    src = Source(file)
    text = _decode(file, data, src.diagnostics)
    if text is None or _controls(file, text, src.diagnostics) or _tabs(file, text, src.diagnostics):
        return src
    try:
        node = _compose(text)
    except TooDeep as e:
        line, col = e.mark.line + 1, e.mark.column + 1
        src.diagnostics.append(diag(file, line, col, "E019", limit=MAX_DEPTH))
        return src
    except yaml.MarkedYAMLError as e:
        src.diagnostics.append(_syntax_error(file, e))
        return src
    except yaml.YAMLError as e:  # pragma: no cover - PyYAML marks nearly everything
        problem_mn = "YAML-ийн бүтэц буруу"
        src.diagnostics.append(diag(file, 1, 1, "E004", problem=str(e), problem_mn=problem_mn))
        return src
    if node is None:
        src.diagnostics.append(diag(file, 1, 1, "E009"))
        return src
    src.data = _construct(src, node, ())
    if not isinstance(src.data, dict):
        line, col = src.where(())
        en, mn = _describe(src.data)
        src.diagnostics.append(diag(file, line, col, "E008", got=en, got_mn=mn))
        src.data = None
    return src


def _syntax_error(file: str, e: yaml.MarkedYAMLError) -> Diagnostic:
    """PyYAML's problem at its mark, plus the construct it was reading and where that began."""
    mark = e.problem_mark or e.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem, problem_mn = describe(e)
    return diag(file, line, col, "E004", problem=problem, problem_mn=problem_mn)


def _refuse(src: Source, node: yaml.Node, path: Path) -> None:
    refused = getattr(node, "refused", None)
    if refused:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        kind, name = refused
        kind_mn = {"anchor": "зангуу", "alias": "холбоос"}.get(kind, "шошго")
        src.diagnostics.append(
            diag(src.file, line, col, "E006", _dotted(path), kind=kind, kind_mn=kind_mn, name=name)
        )


def _construct(src: Source, node: yaml.Node, path: Path) -> Any:
    src.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    _refuse(src, node, path)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        first: dict[str, int] = {}
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, yaml.ScalarNode) else str(knode.value)
            key = visible(key)  # E018 names a forbidden character; the path stays printable
            kline, kcol = knode.start_mark.line + 1, knode.start_mark.column + 1
            if key in first:
                src.diagnostics.append(
                    diag(
                        src.file,
                        kline,
                        kcol,
                        "E005",
                        _dotted(path + (key,)),
                        key=key,
                        first=first[key],
                    )
                )
                continue
            first[key] = kline
            _refuse(src, knode, path + (key,))
            _forbidden(src, knode, path + (key,))
            src.key_marks[path + (key,)] = (kline, kcol)
            out[key] = _construct(src, vnode, path + (key,))
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(src, item, path + (i,)) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    plain = node.style is None and node.tag != "tag:yaml.org,2002:str"
    src.scalars[path] = Scalar(node.value, plain)
    _forbidden(src, node, path)
    return _resolve(src, node, path) if plain else node.value


def _forbidden(src: Source, node: yaml.Node, path: Path) -> None:
    """E018 for a key or value holding a forbidden character, written as an escape (``"\\v"``,
    ``"\\ud800"``): raw ones were refused before parsing."""
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    m = FORBIDDEN.search(value)
    if m:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        src.diagnostics.append(character(src.file, line, col, m.group(), m.start() + 1, path))


def _resolve(src: Source, node: yaml.ScalarNode, path: Path) -> Any:
    """YAML 1.2 core schema resolution of a plain scalar; YAML 1.1 booleans are refused."""
    v = node.value
    if v in _NULL:
        return None
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    if v in _YAML11_BOOL:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        src.diagnostics.append(
            diag(src.file, line, col, "E007", _dotted(path), got=v, reads=_YAML11_BOOL[v])
        )
        return v
    if _INT.match(v):
        try:
            return int(v)
        except ValueError:  # more digits than Python converts (4300): as written, as text
            return v
    if _FLOAT.match(v):
        return float(v)
    if _DATE.match(v):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return v
    return v


def _describe(value: Any) -> tuple[str, str]:
    """A top-level value that is not a mapping, in English and Mongolian."""
    if value is None:
        return "nothing", "юу ч биш"
    if isinstance(value, list):
        return "a list", "жагсаалт"
    return f"'{value}'", f"'{value}'"


def _dotted(path: Path) -> str:
    """``('objectives', 0, 'title')`` → ``objectives[0].title``."""
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


dotted = _dotted


def undotted(field: str) -> Path:
    """``objectives[0].title`` → ``('objectives', 0, 'title')``: the inverse of :func:`dotted`."""
    parts: list[str | int] = []
    for token in re.findall(r"[^.\[\]]+|\[\d+\]", field):
        parts.append(int(token[1:-1]) if token.startswith("[") else token)
    return tuple(parts)
