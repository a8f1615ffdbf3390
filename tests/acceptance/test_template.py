"""The deployment template (issue 22): ``copier copy`` with an answers file writes a deployment
that validates, builds strictly in both languages, and whose workflows pass the same linters
as this repository's; ``copier update`` brings the next template version in and keeps the
answers and the deployment's own files. Every answer and plan is SYNTHETIC."""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support import deployment, regions, synthetic
from tests.support.sitekit import ROOT, build_env

pytestmark = pytest.mark.package

BIN = Path(sys.executable).parent
ANSWERS = {
    "name": "SYNTHETIC туршилтын сайт",
    "name_en": "SYNTHETIC test site",
    "publisher": "SYNTHETIC нийтлэгч",
    "publisher_en": "SYNTHETIC publisher",
    "contact": "https://example.org/synthetic/contact",
    "licence": "CC BY 4.0",
    "languages": "mn,en",
    "scale": "0,40,70,100",
    "regions": "mongolia",
    "repository": "synthetic-org/synthetic-site",
    "site_url": "https://synthetic-org.github.io/synthetic-site/",
    "maintainers": "@synthetic-org/maintainers",
    "storage": "pages",
    "example": True,
}
GIT = {
    "GIT_AUTHOR_NAME": "SYNTHETIC",
    "GIT_AUTHOR_EMAIL": "synthetic@example.org",
    "GIT_COMMITTER_NAME": "SYNTHETIC",
    "GIT_COMMITTER_EMAIL": "synthetic@example.org",
}


def template(dest: Path) -> Path:
    """This checkout's template as a repository of the engine holds it: the root copier.yml
    and template/."""
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "copier.yml", dest / "copier.yml")
    shutil.copytree(ROOT / "template", dest / "template")
    return dest


def run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, timeout=600, check=False,
        env={**build_env(), **GIT, **env},
    )  # fmt: skip
    assert result.returncode == 0, f"{cmd}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


def copy(src: Path, dest: Path, answers: dict[str, object], *extra: str) -> Path:
    """``copier copy --data-file answers.yml --defaults`` (what the README says to run)."""
    data = dest.parent / f"{dest.name}-answers.yml"
    data.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    run([str(BIN / "copier"), "copy", "--data-file", str(data), "--defaults", *extra,
         str(src), str(dest)], cwd=dest.parent)  # fmt: skip
    return dest


def lint_workflows(repo: Path) -> None:
    """The linters scripts/test runs on this repository's workflows, on the deployment's."""
    workflows = sorted(str(p) for p in (repo / ".github" / "workflows").glob("*.yml"))
    assert len(workflows) == 3  # deploy, pr, submit
    run([str(BIN / "zizmor"), "--offline", "--persona", "auditor", "--quiet", "."], cwd=repo)
    schema = [str(BIN / "check-jsonschema"), "--builtin-schema"]
    run([*schema, "vendor.github-workflows", *workflows], cwd=repo)
    forms = [str(p) for p in (repo / ".github" / "ISSUE_TEMPLATE").glob("*.yml")]
    run([*schema, "vendor.github-issue-forms", *forms], cwd=repo)
    for workflow in workflows:  # every run: step, expressions replaced as GitHub does
        jobs = yaml.safe_load(Path(workflow).read_text(encoding="utf-8"))["jobs"].values()
        for step in [s for job in jobs for s in job["steps"] if "run" in s]:
            script = re.sub(r"\$\{\{[^}]*\}\}", "expr", step["run"])
            check = [str(BIN / "shellcheck"), "--shell=bash", "--severity=style", "-"]
            result = subprocess.run(check, input=script, capture_output=True, text=True)
            assert result.returncode == 0, f"{workflow}: {step.get('name')}\n{result.stdout}"


