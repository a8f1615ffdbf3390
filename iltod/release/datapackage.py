"""``data/datapackage.json``: a Frictionless Data Package (v2) describing every open data file.

Each CSV is a tabular resource whose Table Schema (``measures.schema.json``, written once
beside it) gives every column's type, constraints and Mongolian and English titles, the
missing value (the empty cell), and the primary key (agency, year, measure). A plan's CSV also
declares a foreign key into the whole table: its rows are the bulk table's rows. The JSON
files are the same measures nested by plan and objective (site/guides/open-data.md): not tables, so
each links instead a JSON Schema (``plans.schema.json``, :mod:`.docschema`) as ``jsonSchema``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, get_args

from iltod import opendata, progress, review, urls
from iltod.release import written
from iltod.release.written import Data

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
NAME = "datapackage.json"
SCHEMA = "measures.schema.json"
"""The Table Schema of every CSV, a file of its own so that each resource links it."""
JSON_SCHEMA = "plans.schema.json"
"""The JSON Schema of every JSON file (:mod:`.docschema`), linked as each one's
``jsonSchema``."""

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MEASURE = r"^[1-9][0-9]*(\.[0-9]+)+$"

FIELDS: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    # column: (type, Mongolian title, English title, constraints)
    "agency": ("string", "Байгууллага", "Agency (slug)", {"required": True, "pattern": SLUG}),
    "region": ("string", "Бүс нутаг", "Region", {}),
    "year": ("integer", "Он", "Reporting year", {"required": True, "minimum": 1990}),
    "objective": ("integer", "Зорилтын дугаар", "Objective number", {"required": True}),
    "objective_title": ("string", "Зорилт", "Objective", {"required": True}),
    "measure": ("string", "Арга хэмжээний дугаар", "Measure number", {"required": True}),
    "text": ("string", "Арга хэмжээ", "Measure", {"required": True}),
    "timeframe": ("string", "Хэрэгжих хугацаа", "Timeframe as written", {}),
    "due": ("date", "Дуусах огноо", "Due date", {}),
    "timing": ("string", "Хугацааны төрөл", "Kind of timeframe", {"required": True}),
    "indicators": ("string", "Шалгуур үзүүлэлт", "Indicators (one per line)", {}),
    "target": ("string", "Хүрэх үр дүн", "Target", {}),
    "budget": ("string", "Төсөв", "Budget (text, or JSON of amount and source)", {}),
    "result": ("string", "Хэрэгжилт", "Result reported", {}),
    "percent": ("number", "Хэрэгжилтийн хувь", "Percent implemented", {"minimum": 0}),
    "status": ("string", "Төлөв", "Status", {"required": True}),
    "overdue": ("boolean", "Хугацаа хэтэрсэн", "Overdue", {}),
    "not_due": ("boolean", "Хугацаа болоогүй", "Not yet due", {"required": True}),
    "attachments_total": ("integer", "Хавсралт нийт", "Attachments, total", {"minimum": 0}),
    "attachments_files": ("integer", "Файл", "Attachments, documents", {"minimum": 0}),
    "attachments_images": ("integer", "Зураг", "Attachments, photos", {"minimum": 0}),
    "notes": ("string", "Тэмдэглэл", "Notes", {}),
    "url": ("string", "Хуудас", "Page (relative to the site)", {"required": True}),
    "baseline": ("string", "Суурь түвшин", "Baseline", {}),
    "target_level": ("string", "Зорилтот түвшин", "Target level", {}),
    "responsible": ("string", "Хариуцах эзэн", "Responsible", {}),
    "review_verdict": ("string", "Хянагчийн дүгнэлт", "Reviewer's verdict", {"required": True}),
    "review_level": ("number", "Хянагчийн үнэлгээ", "Level assessed by the reviewer", {}),
    "review_gap": ("number", "Зөрүү", "Gap (percent minus assessed level)", {}),
    "observation": ("string", "Ажиглалтын төлөв", "Observation status", {"required": True}),
    "assessor": ("string", "Үнэлсэн байгууллага", "Assessor (organisation)", {}),
    "change": (
        "number",
        "Өмнөх тайлант оноос",
        "Change since the agency's previous reporting year (points)",
        {},
    ),
}
"""Every CSV column (:data:`iltod.opendata.CSV_COLUMNS`, in its order)."""

ENUMS: dict[str, list[str]] = {
    "status": list(progress.STATUSES),
    "timing": list(progress.TIMINGS),
    "review_verdict": list(get_args(review.Verdict)),
    "observation": list(review.OBSERVATIONS),
}
PATTERNS = {"measure": MEASURE}
KEY = ["agency", "year", "measure"]


def table_schema() -> dict[str, Any]:
    """The Table Schema of ``measures.csv`` and of each plan's CSV."""
    fields = []
    for name in opendata.CSV_COLUMNS:
        # a column added to the CSV without its description here is still a described string
        # (tests/unit/test_datapackage.py asks for its titles)
        kind, mn, en, constraints = FIELDS.get(name, ("string", name, name, {}))
        constraints = dict(constraints)
        if name in ENUMS:
            constraints["enum"] = ENUMS[name]
        if name in PATTERNS:
            constraints["pattern"] = PATTERNS[name]
        field: dict[str, Any] = {"name": name, "type": kind, "title": f"{mn} / {en}"}
        field["description"] = en
        if kind == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {
        "$schema": SCHEMA_PROFILE,
        "fields": fields,
        "missingValues": [""],
        "primaryKey": KEY,
    }


