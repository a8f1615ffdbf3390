"""The published JSON Schemas are valid for every editor that reads them.

Editors (yaml-language-server in VS Code) compile each ``pattern`` as an ECMA-262 regular
expression with the ``u`` flag, where an escape such as ``\\"`` is an error that disables the
schema. So every schema in ``schema/`` must pass its metaschema, every pattern must compile in
Node's RegExp (the engine of those editors), and the plans an agency writes must validate against
the schema with a standard validator, as they do in the editor. That the committed files are the
generated ones is tested in test_sample.py (``test_committed_schema_is_current``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from iltod.load.yamlsource import read
from iltod.schema import SCHEMA_PATHS
from tests.support import sample
from tests.support.sitekit import ROOT

SCHEMAS = {
    kind: json.loads((ROOT / path).read_text(encoding="utf-8"))
    for kind, path in SCHEMA_PATHS.items()
}
NODE = shutil.which("node")


def _patterns(node: Any) -> list[str]:
    """Every regular expression of a schema: ``pattern`` values and ``patternProperties`` keys."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                out.append(value)
            elif key == "patternProperties" and isinstance(value, dict):
                out.extend(value)
            out.extend(_patterns(value))
    elif isinstance(node, list):
        for item in node:
            out.extend(_patterns(item))
    return out


def _ecma_errors(patterns: list[str]) -> dict[str, str]:
    """Each pattern Node's RegExp refuses with the ``u`` flag, with its error."""
    assert NODE, "Node.js is needed to check the schemas' patterns as editors compile them"
    script = (
        "const errors = {};"
        "for (const p of JSON.parse(require('fs').readFileSync(0, 'utf8'))) {"
        "  try { new RegExp(p, 'u'); } catch (e) { errors[p] = e.message; }"
        "}"
        "process.stdout.write(JSON.stringify(errors));"
    )
    run = subprocess.run(
        [NODE, "-e", script], input=json.dumps(patterns), capture_output=True, text=True, check=True
    )
    return dict(json.loads(run.stdout))


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_each_published_schema_passes_its_metaschema(kind: str) -> None:
    schema = SCHEMAS[kind]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    meta = Draft202012Validator(
        Draft202012Validator.META_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert [e.message for e in meta.iter_errors(schema)] == []


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_every_pattern_compiles_as_ecma_262_with_the_unicode_flag(kind: str) -> None:
    patterns = _patterns(SCHEMAS[kind])
    assert patterns, "the schemas have patterns (slug, measure number, …)"
    assert _ecma_errors(patterns) == {}


def test_the_pattern_check_catches_an_escaped_quote() -> None:
    """The check is live: the website pattern iltod used to publish is refused by Node."""
    old = "^https?://[^\\s<>\\\"']+$"
    assert set(_ecma_errors([old, "^[a-z]+$"])) == {old}


def _json_types(value: Any) -> Any:
    """A value as a YAML 1.2 editor sees it: an unquoted date is a string, not a date."""
    if isinstance(value, dict):
        return {k: _json_types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_types(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def _files() -> list[Path]:
    valid = sorted((ROOT / "tests" / "cases" / "valid").glob("*/plans/*/*.yml"))
    return sorted(sample.PLANS.glob("*/*.yml")) + valid


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_sample_and_valid_plans_validate_against_the_schema_as_editors_do(path: Path) -> None:
    src = read(path.name, path.read_bytes())
    assert src.diagnostics == []
    kind = "assessment" if path.name.endswith(".assessment.yml") else "plan"
    schema = SCHEMAS["agency" if path.name == "agency.yml" else kind]
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(_json_types(src.data))] == []


def test_the_schema_refuses_what_the_validator_refuses() -> None:
    """Not a schema that accepts anything: a javascript: website and a bad slug are refused."""
    validator = Draft202012Validator(SCHEMAS["agency"])
    agency = {"slug": "Bad Slug", "name": {"mn": "Нэр"}, "region": "govisumber"}
    agency["website"] = "javascript:alert(1)"
    errors = {e.path[0] for e in validator.iter_errors(agency)}
    assert errors == {"slug", "website"}
