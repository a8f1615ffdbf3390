"""Evidence published outside the Pages site (docs/deployment.md): with ``evidence_base_url``
and ``evidence_dir`` the gallery links point under the base URL and the files are written to
that folder, not into the site (SYNTHETIC image)."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

from iltod import urls
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support.images_repo import AGENCY, MEASURE, YEAR, encoded, make_repo

BASE = "https://evidence.example.mn/2024/"


def _site(root: Path, **options: str) -> Site:
    jpeg = encoded(Image.new("RGB", (1200, 900), (40, 120, 200)), "JPEG", quality=90)
    make_repo(root, {"photo.jpg": jpeg})
    return Site(root, "mn", SiteOptions(office_downloads=False, **options))


def _gallery_sources(site: Site) -> list[str]:
    html = site.render(urls.measure(AGENCY, YEAR, MEASURE).rstrip("/") + ".md")
    return re.findall(r'<img[^>]*\ssrc="([^"]+)"', html)


def test_by_default_evidence_is_in_the_site_with_relative_links(tmp_path: Path) -> None:
    site = _site(tmp_path / "repo")
    sources = _gallery_sources(site)
    assert sources
    assert all(not s.startswith(("http:", "https:", "/")) for s in sources), sources
    site.write_evidence(tmp_path / "site")
    assert any(p.suffix == ".webp" for p in (tmp_path / "site").rglob("*"))


def test_evidence_base_url_and_dir_publish_it_outside_the_site(tmp_path: Path) -> None:
    site = _site(tmp_path / "repo", evidence_base_url=BASE.rstrip("/"), evidence_dir="evidence-out")
    sources = _gallery_sources(site)
    assert sources
    assert all(s.startswith(BASE) for s in sources), sources
    (tmp_path / "site").mkdir()
    site.write_evidence(tmp_path / "site")
    assert not any((tmp_path / "site").rglob("*.webp"))
    published = sorted(
        p.relative_to(tmp_path / "repo/evidence-out").as_posix()
        for p in (tmp_path / "repo/evidence-out").rglob("*.webp")
    )
    # every link is the base URL plus the path of a file written to evidence_dir
    assert {s.removeprefix(BASE) for s in sources} <= set(published), (sources, published)
