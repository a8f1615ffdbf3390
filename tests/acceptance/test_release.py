"""release.json: what one build published, reproducible from the commit, and ``iltod verify``
checking a site (a folder or its address) or one downloaded file against it.

The frozen sample and SYNTHETIC evidence (a photo, a PDF) are committed once, cloned twice and
each clone built as a maintainer builds it, with the deploy's ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.support import documents, images_repo, sample, sitekit
from tests.support.history_repo import ENV, GitRepo

EPOCH = "1641348000"  # 2022-01-05T02:00:00Z


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    tmp = tmp_path_factory.mktemp("release")
    origin = sitekit.make_repo(tmp / "origin", plans=sample.PLANS)
    photo = images_repo.encoded(Image.new("RGB", (640, 480), (30, 90, 160)), "JPEG", quality=90)
    images_repo.make_repo(origin, {"photo.jpg": photo, "report.pdf": documents.pdf()})
    GitRepo(origin).commit("sample and SYNTHETIC evidence", "2022-01-05T10:00:00+08:00")
    commit = subprocess.run(
        ["git", "-C", str(origin), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    out = []
    for name in ("a", "b"):
        clone = tmp / f"clone-{name}"
        subprocess.run(["git", "clone", "-q", str(origin), str(clone)], env=ENV, check=True)
        result = sitekit.build(clone, tmp / f"site-{name}", SOURCE_DATE_EPOCH=EPOCH)
        assert result.returncode == 0, result.stdout + result.stderr
        out.append(tmp / f"site-{name}")
    return out[0], out[1], commit


def _manifest(site: Path) -> dict[str, object]:
    value: dict[str, object] = json.loads((site / "data/release.json").read_text("utf-8"))
    return value


def verify(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "iltod", "verify", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=sitekit.build_env(), check=False)


def test_two_builds_of_one_commit_write_the_same_release_json(
    sites: tuple[Path, Path, str],
) -> None:
    a, b, _ = sites
    assert (a / "data/release.json").read_bytes() == (b / "data/release.json").read_bytes()


def test_it_names_the_commit_the_time_the_engine_and_every_file(
    sites: tuple[Path, Path, str],
) -> None:
    site, _, commit = sites
    m = _manifest(site)
    assert m["source"] == {"repository": "https://github.com/iltod-mn/iltod", "commit": commit}
    assert m["built"] == "2022-01-05T02:00:00Z"
    assert str(m["engine"]).startswith("iltod 0.1.0; mkdocs 1.6")
    data = site / "data"
    on_disk = sorted(
        p.relative_to(data).as_posix()
        for p in data.rglob("*")
        if p.is_file() and p.name != "release.json"
    )
    files = m["files"]
    assert isinstance(files, list)
    assert [f["path"] for f in files] == on_disk
    assert {"datapackage.json", "measures.schema.json", "catalog.jsonld"} <= set(on_disk)
    for f in files:
        raw = (data / f["path"]).read_bytes()
        assert (f["sha256"], f["size"]) == (hashlib.sha256(raw).hexdigest(), len(raw))
    evidence = m["evidence"]
    assert isinstance(evidence, list)
    kinds = {Path(e["path"]).suffix for e in evidence}
    assert {".webp", ".pdf"} <= kinds
    assert all(e["path"].startswith("../assets/evidence/test-agency/2024/1.1/") for e in evidence)


def test_the_data_package_names_the_commit_and_frictionless_accepts_it(
    sites: tuple[Path, Path, str],
) -> None:
    import frictionless

    site, _, commit = sites
    package = json.loads((site / "data/datapackage.json").read_text("utf-8"))
    assert package["iltod:commit"] == commit
    assert package["sources"][0]["path"].endswith(f"/tree/{commit}/plans")
    report = frictionless.validate(str(site / "data/datapackage.json"))
    assert report.flatten(["type", "note"]) == []


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_the_built_catalogue_lists_every_format_and_passes_the_dcat_ap_shapes(
    sites: tuple[Path, Path, str],
) -> None:
    import pyshacl
    import rdflib

    site, _, _ = sites
    catalog = json.loads((site / "data/catalog.jsonld").read_text("utf-8"))
    downloads = {
        n["dcat:downloadURL"]["@id"] for n in catalog["@graph"] if n["@type"] == "dcat:Distribution"
    }
    assert {f"test-agency/2024.{ext}" for ext in ("csv", "json", "xlsx", "docx")} <= downloads
    assert all((site / "data" / d).is_file() for d in downloads)
    shapes = rdflib.Graph()
    for name in ("shapes.ttl", "range.ttl"):
        shapes.parse(sitekit.ROOT / "tests/fixtures/dcat-ap" / name, format="turtle")
    graph = rdflib.Graph().parse(site / "data/catalog.jsonld", format="json-ld")
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_verify_passes_on_the_built_site_and_on_its_address(
    sites: tuple[Path, Path, str],
) -> None:
    site, _, _ = sites
    done = verify(str(site))
    assert done.returncode == 0, done.stderr
    assert "files checked, 0 differ" in done.stdout
    with sitekit.serve(site) as url:
        served = verify(url)
    assert served.returncode == 0, served.stderr
    assert served.stdout == done.stdout


@pytest.mark.parametrize(
    "name", ["data/govisumber-zdtg/2021.csv", "assets/evidence/test-agency/2024/1.1/report.pdf"]
)
def test_one_changed_byte_fails_naming_the_file(
    sites: tuple[Path, Path, str], tmp_path: Path, name: str
) -> None:
    site = shutil.copytree(sites[0], tmp_path / "site")
    target = site / name
    if not target.exists():  # the PDF's published name is the build's choice
        target = next((site / Path(name).parent).glob("*.pdf"))
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    target.write_bytes(bytes(raw))
    done = verify(str(site))
    assert done.returncode == 1
    ref = target.relative_to(site / "data").as_posix() if name.startswith("data/") else None
    ref = ref or "../" + target.relative_to(site).as_posix()
    assert done.stderr.startswith(f"{ref}: differs: sha256 ")
    assert "1 differ or missing" in done.stderr


def test_a_missing_file_fails_naming_it(sites: tuple[Path, Path, str], tmp_path: Path) -> None:
    site = shutil.copytree(sites[0], tmp_path / "site")
    (site / "data/measures.csv").unlink()
    done = verify(str(site))
    assert done.returncode == 1
    assert "measures.csv: missing" in done.stderr


def test_one_downloaded_file_is_found_by_its_content(
    sites: tuple[Path, Path, str], tmp_path: Path
) -> None:
    site, _, _ = sites
    download = tmp_path / "2021 (1).csv"  # a browser's name for a second download
    shutil.copy(site / "data/govisumber-zdtg/2021.csv", download)
    with sitekit.serve(site) as url:
        done = verify(str(download), "--manifest", url)
        download.write_bytes(download.read_bytes() + b"\r\n")
        changed = verify(str(download), "--manifest", url)
    assert done.returncode == 0, done.stderr
    assert "OK, the release's govisumber-zdtg/2021.csv" in done.stdout
    assert changed.returncode == 1
    assert "NOT in the release" in changed.stderr
