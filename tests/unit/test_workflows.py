"""The GitHub workflows: what every pull request runs, and what the deploy publishes.

An agency's data pull request is checked by the data job alone (validate, CODEOWNERS, strict
builds, summary); the engine job runs the README's test command, only when engine files change
(tests/acceptance/test_pr_paths.py runs that decision on real commits). Every path installs the
same locked versions through scripts/setup, and the workflows pass a supply-chain lint."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from iltod.evidence import heif_available
from tests.support.sitekit import ROOT


def _workflow(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (ROOT / ".github/workflows" / name).read_text(encoding="utf-8")
    )
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_every_pull_request_runs_the_data_checks_with_read_only_rights() -> None:
    wf = _workflow("pr.yml")
    assert "pull_request" in wf[True]  # PyYAML reads the key `on` as True
    assert wf["permissions"] == {"contents": "read"}
    data = wf["jobs"]["data"]
    assert "if" not in data
    checkout = data["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"]["fetch-depth"] == 0
    runs = _runs(data)
    for command in (
        "iltod validate",
        "iltod codeowners --check",
        "iltod build",
        "iltod diff",
    ):
        assert command in runs, command
    assert '>> "$GITHUB_STEP_SUMMARY"' in runs
    assert "pytest" not in runs
    assert "scripts/test" not in runs


def test_the_engine_job_runs_the_readme_test_command_when_engine_files_change() -> None:
    wf = _workflow("pr.yml")
    engine = wf["jobs"]["engine"]
    assert engine["needs"] == "changes"
    assert engine["if"] == "needs.changes.outputs.engine == 'true'"
    assert "scripts/test" in _runs(engine)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/test" in readme
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "scripts/test" in ci
    changes = wf["jobs"]["changes"]
    assert changes["outputs"]["engine"] == "${{ steps.paths.outputs.engine }}"


def test_no_job_keeps_the_checkout_credentials() -> None:
    for job in _workflow("pr.yml")["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_deploy_workflow_publishes_main_with_official_pages_actions() -> None:
    wf = _workflow("deploy.yml")
    assert wf[True]["push"]["branches"] == ["main"]
    assert wf["permissions"] == {"contents": "read"}
    assert wf["concurrency"]["cancel-in-progress"] is False
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    uses = [s.get("uses", "").split("@")[0] for s in build["steps"] + deploy["steps"]]
    assert {"actions/checkout", "actions/upload-pages-artifact", "actions/deploy-pages"} <= set(
        uses
    )
    assert all(u.startswith("actions/") for u in uses if u)  # official actions only
    assert build["steps"][0]["with"]["fetch-depth"] == 0
    assert 'iltod build "${args[@]}"' in _runs(build)  # both languages, every page checked
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_the_deploy_builds_each_archived_year_with_the_archive_command() -> None:
    """One site per reporting year (dev/deployment.md): with ILTOD_ARCHIVE_URL set, the main site
    is built with the current year only, its English site and open data into storage/ (the
    national layout), each archived year chosen by scripts/archive-years is built by `iltod
    archive`; scripts/upload-archive publishes them all, and Pages is deployed only after every
    one of them is published (no page links to a year or a file not yet there)."""
    jobs = _workflow("deploy.yml")["jobs"]
    build, archive, upload, deploy = (
        jobs[n] for n in ("build", "archive", "archive-upload", "deploy")
    )
    assert build["outputs"]["archive"] == "${{ steps.years.outputs.archive }}"
    assert "scripts/archive-years" in _runs(build)
    # the national layout is iltod/site/layouts.py's, run by the entry point the tests run
    assert 'args+=(--layout national --year "$CURRENT_YEAR")' in _runs(build)
    assert 'args+=(--storage-url "${ARCHIVE_URL%/}/" --storage storage)' in _runs(build)
    assert "export ILTOD_" not in _runs(build)
    (keep,) = [s for s in build["steps"] if s.get("with", {}).get("name") == "current"]
    assert keep["with"]["path"] == "storage"
    assert archive["needs"] == "build"
    assert archive["strategy"]["matrix"]["year"] == "${{ fromJSON(needs.build.outputs.archive) }}"
    assert 'args=(--year "$YEAR" -o "archive-$YEAR")' in _runs(archive)
    assert 'iltod archive "${args[@]}"' in _runs(archive)
    assert archive["steps"][0]["with"]["fetch-depth"] == 0
    assert 'args+=(--main-url-en "${ARCHIVE_URL%/}/")' in _runs(archive)
    assert upload["needs"] == ["build", "archive", "attest"]
    assert "needs.archive.result)" in upload["if"]
    assert "scripts/upload-archive archives" in _runs(upload)
    (current,) = [s for s in upload["steps"] if s.get("with", {}).get("name") == "current"]
    assert current["with"]["path"] == "archives/current"
    assert set(deploy["needs"]) == {"build", "attest", "archive", "archive-upload", "evidence"}
    for need in ("archive", "archive-upload", "evidence"):
        assert f"needs.{need}.result)" in deploy["if"]


def test_the_attest_job_signs_release_json_and_publishes_the_bundle_beside_it() -> None:
    """Issue 26: release.json signed with GitHub's build provenance in a job of its own (the
    only one besides deploy that may mint an OIDC token), which runs no build and holds no
    checkout; Pages publishes the artifact it re-uploads with the bundle, the storage gets the
    bundle beside its open data."""
    jobs = _workflow("deploy.yml")["jobs"]
    build, attest, upload = jobs["build"], jobs["attest"], jobs["archive-upload"]
    (keep,) = [s for s in build["steps"] if s.get("with", {}).get("name") == "release"]
    assert "site/data/release.json" in keep["with"]["path"]
    assert "storage/data/release.json" in keep["with"]["path"]
    (pages,) = [s for s in build["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert pages["with"]["name"] == "pages-unsigned"
    assert attest["needs"] == "build"
    (sign,) = [s for s in attest["steps"] if s.get("id") == "attest"]
    assert sign["uses"].startswith("actions/attest-build-provenance@")
    assert sign["with"]["subject-path"] == "release/**/release.json"
    assert not re.search(r"\b(mkdocs|iltod|checkout)\b", _runs(attest) + str(attest["steps"]))
    assert 'cp "$BUNDLE" "bundle/$dir/release.sigstore.json"' in _runs(attest)
    names = [s.get("with", {}).get("name") for s in attest["steps"]]
    assert "github-pages" in names  # what deploy-pages publishes
    (beside,) = [s for s in upload["steps"] if s.get("with", {}).get("name") == "attestation"]
    assert beside["with"]["path"] == "archives/current/data"
    assert "needs.attest.result == 'success'" in jobs["deploy"]["if"]


# --- one dependency set, hardened workflows (issue 13) --------------------------------------

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
PINNED = re.compile(
    r"^\s*(?:-\s+)?uses:\s+([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)\s*$"
)
EXTRA = re.compile(r"""(?:\.|\biltod)\[([\w,\s-]+)\]""")


def _jobs() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path.name, name, job)
        for path in WORKFLOWS
        for name, job in _workflow(path.name)["jobs"].items()
    ]


def _pyproject() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data


def _install_steps(job: dict[str, Any]) -> list[str]:
    """The commands of a job that install Python packages."""
    return [
        line.strip()
        for line in _runs(job).splitlines()
        if re.search(r"\bpip\b.*\binstall\b|scripts/setup|scripts/test|\buv\b", line)
    ]


def extras_named(text: str) -> set[str]:
    """Extras an install command asks for: ``pip install -e ".[test,deploy]"`` → test, deploy."""
    return {e.strip() for group in EXTRA.findall(text) for e in group.split(",") if e.strip()}


def test_extras_are_read_from_install_commands() -> None:
    """The check below must catch the deploy's old install line, whose extra never existed."""
    assert extras_named('python -m pip install -e ".[search]"') == {"search"}
    assert extras_named("pip install '.[test, deploy]'") == {"test", "deploy"}
    assert extras_named("pip install iltod[heic]") == {"heic"}
    assert extras_named("scripts/setup") == set()


