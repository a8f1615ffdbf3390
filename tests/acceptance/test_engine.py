"""The engine can be replaced (dev/engine.md): the sample built by ProperDocs, MkDocs 1.x's
maintained fork, is the MkDocs build file for file, the generator tag apart; and an engine that
does not run iltod's hooks (Zensical does not) fails the build by the page manifest instead of
publishing a site of guides only."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from iltod.site import guides
from tests.support import sample, sitekit

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">|"engine": "[^"]*"')
"""Where a build names its engine: each page's generator tag, and release.json's engine."""
GIT = {
    "GIT_AUTHOR_NAME": "iltod test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "iltod test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_AUTHOR_DATE": "2022-01-20T10:00:00",
    "GIT_COMMITTER_DATE": "2022-01-20T10:00:00",
}


def _repo(tmp: Path) -> Path:
    repo = sitekit.make_repo(tmp / "repo", sample.PLANS)
    for cmd in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "sample"]):
        subprocess.run(["git", *cmd], cwd=repo, env=sitekit.build_env(**GIT), check=True)
    return repo


def _iltod_build(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = sitekit.build_env(SOURCE_DATE_EPOCH="1700000000")
    cmd = [sys.executable, "-m", "iltod", "build", *args]
    return subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, timeout=600)


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_properdocs_builds_the_sample_as_mkdocs_does(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    built = {}
    for engine in ("mkdocs", "properdocs"):
        out = tmp_path / engine
        result = _iltod_build(repo, f"--engine={engine}", f"--output={out}")
        assert result.returncode == 0, result.stderr[-3000:]
        built[engine] = _files(out)
    mkdocs, properdocs = built["mkdocs"], built["properdocs"]
    assert sorted(mkdocs) == sorted(properdocs)
    assert "govisumber-zdtg/2021/measure-1-3/index.html" in mkdocs
    assert "en/govisumber-zdtg/2021/index.html" in mkdocs
    differ = [name for name in mkdocs if mkdocs[name] != properdocs[name]]
    for name in differ:  # only where the engine is named, e.g. "mkdocs-ProperDocs 1.6.7"
        assert GENERATOR.sub(b"", mkdocs[name]) == GENERATOR.sub(b"", properdocs[name]), name
    assert b"ProperDocs" in properdocs["index.html"]
    # the plan pages were rendered by each engine, not taken from the other's page cache
    assert b"ProperDocs" in properdocs["govisumber-zdtg/2021/index.html"]


def test_an_engine_that_skips_the_hooks_fails_on_the_page_manifest(tmp_path: Path) -> None:
    """What Zensical does with this repository, reproduced with MkDocs itself: the hooks are
    not run, the guides build, the engine reports success; iltod build does not."""
    repo = _repo(tmp_path)
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "hooks:\n  - hooks/iltod_hooks.py\n" in text
    config.write_text(text.replace("hooks:\n  - hooks/iltod_hooks.py\n", ""), encoding="utf-8")
    # the guides the hooks add (from the package), written by hand so that the nav holds
    for name in ["data-format.md", *guides.files()]:
        (repo / "docs" / name).write_text(f"# {name}\n", encoding="utf-8")
    (repo / "mkdocs.en.yml").unlink()
    out = tmp_path / "site"
    result = _iltod_build(repo, f"--output={out}")
    assert "Documentation built" in result.stderr  # the engine itself succeeded
    assert (out / "about" / "index.html").is_file()
    assert result.returncode == 1, result.stderr[-2000:]
    (line,) = [x for x in result.stderr.splitlines() if "error[E405]" in x]
    assert line.startswith("mkdocs.yml:1:1: error[E405] hooks: expected every page the plans")
    assert "the engine did not run iltod's hooks" in line
    listing = (repo / ".cache" / "manifest" / "mn.txt").read_text(encoding="utf-8").split()
    assert "govisumber-zdtg/2021/measure-1-3/index.html" in listing
    assert "about/index.html" in listing
