"""The same commit builds the same site, byte for byte: pages, open data, office files, feeds,
search index and evidence (a SYNTHETIC photo, PDF and Word file beside the frozen sample).

Two clones of one commit are built in different folders, seconds apart, and every file is
compared. The one input besides the commit is the day: overdue is judged on the build date
(``ILTOD_TODAY`` fixes it; the tests' builds use one), and MkDocs' own build date, which the
deploy sets from the commit (``SOURCE_DATE_EPOCH``).
"""

from __future__ import annotations

import hashlib
import subprocess
import time
from pathlib import Path

from PIL import Image

from tests.support import documents, images_repo, sample, sitekit
from tests.support.history_repo import ENV, GitRepo


def _tree(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def _commit(tmp_path: Path) -> Path:
    repo = sitekit.make_repo(tmp_path / "origin", plans=sample.PLANS)
    photo = images_repo.encoded(Image.new("RGB", (900, 600), (30, 90, 160)), "JPEG", quality=90)
    files = {"photo.jpg": photo, "report.pdf": documents.pdf(), "report.docx": documents.word()}
    images_repo.make_repo(repo, files)
    GitRepo(repo).commit("sample and SYNTHETIC evidence", "2022-01-05T10:00:00+08:00")
    return repo


def test_two_builds_of_one_commit_are_byte_identical(tmp_path: Path) -> None:
    origin = _commit(tmp_path)
    sites = []
    for name in ("a", "b"):
        clone = tmp_path / f"clone-{name}"
        subprocess.run(
            ["git", "clone", "-q", str(origin), str(clone)], env=ENV, check=True, timeout=60
        )
        out = tmp_path / f"site-{name}"
        result = sitekit.build(clone, out, SOURCE_DATE_EPOCH="1641348000")
        assert result.returncode == 0, result.stdout + result.stderr
        sites.append((out, result.stderr))
        time.sleep(1.1)  # a zip or a header stamped with the time of building would differ
    (a, log), (b, _) = sites
    files, other = _tree(a), _tree(b)
    assert {"data/test-agency/2024.xlsx", "data/test-agency/2024.docx"} <= set(files)
    assert any(f.endswith(".webp") for f in files)
    assert any(f.endswith(".pdf") for f in files)
    assert any(f.startswith("pagefind/") for f in files)
    differ = sorted(f for f in files.keys() | other.keys() if files.get(f) != other.get(f))
    assert differ == []
    # and the build told the clerk what it removed from their documents
    assert "report.pdf: removed before publishing: author" in log
    assert "report.docx: removed before publishing: comments" in log