def test_no_workflow_script_or_guide_installs_an_extra_that_does_not_exist() -> None:
    defined = set(_pyproject()["project"]["optional-dependencies"])
    texts = [*WORKFLOWS, *(ROOT / "scripts").iterdir(), ROOT / ".ci/run", ROOT / "README.md"]
    texts += [*(ROOT / "dev").glob("*.md"), *(ROOT / "iltod/site/guides").glob("*.md")]
    for path in texts:
        named = extras_named(path.read_text(encoding="utf-8"))
        assert named <= defined, f"{path.relative_to(ROOT)} installs {named - defined}"


def test_the_check_the_deploy_and_ci_install_the_same_locked_versions() -> None:
    """Every job that installs anything does it with scripts/setup (scripts/test runs it first,
    and .ci/run runs scripts/test), and scripts/setup installs only the hash-checked lock and
    iltod itself without dependencies: one dependency set for every path."""
    installs = {(wf, name): _install_steps(job) for wf, name, job in _jobs()}
    assert installs[("pr.yml", "data")] == ["scripts/setup"]
    assert installs[("deploy.yml", "build")] == ["scripts/setup"]
    assert installs[("deploy.yml", "evidence")] == ["scripts/setup"]
    assert installs[("deploy.yml", "archive")] == ["scripts/setup"]
    assert installs[("deploy.yml", "archive-upload")] == ["scripts/setup"]
    assert installs[("pr.yml", "engine")] == ["scripts/test -q"]
    for (wf, name), commands in installs.items():
        assert not [c for c in commands if "pip" in c or "uv" in c.split()], (wf, name, commands)
    test = (ROOT / "scripts/test").read_text(encoding="utf-8")
    assert "\nscripts/setup\n" in test
    assert "scripts/test" in (ROOT / ".ci/run").read_text(encoding="utf-8")
    setup = [
        line
        for line in (ROOT / "scripts/setup").read_text(encoding="utf-8").splitlines()
        if "install" in line and not line.lstrip().startswith("#")
    ]
    assert setup == [
        '"${pip[@]}" install --require-hashes -r requirements/locked.txt',
        '"${pip[@]}" install --no-deps --no-build-isolation -e .',
    ]


