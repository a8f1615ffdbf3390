"""A deployment with regions of its own needs no code change: a regions file named by
``extra.iltod.regions`` gives its map and its region pages (the regions and agencies here are
made up, labelled SYNTHETIC)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import sitekit, synthetic
from tests.support.regions import MAP, REGIONS

NAMES = {"lakeside": "Нуурын бүс (SYNTHETIC)", "hills": "Толгодын бүс (SYNTHETIC)",
         "harbour": "Боомт хот (SYNTHETIC)"}  # fmt: skip


def _deployment(root: Path, regions: str = REGIONS) -> Path:
    repo = sitekit.make_repo(root)
    (repo / "regions.yml").write_text(regions, encoding="utf-8")
    (repo / "regions-map.json").write_text(json.dumps(MAP, indent=1), encoding="utf-8")
    config = repo / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines()
    lines.insert(lines.index("  iltod:") + 1, "    regions: regions.yml")
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # four SYNTHETIC agencies: lakeside has two, hills and harbour one each
    regions = ["lakeside", "hills", "harbour"]
    synthetic.write_repository(repo, 4, measures=4, years=(2026,), regions=regions)
    return repo


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("regions")
    repo = _deployment(tmp / "repo")
    result = sitekit.build(repo, tmp / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "site"


def test_the_home_map_shows_the_deployments_three_regions_and_no_other(built: Path) -> None:
    home = (built / "index.html").read_text(encoding="utf-8")
    svg = re.search(r'<svg class="il-map__svg" viewBox="0 0 300 150".*?</svg>', home, re.S)
    assert svg is not None
    assert svg.group(0).count('class="il-map__area') == 3
    drawn = re.findall(r'<a href="([^"]+)" aria-label="([^":]+):', svg.group(0))
    assert [(href.removeprefix("./"), name) for href, name in drawn] == [
        (f"regions/{slug}/", NAMES[slug]) for slug in ("lakeside", "hills", "harbour")
    ]
    assert "Архангай" not in home  # nothing of Mongolia's built-in regions
    # the file names no labels: the map is headed in general words, not "aimag and the capital"
    assert "<h2>Бүс нутаг тус бүрийн дундаж хэрэгжилт — 2026</h2>" in home
    assert 'aria-label="Бүс нутгууд дундаж хэрэгжилтээр"' in home
    assert "Аймаг, нийслэл" not in home


def test_each_region_has_its_page_listing_its_agencies(built: Path) -> None:
    expected = {
        "lakeside": ["synthetic-0000", "synthetic-0003"],
        "hills": ["synthetic-0001"],
        "harbour": ["synthetic-0002"],
    }
    for slug, agencies in expected.items():
        page = (built / "regions" / slug / "index.html").read_text(encoding="utf-8")
        assert f"<h1>{NAMES[slug]}</h1>" in page or NAMES[slug] in page.split("</h1>")[0]
        listed = sorted(set(re.findall(r'href="(?:\.\./)+(synthetic-\d{4})/"', page)))
        assert listed == agencies, slug


def test_a_mistake_in_the_regions_file_stops_the_build_at_its_line(tmp_path: Path) -> None:
    repo = _deployment(tmp_path / "repo", REGIONS.replace("id: hills", "id: lakeside"))
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "regions.yml:7:9: error[E414] regions[1].id: expected each region's id once" in output
    assert "'lakeside' давтагдсан байна" in output
    assert not (tmp_path / "site" / "index.html").exists()


def test_an_agency_in_a_region_the_file_does_not_list_stops_the_build(tmp_path: Path) -> None:
    repo = _deployment(tmp_path / "repo")
    agency = repo / "plans" / "synthetic-0001" / "agency.yml"
    text = agency.read_text(encoding="utf-8")
    agency.write_text(text.replace('region: "hills"', "region: govisumber"), encoding="utf-8")
    line = text.splitlines().index('region: "hills"') + 1
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode != 0
    assert (
        f"plans/synthetic-0001/agency.yml:{line}:9: error[E028] region: expected a known region "
        "(e.g. lakeside, harbour; see regions.yml), got 'govisumber'"
    ) in result.stdout + result.stderr
