"""Write plan and agency files in the one canonical style the loader reads back exactly.

Single-line text is double-quoted (so "1.10" and "no" stay text), multi-line text is a literal
block, fields follow the model's order, and fields left at their defaults are omitted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from pydantic import BaseModel

from iltod.schema import SCHEMA_PATHS


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _date(dumper: yaml.SafeDumper, value: dt.date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


def _dict(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    pairs = [
        (dumper.represent_scalar("tag:yaml.org,2002:str", str(k)), dumper.represent_data(v))
        for k, v in value.items()
    ]
    return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flow = bool(value) and all(isinstance(v, (int, float)) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(dict, _dict)
_Dumper.add_representer(list, _list)
_Dumper.add_representer(dt.date, _date)


def dump_model(model: BaseModel, kind: str, depth: int = 2) -> str:
    """YAML text of ``model`` with the editor schema line; ``depth`` is the file's folder depth."""
    data = model.model_dump(mode="python", exclude_defaults=True)
    if "scale" in type(model).model_fields:  # a plan always states its scale
        data = {
            k: getattr(model, k) if k == "scale" else data[k]
            for k in type(model).model_fields
            if k in data or k == "scale"
        }
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)
    schema = "../" * depth + SCHEMA_PATHS[kind]
    return f"# yaml-language-server: $schema={schema}\n{body}"