def _locked() -> dict[str, tuple[str, int]]:
    """name → (version, number of hashes) of requirements/locked.txt."""
    text = (ROOT / "requirements/locked.txt").read_text(encoding="utf-8")
    pins: dict[str, tuple[str, int]] = {}
    for block in re.split(r"\n(?=\S)", text):
        found = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", block)
        if found:
            pins[canonicalize_name(found[1])] = (found[2], block.count("--hash=sha256:"))
    return pins


def test_the_lock_pins_every_declared_dependency_with_hashes() -> None:
    """What pyproject.toml asks for (dependencies, every extra, the build backend) is pinned in
    requirements/locked.txt at a version it allows: the lock is not stale."""
    project = _pyproject()
    wanted = [
        *project["project"]["dependencies"],
        *(r for extra in project["project"]["optional-dependencies"].values() for r in extra),
        *project["build-system"]["requires"],
    ]
    pins = _locked()
    assert len(pins) > len(wanted)  # their own dependencies are pinned too
    for text in wanted:
        req = Requirement(text)
        version, _ = pins[canonicalize_name(req.name)]
        assert req.specifier.contains(version, prereleases=True), (text, version)
    assert all(hashes > 0 for _, hashes in pins.values())
    header = (ROOT / "requirements/locked.txt").read_text(encoding="utf-8").splitlines()[:2]
    assert header[1].strip("# ") == "scripts/lock", header
    lock = (ROOT / "scripts/lock").read_text(encoding="utf-8")
    assert "--python-version 3.11" in lock
    assert "--python-platform x86_64-manylinux" in lock
    assert "--all-extras" in lock


def test_heic_photos_are_accepted_wherever_photos_are() -> None:
    """pillow-heif is a dependency of iltod itself, not an extra a path could leave out."""
    names = {
        canonicalize_name(Requirement(r).name) for r in _pyproject()["project"]["dependencies"]
    }
    assert "pillow-heif" in names
    assert heif_available()


