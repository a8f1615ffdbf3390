"""The "data format" documentation page, generated from the model (never hand-kept)."""

from __future__ import annotations

from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from iltod.model import (
    Agency,
    AttachmentFile,
    Attachments,
    Budget,
    DeclaredCounts,
    Measure,
    Name,
    Objective,
    Plan,
)

SECTIONS: list[tuple[str, type[BaseModel]]] = [
    ("plans/&lt;agency&gt;/agency.yml", Agency),
    ("name, short_name", Name),
    ("plans/&lt;agency&gt;/&lt;year&gt;.yml", Plan),
    ("objectives[]", Objective),
    ("measures[]", Measure),
    ("budget", Budget),
    ("attachments", Attachments),
    ("attachments.items[]", AttachmentFile),
    ("attachments.declared", DeclaredCounts),
]


def _type(annotation: Any) -> str:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _type(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    if origin is list:
        return f"list of {_type(get_args(annotation)[0])}"
    if get_args(annotation) and origin is not None and str(origin).endswith("Literal"):
        return " | ".join(f'"{a}"' for a in get_args(annotation))
    if get_args(annotation):
        parts = [_type(a) for a in get_args(annotation) if a is not type(None)]
        return " or ".join(dict.fromkeys(p for p in parts if p))
    names = {str: "text", int: "whole number", float: "number", bool: "true/false"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _row(name: str, info: FieldInfo) -> str:
    doc = (info.description or "").replace("\n", " ")
    mn, _, en = doc.partition(" / ")
    required = "**yes**" if info.is_required() else "no"
    iaac = (
        (info.json_schema_extra or {}).get("iaac", "")
        if isinstance(info.json_schema_extra, dict)
        else ""
    )
    typ = _type(info.annotation).replace("|", "\\|")
    return f"| `{name}` | {typ} | {required} | {iaac} | {mn.strip()} | {en.strip()} |"


def data_format_markdown() -> str:
    lines = [
        "# Өгөгдлийн бүтэц / Data format",
        "",
        (
            "Энэ хуудсыг `iltod/model.py`-аас автоматаар үүсгэдэг. / This page is generated from "
            "`iltod/model.py`; the JSON Schema (`schema/*.schema.json`, `iltod schema`) comes "
            "from the same classes. Each field: its type, whether it is required, the IAAC report "
            "column it holds, and its meaning in Mongolian and English."
        ),
        "",
    ]
    for title, model in SECTIONS:
        doc = (model.__doc__ or "").replace("\n", " ")
        lines += [f"## {title}", "", " ".join(doc.split()), ""]
        lines += [
            "| field | type | required | IAAC column | тайлбар | meaning |",
            "|---|---|---|---|---|---|",
        ]
        lines += [_row(name, info) for name, info in model.model_fields.items()]
        lines.append("")
    return "\n".join(lines)