def test_a_deployment_from_the_template_validates_builds_and_lints(tmp_path: Path) -> None:
    repo = copy(template(tmp_path / "template"), tmp_path / "deployment", ANSWERS)
    names = {p.relative_to(repo).as_posix() for p in repo.rglob("*") if p.is_file()}
    assert {"mkdocs.yml", "mkdocs.en.yml", "hooks/iltod_hooks.py", ".copier-answers.yml",
            ".github/CODEOWNERS", ".github/ISSUE_TEMPLATE/measure-feedback.yml",
            ".github/ISSUE_TEMPLATE/submit-report.yml", ".github/workflows/submit.yml",
            "plans/README.md", "plans/example-agency/2024.yml",
            "schema/plan.schema.json"} <= names  # fmt: skip
    assert not [n for n in names if n.startswith("docs/")]  # the guides are the package's
    answered = yaml.safe_load((repo / ".copier-answers.yml").read_text(encoding="utf-8"))
    assert {k: answered[k] for k in ANSWERS} == ANSWERS
    config = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'publisher:\n      mn: "SYNTHETIC нийтлэгч"\n      en: "SYNTHETIC publisher"' in config
    assert "regions:" not in config  # Mongolia's regions: the engine's default
    iltod = [sys.executable, "-m", "iltod"]
    run([*iltod, "validate"], cwd=repo)
    run([*iltod, "codeowners", "--check"], cwd=repo)
    run([*iltod, "build", "-o", "site"], cwd=repo)
    measure = repo / "site" / "example-agency" / "2024" / "measure-1-2" / "index.html"
    assert "SYNTHETIC" in measure.read_text(encoding="utf-8")
    assert "SYNTHETIC test site" in (repo / "site/en/index.html").read_text(encoding="utf-8")
    assert (repo / "site" / "progress" / "index.html").is_file()
    left = {p.name for p in (repo / ".cache").iterdir() if p.is_dir()} - NOT_KEPT
    assert {"pages", "sources"} <= left  # the build cache was written
    assert left <= kept_between_deploys(repo), left - kept_between_deploys(repo)
    assert kept_between_deploys(repo) == kept_between_deploys(ROOT) - {"snapshots"}
    lint_workflows(repo)


NOT_KEPT = {"manifest"}  # the page manifest: written anew by every build (iltod/cli/build.py)


