"""The engine as a package (issue 22): the wheel built from this checkout, installed into a
fresh virtual environment, builds a deployment's folder that holds only ``mkdocs.yml``, the
two-line hooks file and ``plans/`` (SYNTHETIC): templates, assets, theme overrides and guides
all come from the wheel."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.support import deployment

pytestmark = pytest.mark.package

MKDOCS_YML = """\
site_name: "SYNTHETIC deployment"
site_url: "https://example.org/synthetic/"
docs_dir: plans   # no pages of its own: the guides come from the package
theme:
  name: material
  language: mn
hooks:
  - hooks/iltod_hooks.py
markdown_extensions: [tables, attr_list, admonition, toc]
extra:
  iltod:
    publisher: {mn: "SYNTHETIC нийтлэгч", en: "SYNTHETIC publisher"}
"""
HOOKS = "from iltod.engine.mkdocs_hooks import *  # noqa: F403\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel and the fresh environment's Python it is installed in."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = deployment.build_wheel(tmp / "dist")
    return wheel, deployment.fresh_environment(tmp / "venv", wheel)


def test_the_wheel_carries_the_engine_s_data(installed: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(installed[0]).namelist())
    for data in (
        "iltod/site/templates/plan.html",
        "iltod/site/material/overrides/main.html",
        "iltod/site/material/firstscreen.json",
        "iltod/site/compiled/index.json",  # templates compiled when the package is made
        "iltod/site/guides/progress.md",
        "iltod/site/assets/iltod.css",
        "iltod/engine/mkdocs_hooks.py",
        "iltod/diagnostics/codes.py",
        "iltod/py.typed",
    ):
        assert data in names, data


def test_a_folder_of_mkdocs_yml_hooks_and_plans_builds_with_the_installed_wheel(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, python = installed
    repo = tmp_path / "deployment"
    (repo / "hooks").mkdir(parents=True)
    (repo / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (repo / "hooks" / "iltod_hooks.py").write_text(HOOKS, encoding="utf-8")
    deployment.write_plans(repo)
    assert sorted(p.name for p in repo.iterdir()) == ["hooks", "mkdocs.yml", "plans"]
    env = deployment.environment(python)
    where = subprocess.run(
        [str(python), "-c", "import iltod; print(iltod.__file__)"],
        capture_output=True, text=True, env=env, cwd=repo, check=True,
    ).stdout  # fmt: skip
    assert where.startswith(str(python.parent.parent)), where  # the wheel's, not the checkout's
    out = tmp_path / "site"
    result = subprocess.run(
        [str(python.parent / "iltod"), "build", "-o", str(out)],
        capture_output=True, text=True, env=env, cwd=repo, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    plan = out / "synthetic-agency" / "2024" / "index.html"
    assert "SYNTHETIC жишээ төлөвлөгөө" in plan.read_text(encoding="utf-8")
    assert (out / "synthetic-agency" / "2024" / "measure-1-2" / "index.html").is_file()
    assert (out / "progress" / "index.html").is_file()  # a guide, from the package
    assert (out / "data-format" / "index.html").is_file()
    assert not list(out.rglob("*.yml"))  # plans/ as docs_dir: no raw file published
    # a fresh install's first build (no .cache/) compiles no template: the wheel ships them
    assert re.search(
        r"templates: [1-9]\d* read compiled from the package, 0 compiled", result.stderr
    )