def _file(path: str, data: Data, **values: Any) -> dict[str, Any]:
    return {
        "path": path,
        "bytes": len(data),
        "hash": "sha256:" + written.sha256(data),
        **values,
    }


def _name(path: str) -> str:
    """A resource name (lower case, digits, ``-._``) from its path."""
    return path.replace("/", "-").lower()


def descriptor(
    doc: dict[str, Any],
    files: dict[str, Data],
    *,
    title: str | None,
    repo_url: str | None,
    commit: str | None,
    snapshots: Iterable[str] = (),
) -> dict[str, Any]:
    """The data package of the open data ``files`` (path in the open data folder → bytes),
    described from ``doc`` (:func:`iltod.opendata.to_dict`); ``snapshots``: the dates of the
    frozen snapshots published beside it, each a data package of its own."""
    csv_common = {
        "type": "table",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\r\n"},
        "schema": SCHEMA,
    }
    json_common = {
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "jsonSchema": JSON_SCHEMA,
    }
    resources = [
        _file("measures.csv", files["measures.csv"], name="measures", **csv_common),
        _file("plans.json", files["plans.json"], name="plans", **json_common),
    ]
    resources[0]["title"] = "Бүх арга хэмжээ / Every measure of every plan"
    resources[1]["title"] = "Бүх төлөвлөгөө / Every plan, nested (JSON)"
    for plan in doc["plans"]:
        key = (plan["agency"], plan["year"])
        name = plan["agency_name"] or {}
        label = f"{name.get('mn') or plan['agency']} {plan['year']}"
        csv_path = urls.data_file(*key, "csv")
        one = _file(csv_path, files[csv_path], name=_name(csv_path), title=label, **csv_common)
        one["foreignKeys"] = [{"fields": KEY, "reference": {"resource": "measures", "fields": KEY}}]
        json_path = urls.data_file(*key, "json")
        resources += [
            one,
            _file(json_path, files[json_path], name=_name(json_path), title=label, **json_common),
        ]
    lic = doc["licence"]
    package: dict[str, Any] = {
        "$schema": PROFILE,
        "name": "iltod-open-data",
        "title": title or "Ил тод: төлөвлөгөөний хэрэгжилт / Action plans and their progress",
        "version": doc["as_of"],
        "licenses": [{"path": lic["url"], "title": lic["name"]}],
        "contributors": (
            [{"title": doc["publisher"], "roles": ["publisher"]}] if doc["publisher"] else []
        ),
        "sources": _sources(repo_url, commit),
        "resources": resources,
    }
    if commit:
        package["iltod:commit"] = commit
    if snapshots:
        package["iltod:snapshots"] = [
            {"date": d, "path": f"snapshots/{d}/{NAME}"} for d in sorted(snapshots)
        ]
    return package


def _sources(repo_url: str | None, commit: str | None) -> list[dict[str, str]]:
    """The plan files the data comes from: the repository at the commit built."""
    if not repo_url:
        return [{"title": "plans/ (YAML, one file per agency and year)"}]
    base = repo_url.rstrip("/")
    path = f"{base}/tree/{commit}/plans" if commit else f"{base}/tree/HEAD/plans"
    return [{"title": "plans/ (YAML, one file per agency and year)", "path": path}]


def to_json(value: dict[str, Any]) -> bytes:
    """A descriptor's bytes: the same for the same data."""
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
