"""The layout stays what dev/architecture.md describes. The layer contract itself is checked by
import-linter in the test command (pyproject.toml, ``[tool.importlinter]``); these are the
rules it cannot express."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from iltod import cli

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "iltod"


def test_the_top_level_of_the_package_holds_at_most_a_dozen_modules() -> None:
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= 12, modules


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }


def test_the_hook_is_a_thin_adapter() -> None:
    adapter = PACKAGE / "engine" / "mkdocs_hooks.py"
    text = adapter.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 150  # twelve events, each handing MkDocs' objects on
    events = [n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef)]
    longest = max((n.end_lineno or 0) - n.lineno + 1 for n in events if n.name != "on_config")
    assert longest <= 20  # what an event does is in the package, not here
    allowed = {"__future__", "logging", "functools", "pathlib", "typing", "jinja2", "mkdocs"}
    assert {m.split(".")[0] for m in _imported(adapter)} <= allowed | {"iltod"}


def test_a_deployment_s_hooks_file_only_hands_the_events_to_the_package() -> None:
    """The hooks file a deployment keeps (this repository's is the same) holds no logic: a
    newer engine is a newer package, not an edit of every deployment's hooks file."""
    hook = ROOT / "hooks" / "iltod_hooks.py"
    assert len(hook.read_text(encoding="utf-8").splitlines()) <= 5
    assert _imported(hook) == {"iltod.engine.mkdocs_hooks"}


def test_every_command_is_one_module_with_the_same_four_names() -> None:
    names = {c.NAME for c in cli.COMMANDS}
    assert len(names) == len(cli.COMMANDS)
    for command in cli.COMMANDS:
        assert callable(command.add_arguments), command.__name__
        assert callable(command.run), command.__name__
        assert command.HELP, command.__name__
    shared = {"__init__", "common", "outputs", "terminal"}  # what several commands use
    on_disk = {p.stem for p in (PACKAGE / "cli").glob("*.py")} - shared
    assert on_disk == {c.__name__.rsplit(".", 1)[1] for c in cli.COMMANDS}


def test_templates_apply_no_progress_rule() -> None:
    """Templates get each measure's Assessment and each group's Tally; iltod.progress is the
    one home of the rules and is not among the templates' globals."""
    templates = PACKAGE / "site" / "templates"
    for path in templates.rglob("*.html"):
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        for call in ("progress.", "band(", "overdue(", "status(", "average(", "mean("):
            assert call not in text, (path.name, call)