def kept_between_deploys(repo: Path) -> set[str]:
    """The folders of .cache/ that the deploy workflow restores from the previous deploy and
    saves for the next."""
    workflow = yaml.safe_load((repo / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]

    def folders(action: str) -> set[str]:
        paths = [s["with"]["path"] for s in steps if f"cache/{action}@" in s.get("uses", "")]
        return {line.strip().removeprefix(".cache/") for p in paths for line in p.splitlines()}

    assert folders("restore") == folders("save")
    return folders("restore")


def test_evidence_in_storage_one_language_and_own_regions_are_written_and_lint(
    tmp_path: Path,
) -> None:
    answers = {**ANSWERS, "languages": "mn", "storage": "s3", "example": False}
    answers["regions"] = "regions.yml"  # the deployment's own (its format: the regions option)
    answers["evidence_url"] = "https://storage.example.org/synthetic/evidence/"
    del answers["name_en"], answers["publisher_en"]
    repo = copy(template(tmp_path / "template"), tmp_path / "deployment", answers)
    assert not (repo / "mkdocs.en.yml").exists()
    config = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'data_licence: "CC BY 4.0"\n    regions: "regions.yml"\n' in config
    assert not (repo / "plans" / "example-agency").exists()
    deploy = (repo / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    assert '--evidence-url "https://storage.example.org/synthetic/evidence/"' in deploy
    assert "needs: [attest, evidence]" in deploy
    run([sys.executable, "-m", "iltod", "codeowners", "--check"], cwd=repo)
    lint_workflows(repo)
    # the deployment's three made-up regions (SYNTHETIC) and agencies in them: map and region
    # pages come from the regions file, no code change
    (repo / "regions.yml").write_text(regions.REGIONS, encoding="utf-8")
    (repo / "regions-map.json").write_text(json.dumps(regions.MAP), encoding="utf-8")
    synthetic.write_repository(repo, 3, measures=3, years=(2024,), regions=regions.IDS)
    run([sys.executable, "-m", "iltod", "validate"], cwd=repo)
    run([sys.executable, "-m", "iltod", "build", "-o", "site"], cwd=repo)
    home = (repo / "site" / "index.html").read_text(encoding="utf-8")
    assert home.count('class="il-map__area') == 3
    for slug in regions.IDS:
        assert (repo / "site" / "regions" / slug / "index.html").is_file()


def test_copier_update_brings_the_next_template_version_and_keeps_the_answers(
    tmp_path: Path,
) -> None:
    src = template(tmp_path / "template")
    run(["git", "init", "-q", "-b", "main"], cwd=src)
    run(["git", "add", "-A"], cwd=src)
    run(["git", "commit", "-qm", "SYNTHETIC template v1"], cwd=src)
    run(["git", "tag", "v1"], cwd=src)
    readme = src / "template" / "project" / "README.md.jinja"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nSYNTHETIC: template v2.\n")
    run(["git", "commit", "-qam", "SYNTHETIC template v2"], cwd=src)
    run(["git", "tag", "v2"], cwd=src)
    v2 = run(["git", "rev-parse", "v2"], cwd=src).stdout.strip()

    repo = copy(src, tmp_path / "deployment", ANSWERS, "--vcs-ref", "v1")
    assert "template v2" not in (repo / "README.md").read_text(encoding="utf-8")
    deployment.write_plans(repo)  # the deployment's own data
    own = repo / "plans" / "synthetic-agency" / "2024.yml"
    for cmd in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "from v1"]):
        run(["git", *cmd], cwd=repo)

    run([str(BIN / "copier"), "update", "--defaults"], cwd=repo)
    assert "SYNTHETIC: template v2." in (repo / "README.md").read_text(encoding="utf-8")
    answered = yaml.safe_load((repo / ".copier-answers.yml").read_text(encoding="utf-8"))
    assert answered["_commit"] == "v2"
    assert {k: answered[k] for k in ANSWERS} == ANSWERS
    assert f"@{v2}" in (repo / "requirements.txt").read_text(encoding="utf-8")  # the engine too
    assert own.read_text(encoding="utf-8") == deployment.PLAN


def test_the_deployment_s_hooks_file_and_schemas_are_this_repository_s() -> None:
    """One hooks file: what a deployment keeps is what this repository runs; and the JSON
    Schema its plan files name (``iltod import`` writes the reference) is the engine's of the
    same commit (``iltod schema``: tests/unit/test_sample.py keeps schema/ current)."""
    written = ROOT / "template" / "project"
    hooks = Path("hooks") / "iltod_hooks.py"
    assert (written / hooks).read_bytes() == (ROOT / hooks).read_bytes()
    schemas = sorted(p.name for p in (ROOT / "schema").glob("*.json"))
    assert schemas == sorted(p.name for p in (written / "schema").glob("*.json"))
    for name in schemas:
        assert (written / "schema" / name).read_bytes() == (ROOT / "schema" / name).read_bytes()


def test_the_deployment_s_report_form_and_submit_workflow_are_this_repository_s() -> None:
    """A clerk of a second deployment submits a report the same way (issue 24): the form is
    this repository's, and the workflow differs only in how it installs the engine (the
    deployment's pinned requirements.txt instead of this repository's scripts/setup)."""
    written = ROOT / "template" / "project" / ".github"
    form = Path("ISSUE_TEMPLATE") / "submit-report.yml"
    assert (written / form).read_bytes() == (ROOT / ".github" / form).read_bytes()
    ours = (ROOT / ".github/workflows/submit.yml").read_text(encoding="utf-8").splitlines()
    theirs = (written / "workflows/submit.yml").read_text(encoding="utf-8").splitlines()
    differ = [f"{x[0]} {x[2:].strip()}" for x in difflib.ndiff(ours, theirs) if x[0] in "+-"]
    assert differ == [
        "- - name: Install iltod (requirements/locked.txt)",
        "+ - name: Install the engine (requirements.txt)",
        "- scripts/setup",
        "+ python -m venv .venv",
        "+ .venv/bin/python -m pip install --quiet -r requirements.txt",
    ]
