"""Evidence outside Pages, for real: ``scripts/upload-evidence`` (what the deploy workflow runs)
against a real S3-compatible server started here (moto's standalone ``moto_server`` on
127.0.0.1). The first upload sends every published file with an immutable cache header; a
second upload of the same build sends nothing; a build with one new photo sends only its files.
The evidence is a SYNTHETIC photo and PDF, published by the site exactly as a build does.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import boto3
import pytest
import yaml
from PIL import Image

from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support import documents
from tests.support.images_repo import encoded, make_repo
from tests.support.sitekit import ROOT

BUCKET = "iltod-evidence"
BASE = "https://evidence.example.mn/"  # SYNTHETIC


@dataclass
class Server:
    url: str
    log: Path

    def puts(self) -> int:
        """Objects written so far, from the server's own request log."""
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return len(re.findall(rf'"PUT /{BUCKET}/\S+ HTTP', text))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def s3(tmp_path: Path) -> Iterator[Server]:
    port = _free_port()
    log = tmp_path / "moto.log"
    server = Path(sys.executable).with_name("moto_server")
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(server), "-H", "127.0.0.1", "-p", str(port)], stdout=out, stderr=out
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                assert proc.poll() is None, log.read_text()
                time.sleep(0.2)
        yield Server(f"http://127.0.0.1:{port}", log)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _env(server: Server) -> dict[str, str]:
    return {
        **os.environ,
        "AWS": str(Path(sys.executable).with_name("aws")),
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true",
        "ILTOD_EVIDENCE_S3_URI": f"s3://{BUCKET}/",
        "ILTOD_EVIDENCE_S3_ENDPOINT": server.url,
    }


def _build(root: Path) -> Path:
    """Publish the repository's evidence into ``evidence-out`` as the deploy's build does."""
    site = Site(
        root,
        "mn",
        SiteOptions(office_downloads=False, evidence_base_url=BASE, evidence_dir="evidence-out"),
    )
    site.write_evidence(root / "site")
    return root / "evidence-out"


def _upload(folder: Path, server: Server) -> subprocess.CompletedProcess[str]:
    """The deploy workflow's own upload step, run as it is written there."""
    wf = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in wf["jobs"]["evidence"]["steps"] if "upload-evidence" in s.get("run", "")]
    assert step["run"] == "scripts/upload-evidence evidence-out"
    checkout = folder.parent  # the workflow runs it from the checkout, beside evidence-out
    (checkout / "scripts").mkdir(exist_ok=True)
    for script in ("upload-evidence", "abort-uploads"):
        shutil.copy2(ROOT / "scripts" / script, checkout / "scripts" / script)
    result = subprocess.run(
        ["bash", "-c", step["run"]],
        cwd=checkout,
        env=_env(server),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _photo(seed: int) -> bytes:
    return encoded(Image.new("RGB", (1200, 900), (seed * 40 % 256, 120, 200)), "JPEG", quality=90)


def test_upload_sends_new_files_once_with_immutable_cache_headers(
    tmp_path: Path, s3: Server
) -> None:
    client = boto3.client(
        "s3",
        endpoint_url=s3.url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    root = make_repo(tmp_path / "repo", {"a.jpg": _photo(1), "report.pdf": documents.pdf()})
    folder = _build(root)
    local = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert any(n.endswith(".pdf") for n in local)
    assert any(n.endswith(".webp") for n in local)

    first = _upload(folder, s3)
    stored = {o["Key"]: o["Size"] for o in client.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert sorted(stored) == local
    assert s3.puts() == len(local)
    assert f"{len(local)} new file(s) sent" in first.stdout
    for key in stored:
        head = client.head_object(Bucket=BUCKET, Key=key)
        assert head["CacheControl"] == "public, max-age=31536000, immutable"
        expected = "image/webp" if key.endswith(".webp") else "application/pdf"
        assert head["ContentType"] == expected
        assert head["ContentLength"] == (folder / key).stat().st_size

    second = _upload(_build(root), s3)  # the next deploy: same evidence, rebuilt
    assert s3.puts() == len(local)  # the server received nothing
    assert "0 new file(s) sent" in second.stdout

    (root / "attachments/test-agency/2024/1.1/b.jpg").write_bytes(_photo(2))
    plan = root / "plans/test-agency/2024.yml"
    plan.write_text(
        plan.read_text(encoding="utf-8") + '            - file: "b.jpg"\n', encoding="utf-8"
    )
    third = _upload(_build(root), s3)
    new = [n for n in third.stdout.splitlines() if n.startswith("upload: ")]
    assert new, third.stdout
    assert all("/b." in n for n in new), third.stdout
    assert s3.puts() == len(local) + len(new)


def test_an_interrupted_upload_leaves_no_parts_in_the_bucket(tmp_path: Path, s3: Server) -> None:
    """Issue 27, row 12: the parts of an upload interrupted mid-file stayed in the bucket
    (invisible, billed) after a successful re-run; now the upload aborts them, and only under
    its own prefix."""
    client = boto3.client(
        "s3",
        endpoint_url=s3.url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    for key in ("test-agency/2024/big.pdf", "test-agency/2024/other report.pdf"):
        started = client.create_multipart_upload(Bucket=BUCKET, Key=key)
        client.upload_part(
            Bucket=BUCKET,
            Key=key,
            UploadId=started["UploadId"],
            PartNumber=1,
            Body=b"SYNTHETIC part" * 1000,
        )
    assert client.list_multipart_uploads(Bucket=BUCKET).get("Uploads")
    root = make_repo(tmp_path / "repo", {"a.jpg": _photo(1)})
    done = _upload(_build(root), s3)
    assert "2 incomplete upload(s) aborted" in done.stdout
    assert not client.list_multipart_uploads(Bucket=BUCKET).get("Uploads")
