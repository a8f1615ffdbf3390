"""JSON Schema derived from the model, for editors (yaml-language-server) and the docs page."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from iltod.assessment import PlanAssessment
from iltod.model import MODELS
from iltod.regions import RegionsFile

SCHEMA_PATHS = {
    "plan": "schema/plan.schema.json",
    "agency": "schema/agency.schema.json",
    "assessment": "schema/assessment.schema.json",
    "regions": "schema/regions.schema.json",
}
_MODELS: dict[str, type[BaseModel]] = {
    **MODELS,
    "assessment": PlanAssessment,
    "regions": RegionsFile,
}


def json_schema(kind: str = "plan") -> dict[str, Any]:
    """The JSON Schema of a ``plan``, ``agency``, reviewer's ``assessment`` or deployment's
    ``regions`` file."""
    schema = _MODELS[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
