"""A deployment draws its map once from GeoJSON boundaries (``iltod regions map``) and checks
its regions file (``iltod regions check``). The boundaries here are SYNTHETIC squares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iltod import cli
from iltod.load.regions import read_file
from iltod.regions import geojson


def _square(slug: str, lon: float, lat: float, size: float) -> dict[str, object]:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {
        "type": "Feature",
        "properties": {"code": slug, "name": f"{slug} (SYNTHETIC)"},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


BOUNDARIES = {
    "type": "FeatureCollection",
    "features": [
        _square("harbour", 100.5, 45.5, 0.2),  # small, listed first
        _square("lakeside", 100.0, 45.0, 1.0),
        {
            **_square("hills", 101.0, 45.0, 1.0),
            "geometry": {  # a province of two islands
                "type": "MultiPolygon",
                "coordinates": [
                    _square("x", 101.0, 45.0, 1.0)["geometry"]["coordinates"],  # type: ignore[index]
                    _square("x", 101.2, 44.5, 0.3)["geometry"]["coordinates"],  # type: ignore[index]
                ],
            },
        },
    ],
}
REGIONS = """\
# SYNTHETIC
map: regions-map.json
regions:
  - {id: lakeside, name: {mn: Нуурын бүс, en: Lakeside}}
  - {id: hills, name: {mn: Толгодын бүс, en: Hills}}
  - {id: harbour, name: {mn: Боомт, en: Harbour}}
"""


def test_boundaries_become_a_drawing_largest_first_in_the_requested_width() -> None:
    out = geojson.drawing(BOUNDARIES, "code", width=300, source="SYNTHETIC")
    assert out["width"] == 300
    # 2° of longitude over 1.5° of latitude (44.5°–46° N, projected at the middle, 45.25°):
    # 300 × 1.5 / (2 × cos 45.25°) ≈ 319.6
    assert out["height"] == 320
    assert list(out["regions"]) == ["hills", "lakeside", "harbour"]
    # 1° × 1°: 150 units wide (of 300 for 2°), 213 high; north up (46° N at y = 0)
    assert out["regions"]["lakeside"] == "M0 213l150 0 0-213-150 0z"
    assert out["regions"]["harbour"] == "M75 107l30 0 0-43-30 0z"  # inside lakeside, on top
    assert out["regions"]["hills"].count("M") == 2  # both islands


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"type": "Feature"}, "expected a GeoJSON FeatureCollection"),
        (
            {**BOUNDARIES, "features": [_square("a", 0, 0, 1), _square("a", 1, 0, 1)]},
            "'a' a second",
        ),
        (
            {"type": "FeatureCollection", "features": [{"properties": {}}]},
            "no text property 'code'",
        ),
    ],
)
def test_boundaries_that_cannot_be_drawn_say_why(doc: object, message: str) -> None:
    with pytest.raises(geojson.GeoJSONError, match=message):
        geojson.drawing(doc, "code")


def test_the_cli_draws_the_map_a_regions_file_then_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "boundaries.geojson"
    source.write_text(json.dumps(BOUNDARIES), encoding="utf-8")
    out = tmp_path / "regions-map.json"
    assert cli.main(["regions", "map", str(source), "--id", "code", "-o", str(out)]) == 0
    (tmp_path / "regions.yml").write_text(REGIONS, encoding="utf-8")
    regions = read_file(tmp_path / "regions.yml", "regions.yml")
    assert regions.drawing is not None
    assert [slug for slug, _ in regions.drawing.shapes] == ["hills", "lakeside", "harbour"]
    assert cli.main(["regions", "check", str(tmp_path / "regions.yml")]) == 0
    assert "3 regions, 3 on the map" in capsys.readouterr().out


def test_the_cli_check_prints_each_located_problem_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "regions.yml").write_text(REGIONS, encoding="utf-8")
    assert cli.main(["regions", "check", str(tmp_path / "regions.yml")]) == 1
    assert "regions.yml:2:6: error[E416] map: expected the map's drawing" in capsys.readouterr().out


def test_a_clerks_validate_checks_agencies_against_the_deployments_regions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``iltod validate`` reads mkdocs.yml's regions file, as the build does: an agency in a
    region of the deployment is fine, one in Mongolia's built-in Govisümber is not."""
    (tmp_path / "mkdocs.yml").write_text("extra:\n  iltod:\n    regions: regions.yml\n", "utf-8")
    (tmp_path / "regions.yml").write_text(REGIONS.replace("map: regions-map.json\n", ""), "utf-8")
    for slug, region in (("synthetic-a", "hills"), ("synthetic-b", "govisumber")):
        (tmp_path / "plans" / slug).mkdir(parents=True)
        (tmp_path / "plans" / slug / "agency.yml").write_text(
            f"slug: {slug}\nname: {{mn: Жишээ (SYNTHETIC)}}\nregion: {region}\n", "utf-8"
        )
    assert cli.main(["validate", str(tmp_path / "plans")]) == 1
    out = capsys.readouterr().out
    assert "plans/synthetic-b/agency.yml:3:9: error[E028]" in out
    assert "synthetic-a" not in out