def test_every_action_is_pinned_by_commit_with_its_version_in_a_comment() -> None:
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"^\s*(-\s+)?uses:", line):
                assert PINNED.match(line), f"{path.name}: {line.strip()}"


def test_every_job_has_its_own_least_privileges_and_keeps_no_credentials() -> None:
    for wf, name, job in _jobs():
        assert "permissions" in job, (wf, name)
        writes = {k for k, v in job["permissions"].items() if v == "write"}
        expected = {
            ("deploy.yml", "deploy"): {"pages", "id-token"},
            ("deploy.yml", "attest"): {"id-token", "attestations"},  # signs release.json only
            # a clerk's report (issue 24): the branch and pull request; the comment
            ("submit.yml", "propose"): {"contents", "pull-requests"},
            ("submit.yml", "answer"): {"issues"},
        }.get((wf, name), set())
        assert writes == expected, (wf, name, writes)
        assert "timeout-minutes" in job, (wf, name)
        container = job.get("container")
        image = container if isinstance(container, str) else (container or {}).get("image", "")
        assert not image or "@sha256:" in image, (wf, name, image)
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False, (wf, name)


def test_the_storage_secrets_exist_only_in_the_upload_jobs() -> None:
    """The evidence's and the archived years' keys, each in its own environment, in jobs that
    build nothing and read no plan."""
    uploads = {("deploy.yml", "evidence"): "EVIDENCE", ("deploy.yml", "archive-upload"): "ARCHIVE"}
    for wf, name, job in _jobs():
        secrets = set(re.findall(r"secrets\.(\w+)", yaml.safe_dump(job)))
        kind = uploads.get((wf, name))
        assert secrets == (
            {f"ILTOD_{kind}_S3_KEY_ID", f"ILTOD_{kind}_S3_SECRET"} if kind else set()
        )
        if kind:
            assert job["environment"]["name"] == kind.lower(), (wf, name)
            assert not re.search(r"\b(mkdocs|iltod)\b", _runs(job)), (wf, name)


def _zizmor(folder: Path) -> subprocess.CompletedProcess[str]:
    zizmor = Path(sys.executable).with_name("zizmor")
    cmd = [str(zizmor), "--offline", "--persona", "auditor", "--quiet", str(folder)]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def test_zizmor_finds_nothing_in_the_workflows_and_catches_an_unpinned_action(
    tmp_path: Path,
) -> None:
    assert _zizmor(ROOT / ".github/workflows").returncode == 0
    bad = tmp_path / ".github/workflows"
    bad.mkdir(parents=True)
    text = (ROOT / ".github/workflows/pr.yml").read_text(encoding="utf-8")
    (bad / "pr.yml").write_text(re.sub(r"checkout@\w+ # \S+", "checkout@v4", text), "utf-8")
    result = _zizmor(bad)
    assert result.returncode != 0
    assert "unpinned-uses" in result.stdout + result.stderr


def _shell_scripts() -> list[tuple[str, str]]:
    """Every ``run:`` step (expressions replaced, as GitHub substitutes them) and scripts/*."""
    found = [
        (f"{wf} {name}: {step.get('name', step['run'][:40])}", step["run"])
        for wf, name, job in _jobs()
        for step in job["steps"]
        if "run" in step
    ]
    found += [(p.name, p.read_text(encoding="utf-8")) for p in (ROOT / "scripts").iterdir()]
    found.append((".ci/run", (ROOT / ".ci/run").read_text(encoding="utf-8")))
    return [(where, re.sub(r"\$\{\{[^}]*\}\}", "expr", text)) for where, text in found]


@pytest.mark.parametrize(("where", "script"), _shell_scripts(), ids=lambda v: str(v)[:60])
def test_every_shell_step_passes_shellcheck(where: str, script: str) -> None:
    shellcheck = Path(sys.executable).with_name("shellcheck")
    result = subprocess.run(
        [str(shellcheck), "--shell=bash", "--severity=style", "-"],
        input=script,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"{where}\n{result.stdout}"
