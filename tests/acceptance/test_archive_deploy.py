"""The deploy's two scripts for archived years, run as the workflow runs them
(.github/workflows/deploy.yml; dev/deployment.md, "One site per reporting year").

``scripts/archive-years`` chooses the earlier years to build: those not published yet (asked
of the archive's address, served here on 127.0.0.1), those whose plans or evidence changed
since the previous deploy's commit, and those a maintainer names; ``scripts/upload-archive``
puts each built year under its own prefix of an S3-compatible storage (moto's server here).
SYNTHETIC plans."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import s3server, sitekit, synthetic
from tests.support.history_repo import GitRepo
from tests.support.years_repo import PAST, National, TwoYears

BUCKET = "iltod-archive"


def _choose(repo: Path, archive_url: str, **env: str) -> tuple[list[int], str]:
    result = subprocess.run(
        [str(sitekit.ROOT / "scripts/archive-years")],
        cwd=repo,
        env={
            **sitekit.build_env(),
            "ILTOD": str(Path(sys.executable).with_name("iltod")),
            "CURRENT": "2024",
            "ILTOD_ARCHIVE_URL": archive_url,
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout), result.stderr


@pytest.fixture
def published(tmp_path: Path) -> tuple[GitRepo, str, str]:
    """Plans of 2021–2024, 2021 changed in the last commit; 2021 and 2022 already published."""
    git = GitRepo(tmp_path / "repo")
    synthetic.write_repository(git.root, 2, measures=3, years=(2021, 2022, 2023, 2024))
    author = {"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.invalid"}
    git.git("add", "-A")
    git.git("commit", "-q", "-m", "plans", env=author)
    before = git.git("rev-parse", "HEAD")
    plan = git.root / "plans/synthetic-0001/2021.yml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    git.git("commit", "-q", "-am", "2021 reviewed", env=author)
    storage = tmp_path / "storage"
    for year in (2021, 2022):
        (storage / str(year)).mkdir(parents=True)
        (storage / str(year) / "index.html").write_text("<!doctype html>", encoding="utf-8")
        # what `iltod archive` publishes with each year: the commit it was built from
        (storage / str(year) / "iltod-source.txt").write_text(before + "\n", encoding="utf-8")
    return git, before, str(storage)


def test_the_deploy_builds_the_unpublished_the_changed_and_the_requested_years(
    published: tuple[GitRepo, str, str],
) -> None:
    git, before, storage = published
    with sitekit.serve(Path(storage)) as url:
        chosen, why = _choose(git.root, url, BEFORE=before)
        assert chosen == [2023, 2021]
        assert "2023: not published at" in why
        assert "2021: its plans or evidence changed since it was published" in why
        assert _choose(git.root, url, REQUESTED="2022")[0] == [2023, 2022, 2021]
        assert _choose(git.root, url, REQUESTED="all")[0] == [2023, 2022, 2021]


def test_a_correction_whose_deploy_failed_is_published_by_the_next_one(
    published: tuple[GitRepo, str, str],
) -> None:
    """Issue 27, row 7: the deploy of the commit correcting 2021 failed; the next push changes
    nothing in 2021. Storage still holds 2021 as built from the commit before the correction,
    so 2021 is built again (the previous push is not what was published)."""
    git, _, storage = published
    with sitekit.serve(Path(storage)) as url:
        chosen, why = _choose(git.root, url, BEFORE=git.git("rev-parse", "HEAD"))
        assert chosen == [2023, 2021]
        assert "2021: its plans or evidence changed since it was published" in why
        (Path(storage) / "2021/iltod-source.txt").write_text(
            git.git("rev-parse", "HEAD") + "\n", encoding="utf-8"
        )
        assert _choose(git.root, url)[0] == [2023]  # published from HEAD: nothing to do


def test_a_year_published_from_an_unknown_commit_or_without_one_is_built_again(
    published: tuple[GitRepo, str, str],
) -> None:
    git, _, storage = published
    (Path(storage) / "2022/iltod-source.txt").write_text("0" * 40 + "\n", encoding="utf-8")
    with sitekit.serve(Path(storage)) as url:
        chosen, why = _choose(git.root, url)
        assert chosen == [2023, 2022, 2021]
        assert "2022: published from 000000000000, which is not in this history" in why
        (Path(storage) / "2022/iltod-source.txt").unlink()
        chosen, why = _choose(git.root, url)
        assert chosen == [2023, 2022, 2021]
        assert "2022: published without the commit it was built from" in why


@contextlib.contextmanager
def _archive_upload(tmp_path: Path, folders: dict[str, Path]) -> Iterator[Upload]:
    """The deploy's archive-upload step, run as the job runs it in a checkout whose archives/
    holds ``folders`` (name → the folder copied there), against an S3 server (moto)."""
    wf = yaml.safe_load((sitekit.ROOT / ".github/workflows/deploy.yml").read_text("utf-8"))
    (step,) = [
        s for s in wf["jobs"]["archive-upload"]["steps"] if "upload-archive" in s.get("run", "")
    ]
    checkout = tmp_path / "checkout"
    (checkout / "scripts").mkdir(parents=True)
    for script in ("upload-archive", "abort-uploads"):
        shutil.copy2(sitekit.ROOT / "scripts" / script, checkout / "scripts" / script)
    for name, folder in folders.items():
        shutil.copytree(folder, checkout / "archives" / name)
    with s3server.moto(tmp_path / "moto.log") as endpoint:
        s3 = s3server.client(endpoint)
        s3.create_bucket(Bucket=BUCKET)
        env = s3server.aws_env(
            ILTOD_ARCHIVE_S3_URI=f"s3://{BUCKET}/years", ILTOD_ARCHIVE_S3_ENDPOINT=endpoint
        )

        def run() -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                ["bash", "-c", step["run"]], cwd=checkout, env=env, capture_output=True, text=True
            )

        yield Upload(s3, run, checkout)


@dataclass
class Upload:
    s3: Any
    run: Callable[[], subprocess.CompletedProcess[str]]
    checkout: Path

    def stored(self) -> set[str]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
        return {o["Key"] for page in pages for o in page.get("Contents", [])}


def test_the_upload_puts_each_year_under_its_own_prefix(
    two_years: TwoYears, tmp_path: Path
) -> None:
    with _archive_upload(tmp_path, {f"archive-{PAST}": two_years.past}) as upload:
        for key in (f"years/{PAST}/index.html", "elsewhere/index.html"):  # interrupted uploads
            upload.s3.create_multipart_upload(Bucket=BUCKET, Key=key)
        run = upload.run()
        assert run.returncode == 0, run.stdout + run.stderr
        left = upload.s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads", [])
        assert [u["Key"] for u in left] == ["elsewhere/index.html"]  # only its own prefix
        local = {
            f"years/{PAST}/" + p.relative_to(two_years.past).as_posix()
            for p in two_years.past.rglob("*")
            if p.is_file()
        }
        assert upload.stored() == local
        head = upload.s3.head_object(Bucket=BUCKET, Key=f"years/{PAST}/en/index.html")
        assert head["ContentType"] == "text/html"
        assert head["CacheControl"] == "public, max-age=3600"
        assert f"upload-archive: {PAST}: {len(local)} files sent" in run.stdout

        (upload.checkout / "archives/archive-latest").mkdir()
        refused = upload.run()
        assert refused.returncode == 1
        assert "is not a year's site" in refused.stderr
        assert "files sent" not in refused.stdout  # checked before anything is sent


def test_the_upload_publishes_the_current_english_site_and_open_data_beside_the_years(
    national: National, tmp_path: Path
) -> None:
    """The national layout (tests/acceptance/test_national_layout.py): the build job's
    storage/ folder (en/, data/) is the archive-upload job's archives/current/."""
    storage = national.storage
    folders = {f"archive-{PAST}": storage / str(PAST)}
    folders |= {f"current/{part}": storage / part for part in ("en", "data")}
    with _archive_upload(tmp_path, folders) as upload:
        run = upload.run()
        assert run.returncode == 0, run.stdout + run.stderr
        local = {
            "years/" + p.relative_to(storage).as_posix() for p in storage.rglob("*") if p.is_file()
        }
        assert upload.stored() == local
        ages = {"en/index.html": 300, "data/plans.json": 300, f"{PAST}/index.html": 3600}
        for key, age in ages.items():
            head = upload.s3.head_object(Bucket=BUCKET, Key=f"years/{key}")
            assert head["CacheControl"] == f"public, max-age={age}"

        (upload.checkout / "archives/current/data/plans.json").unlink()
        refused = upload.run()
        assert refused.returncode == 1
        assert "is not the current year's English site and open data" in refused.stderr
