"""``plans.schema.json``: the JSON Schema (2020-12) of the open data's JSON files.

``plans.json`` and each plan's ``<agency>/<year>.json`` are one document nested by plan,
objective and measure (:func:`iltod.opendata.to_dict`): not a table, so a Table Schema cannot
describe them. The data package links this schema from each JSON resource (``jsonSchema``,
Data Package v2); its measure fields reuse the CSV's descriptions (:data:`.datapackage.FIELDS`:
the same Mongolian and English titles, types, enumerations and patterns).
"""

from __future__ import annotations

from typing import Any

from iltod import review
from iltod.release import datapackage as dp

NAME = dp.JSON_SCHEMA
DRAFT = "https://json-schema.org/draft/2020-12/schema"
_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


def _field(column: str, required: bool | None = None) -> dict[str, Any]:
    """A measure's field described as the CSV's column ``column`` is (null unless required)."""
    kind, mn, en, constraints = dp.FIELDS[column]
    needed = constraints.get("required", False) if required is None else required
    out: dict[str, Any] = {"title": f"{mn} / {en}"}
    if kind == "date":
        out["type"], out["format"] = "string", "date"
    else:
        out["type"] = _TYPES[kind]
    if column in dp.ENUMS:
        out["enum"] = list(dp.ENUMS[column])
    if column in dp.PATTERNS or "pattern" in constraints:
        out["pattern"] = dp.PATTERNS.get(column, constraints.get("pattern"))
    if "minimum" in constraints:
        out["minimum"] = constraints["minimum"]
    if not needed:
        out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out


def _counts(keys: tuple[str, ...]) -> dict[str, Any]:
    properties = {k: {"type": "integer", "minimum": 0} for k in keys}
    return {"type": "object", "properties": properties, "required": list(keys)}


_STRING = {"type": "string"}
_TEXT = {"type": ["string", "null"]}
_NAME = {
    "type": ["object", "null"],
    "properties": {"mn": _STRING, "en": _TEXT},
    "required": ["mn"],
}


def _measure() -> dict[str, Any]:
    observations = list(review.OBSERVATIONS)
    verdicts = dp.ENUMS["review_verdict"]
    props: dict[str, Any] = {
        "number": _field("measure"),
        "text": _field("text"),
        "timeframe": _field("timeframe"),
        "due": _field("due"),
        "timing": _field("timing"),
        "indicators": {"type": "array", "items": _STRING, "title": "Шалгуур үзүүлэлт / Indicators"},
        "target": _field("target"),
        "baseline": _field("baseline"),
        "target_level": _field("target_level"),
        "responsible": _field("responsible"),
        "budget": {"type": ["object", "string", "null"], "title": "Төсөв / Budget"},
        "result": _field("result"),
        "percent": _field("percent"),
        "status": _field("status"),
        "overdue": _field("overdue"),
        "not_due": _field("not_due"),
        "attachments": {"type": "object", "title": "Хавсралт / Attachments"},
        "notes": _field("notes"),
        "url": _field("url"),
        "review": {
            "type": "object",
            "title": "Хөндлөнгийн үнэлгээ / The reviewer's assessment",
            "properties": {
                "verdict": {"enum": verdicts},
                "level": {"type": ["number", "null"], "minimum": 0, "maximum": 100},
                "gap": {"type": ["number", "null"]},
                "observation": {"enum": observations},
                "assessor": _TEXT,
                "note": _TEXT,
                "evidence_seen": {"type": "array", "items": _STRING},
            },
            "required": ["verdict", "level", "observation"],
        },
        "flags": {
            "type": "array",
            "title": "Анхааруулах тэмдэг / Honesty flags",
            "items": {
                "type": "object",
                "properties": {"code": _STRING, "mn": _STRING, "en": _STRING},
                "required": ["code", "mn", "en"],
            },
        },
    }
    required = ["number", "text", "timing", "status", "not_due", "url", "review"]
    return {"type": "object", "properties": props, "required": required}


def _group(children: str, child: dict[str, Any], **own: Any) -> dict[str, Any]:
    """An objective or a plan: its own fields, the reviewer's figures, and its children."""
    props: dict[str, Any] = {
        **own,
        "average": {"type": ["number", "null"], "minimum": 0},
        "url": _STRING,
        "reviewer_average": {"type": ["number", "null"], "minimum": 0},
        "measures_reviewed": {"type": "integer", "minimum": 0},
        "observations": _counts(tuple(review.OBSERVATIONS)),
        "flags": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        children: {"type": "array", "items": child},
    }
    return {"type": "object", "properties": props, "required": [*own, children]}


def schema() -> dict[str, Any]:
    """The JSON Schema of ``plans.json`` and of each plan's JSON file."""
    objective = _group("measures", _measure(), number={"type": "integer"}, title=_STRING)
    plan = _group(
        "objectives",
        objective,
        agency={"type": "string", "pattern": dp.SLUG},
        agency_name=_NAME,
        region=_TEXT,
        year={"type": "integer", "minimum": 1990},
        title=_STRING,
        period={"enum": ["year-end", "half-year", "q1", "q2", "q3", "q4"]},
    )
    return {
        "$schema": DRAFT,
        "title": "Ил тод: төлөвлөгөөний хэрэгжилт / Action plans and their progress (JSON)",
        "type": "object",
        "properties": {
            "format": {"type": "integer"},
            "as_of": {"type": "string", "format": "date"},
            "licence": {"type": "object", "required": ["name", "url"]},
            "publisher": _TEXT,
            "plans": {"type": "array", "items": plan},
        },
        "required": ["format", "as_of", "licence", "plans"],
    }
