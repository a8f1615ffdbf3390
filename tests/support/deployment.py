"""A deployment's repository as the engine's package sees it: the wheel built from this
checkout, a fresh virtual environment it is installed into, and a SYNTHETIC plan.

The fresh environment gets its dependencies from this checkout's ``.venv`` (one ``.pth`` line,
read as a plain path: the checkout's editable install of iltod is not activated there), so the
test stays offline and fast, and the ``iltod`` it imports is the wheel's (asserted).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.support.sitekit import ROOT, TODAY

SOURCES = ("iltod", "pyproject.toml", "README.md")
"""What the wheel is built from (a copy: the build writes nothing into the checkout)."""

AGENCY = """\
# SYNTHETIC agency: made up to build a deployment's folder in a test. Not a real body.
slug: "synthetic-agency"
name:
  mn: "SYNTHETIC жишээ байгууллага"
  en: "SYNTHETIC example agency"
region: "national"
"""

PLAN = """\
# SYNTHETIC plan: every text and number is made up.
agency: "synthetic-agency"
year: 2024
title: "SYNTHETIC жишээ төлөвлөгөө / example plan"
period: "year-end"
reported: 2025-01-20
source: "SYNTHETIC: зохиомол жишээ өгөгдөл / made-up example data"
objectives:
  - number: 1
    title: "SYNTHETIC: ИРГЭДЭД МЭДЭЭЛЭЛ ХҮРГЭХ / INFORMING CITIZENS"
    measures:
      - number: "1.1"
        text: "Авлигын эсрэг хуулийг цахим хуудсанд байршуулах (SYNTHETIC)"
        timeframe: "2024 он"
        result: "Цахим хуудсанд 12 мэдээ байршуулсан."
        percent: 100
      - number: "1.2"
        text: "Иргэдэд зориулсан сургалт зохион байгуулах (SYNTHETIC)"
        timeframe: "2024 оны II улирал"
        result: "Нэг сургалт зохион байгуулсан."
        percent: 30
"""


def write_plans(root: Path) -> None:
    """``plans/synthetic-agency/``: the SYNTHETIC agency and its 2024 plan."""
    folder = root / "plans" / "synthetic-agency"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agency.yml").write_text(AGENCY, encoding="utf-8")
    (folder / "2024.yml").write_text(PLAN, encoding="utf-8")


def build_wheel(dest: Path) -> Path:
    """The wheel of this checkout's source (``pip wheel --no-deps``), built in a copy."""
    source = dest / "source"
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy(path, source / name)
    cmd = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*cmd, "-w", str(dest), str(source)], check=True, timeout=300)
    (wheel,) = dest.glob("iltod-*.whl")
    return wheel


def fresh_environment(dest: Path, wheel: Path) -> Path:
    """A new virtual environment with ``wheel`` installed; its Python."""
    venv.EnvBuilder(with_pip=False).create(dest)
    python = dest / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (Path(purelib) / "_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*pip, "--no-deps", "--no-index", str(wheel)], check=True, timeout=300)
    return python


def environment(python: Path) -> dict[str, str]:
    """A build's environment in the fresh virtual environment: nothing of this checkout on
    the path, a fixed today."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    bin_dir = str(python.parent)
    env.update(PATH=os.pathsep.join([bin_dir, env.get("PATH", "")]), ILTOD_TODAY=TODAY)
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env
