"""Turn pydantic validation errors into located, bilingual diagnostics.

Pydantic reports one error per union member (``percent.int``, ``percent.float``); clerks need
one message per field. Errors are grouped by the path of the value in the file, described in
words a clerk knows, and located with the marks the YAML reader recorded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from iltod import model
from iltod.diagnostics import Diagnostic, diag
from iltod.load.yamlsource import Path, Source, dotted

_TYPES: dict[str, tuple[str, str]] = {
    "string_type": ("text", "текст"),
    "int_type": ("a whole number", "бүхэл тоо"),
    "float_type": ("a number", "тоо"),
    "bool_type": ("true or false", "true эсвэл false"),
    "list_type": ("a list", "жагсаалт"),
    "model_type": ("a group of fields (key: value)", "түлхүүр: утга бүхий бүтэц"),
    "dict_type": ("a group of fields (key: value)", "түлхүүр: утга бүхий бүтэц"),
    "date_type": ("a date YYYY-MM-DD", "YYYY-MM-DD огноо"),
    "date_parsing": ("a date YYYY-MM-DD", "YYYY-MM-DD огноо"),
    "date_from_datetime_parsing": ("a date YYYY-MM-DD", "YYYY-MM-DD огноо"),
    "date_from_datetime_inexact": ("a date YYYY-MM-DD", "YYYY-MM-DD огноо"),
}


def _pattern(annotated: Any) -> str:
    """The regular expression of an ``Annotated[str, Field(pattern=…)]`` type of the model."""
    for meta in get_args(annotated)[1].metadata:
        if getattr(meta, "pattern", None):
            return str(meta.pattern)
    raise ValueError(f"{annotated} has no pattern")  # pragma: no cover


# Keyed by the model's own patterns, so the words cannot drift from the rule they describe.
_PATTERNS: dict[str, tuple[str, str]] = {
    _pattern(model.Slug): (
        "a slug of lower-case Latin letters, digits and hyphens",
        "латин жижиг үсэг, тоо, зураасаас бүрдсэн нэр",
    ),
    _pattern(model.MeasureNumber): ('a measure number such as "1.1"', '"1.1" хэлбэрийн дугаар'),
    _pattern(model.Owner): (
        "a GitHub user or team such as @name or @org/team",
        "@name эсвэл @org/team хэлбэрийн GitHub хэрэглэгч, баг",
    ),
    _pattern(model.Url): ("an http:// or https:// address", "http:// эсвэл https:// хаяг"),
}

_READS = {
    int: ("number", "тоо"),
    float: ("number", "тоо"),
    bool: ("true/false", "үнэн/худал"),
    dt.date: ("date", "огноо"),
}


def _data_path(data: Any, loc: tuple[Any, ...], missing: bool) -> Path:
    """Keep the parts of a pydantic ``loc`` that name real keys and indexes in ``data``."""
    out: list[str | int] = []
    cur = data
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(cur, dict) and isinstance(part, str) and (part in cur or (missing and last)):
            out.append(part)
            cur = cur.get(part)
        elif isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur):
            out.append(part)
            cur = cur[part]
    return tuple(out)


def got(src: Source, path: Path, value: Any) -> str:
    """How a value looked in the file, for "got …" in messages."""
    return shown(src, path, value)[0]


def shown(src: Source, path: Path, value: Any) -> tuple[str, str]:
    """How a value looked in the file: a scalar as written, else described (English, Mongolian)."""
    scalar = src.scalars.get(path)
    if scalar is not None:
        text = scalar.raw if scalar.plain else f'"{scalar.raw}"'
        return text, text
    if isinstance(value, dict):
        return "a group of fields", "түлхүүр: утга бүхий бүтэц"
    if isinstance(value, list):
        return ("a list", "жагсаалт") if value else ("an empty list", "хоосон жагсаалт")
    return "nothing", "юу ч биш"


def _value(data: Any, path: Path) -> Any:
    for p in path:
        data = data[p]
    return data


def model_at(model: type[BaseModel], path: Path) -> type[BaseModel] | None:
    """The model class describing the mapping at ``path`` (list indexes are stepped over)."""
    cur: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        if (
            not (isinstance(cur, type) and issubclass(cur, BaseModel))
            or part not in cur.model_fields
        ):
            return None
        cur = _find_model(cur.model_fields[part].annotation)
    return cur if isinstance(cur, type) and issubclass(cur, BaseModel) else None


def _find_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _find_model(arg)
        if found is not None:
            return found
    return None


def convert(
    src: Source, exc: ValidationError, skip: set[Path], model: type[BaseModel]
) -> list[Diagnostic]:
    """One diagnostic per offending value; paths in ``skip`` (already reported) are left out."""
    groups: dict[Path, list[Any]] = {}
    for err in exc.errors():
        path = _data_path(src.data, err["loc"], err["type"] == "missing")
        groups.setdefault(path, []).append(err)
    out: list[Diagnostic] = []
    for path, errs in groups.items():
        if any(path[:n] in skip for n in range(len(path) + 1)) or _other_branch(path, errs, groups):
            continue
        out.append(_one(src, path, errs, model))
    return out


def _other_branch(path: Path, errs: list[Any], groups: dict[Path, list[Any]]) -> bool:
    """True for a union's "wrong kind" errors when the value has errors inside it.

    ``budget: {spent: -1}`` fails both ``Budget`` (spent below 0) and ``"-"``; the clerk wrote
    a mapping, so only the problem inside it is worth printing, not "expected '-'".
    """
    if not all(e["type"] == "literal_error" or e["type"] in _TYPES for e in errs):
        return False
    return any(len(other) > len(path) and other[: len(path)] == path for other in groups)


def _one(src: Source, path: Path, errs: list[dict[str, Any]], model: type[BaseModel]) -> Diagnostic:
    types = {e["type"] for e in errs}
    field = dotted(path)
    if "missing" in types:
        line, col = src.where(path[:-1])
        return diag(src.file, line, col, "E010", field)
    if "extra_forbidden" in types:
        line, col = src.where(path, key=True)
        parent = path[:-1]
        owner = model_at(model, parent)
        allowed = ", ".join(owner.model_fields) if owner else ""
        return diag(
            src.file,
            line,
            col,
            "E011",
            dotted(parent) if parent else "",
            key=path[-1],
            allowed=allowed,
        )
    line, col = src.where(path)
    value = _value(src.data, path)
    got_en, got_mn = shown(src, path, value)
    if "string_type" in types and type(value) in _READS and src.scalars.get(path, None):
        reads, reads_mn = _READS[type(value)]
        return diag(src.file, line, col, "E015", field, got=got_en, reads=reads, reads_mn=reads_mn)
    en, mn, code = _expected(errs)
    return diag(
        src.file, line, col, code, field, expected=en, expected_mn=mn, got=got_en, got_mn=got_mn
    )


def explain(exc: ValidationError, data: Any, limit: int = 3) -> tuple[str, str]:
    """The first ``limit`` problems pydantic found in ``data``, in English and Mongolian: for a
    message that has no place in a YAML file of its own (the importers' E107 and E108).

    ``percent: expected a number, got "x"; text: expected this required field`` and its Mongolian
    twin, in the words the validator uses.
    """
    groups: dict[Path, list[Any]] = {}
    for err in exc.errors():
        groups.setdefault(_data_path(data, err["loc"], err["type"] == "missing"), []).append(err)
    en: list[str] = []
    mn: list[str] = []
    for path, errs in list(groups.items())[:limit]:
        types = {e["type"] for e in errs}
        if "missing" in types:
            what = ("required, missing", "заавал бөглөх талбар, бөглөөгүй")
        elif "extra_forbidden" in types:
            what = ("unknown field", "үл мэдэгдэх талбар")
        else:
            expected, expected_mn, _ = _expected(errs)
            what = (f"expected {expected}", f"{expected_mn} байх ёстой")
        field = dotted(path) or "plan"
        en.append(f"{field}: {what[0]}")
        mn.append(f"{field}: {what[1]}")
    return "; ".join(en), "; ".join(mn)


def _expected(errs: list[dict[str, Any]]) -> tuple[str, str, str]:
    en: list[str] = []
    mn: list[str] = []
    code = "E013"
    for e in errs:
        t, ctx = e["type"], e.get("ctx", {})
        if t in _TYPES:
            pair = _TYPES[t]
        elif t == "literal_error":
            options = str(ctx["expected"])
            pair = (f"one of {options}", f"{options.replace(' or ', ', ')}-ийн аль нэг")
        else:
            code = "E014"
            pair = _constraint(t, ctx)
        if pair[0] not in en:
            en.append(pair[0])
            mn.append(pair[1])
    if "a whole number" in en and "a number" in en:
        i = en.index("a whole number")
        del en[i], mn[i]
    return " or ".join(en), " эсвэл ".join(mn), code


def _constraint(t: str, ctx: dict[str, Any]) -> tuple[str, str]:
    if t == "string_pattern_mismatch":
        return _PATTERNS.get(
            ctx["pattern"], (f"text matching {ctx['pattern']}", f"{ctx['pattern']} хэлбэр")
        )
    if t == "greater_than_equal":
        return (f"a number of at least {ctx['ge']}", f"{ctx['ge']}-аас багагүй тоо")
    if t == "less_than_equal":
        return (f"a number of at most {ctx['le']}", f"{ctx['le']}-аас ихгүй тоо")
    if t == "string_too_short":
        return ("non-empty text", "хоосон биш текст")
    if t == "too_short":
        return (f"at least {ctx['min_length']} item", f"дор хаяж {ctx['min_length']} зүйл")
    if t == "string_too_long":
        return (f"at most {ctx['max_length']} characters", f"{ctx['max_length']}-аас ихгүй тэмдэгт")
    if t == "finite_number":
        return ("a finite number", "төгсгөлөг тоо")
    # A rule of a later pydantic: its name in English, and never English in the Mongolian line.
    return (t.replace("_", " "), "зөвшөөрөгдөх утга")
