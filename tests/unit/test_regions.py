"""Regions are deployment data: a regions file (and its map's drawing) names them, Mongolia's
is the built-in default in the same format, and every mistake in either file is located.

The made-up regions here are labelled SYNTHETIC."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from iltod.load import loader
from iltod.load.regions import RegionsError, default, read_file
from iltod.load.yamlsource import read
from iltod.regions import DEFAULT_FILE
from iltod.schema import SCHEMA_PATHS
from iltod.site import config
from tests.support.sitekit import ROOT

REGIONS = """\
# SYNTHETIC regions for a test
map: drawing.json
regions:
  - id: north
    name: {mn: Хойд бүс (SYNTHETIC), en: North (SYNTHETIC)}
  - id: south
    name: {mn: Өмнөд бүс (SYNTHETIC), en: South (SYNTHETIC)}
    kind: province
  - id: south-town
    name: {mn: Өмнөд хот (SYNTHETIC), en: South town (SYNTHETIC)}
    parent: south
"""
DRAWING = {
    "source": "SYNTHETIC",
    "width": 200,
    "height": 100,
    "regions": {"north": "M0 0h200v50H0z", "south": "M0 50h200v50H0z"},
}


def _deployment(folder: Path, regions: str = REGIONS, drawing: object = DRAWING) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "regions.yml").write_text(regions, encoding="utf-8")
    (folder / "drawing.json").write_text(json.dumps(drawing, indent=1), encoding="utf-8")
    return folder / "regions.yml"


def _errors(path: Path) -> list[str]:
    with pytest.raises(RegionsError) as caught:
        read_file(path, path.name)
    return [d.format() for d in caught.value.diagnostics]


def test_the_built_in_regions_are_mongolias_in_the_order_pages_list_them() -> None:
    regions = default()
    assert len(regions) == 32  # 21 aimags, the capital, its 9 districts, national bodies
    assert list(regions)[:2] == ["arkhangai", "bayan-ulgii"]
    assert list(regions)[-1] == "national"
    assert regions["ub-bayangol"] == ("ub-bayangol", "Баянгол дүүрэг", "Bayangol district",
                                      "district", "ulaanbaatar")  # fmt: skip
    assert regions.file == DEFAULT_FILE
    assert regions.drawing is not None
    assert (regions.drawing.width, regions.drawing.height) == (
        600,
        289,
    )
    assert regions.drawing.shapes[0][0] == "umnugovi"  # largest first: small ones stay on top


def test_a_deployments_regions_file_gives_its_regions_and_map(tmp_path: Path) -> None:
    regions = read_file(_deployment(tmp_path), "regions.yml")
    assert list(regions) == ["north", "south", "south-town"]
    assert regions["north"].kind == "region"  # kind and parent are optional
    assert regions["south-town"].parent == "south"
    assert regions.drawing is not None
    assert [slug for slug, _ in regions.drawing.shapes] == ["north", "south"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("  - id: south\n", "  - id: north\n"),
            (
                "regions.yml:6:9: error[E414] regions[1].id: expected each region's id once, "
                "got 'north' a second time"
            ),
        ),
        (
            ("parent: south", "parent: west"),
            (
                "regions.yml:11:13: error[E415] regions[2].parent: expected the id of another "
                "region of this file, got 'west'"
            ),
        ),
        (
            ("map: drawing.json", "map: missing.json"),
            (
                "regions.yml:2:6: error[E416] map: expected the map's drawing beside the regions "
                "file, got 'missing.json'"
            ),
        ),
        (
            (", en: North (SYNTHETIC)}", "}"),
            "regions.yml:5:11: error[E010] regions[0].name.en:",
        ),
        (
            ("id: north", "id: North Region"),
            "regions.yml:4:9: error[E014] regions[0].id: expected a slug of lower-case Latin",
        ),
    ],
)
def test_a_mistake_in_the_regions_file_is_located(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    path = _deployment(tmp_path, REGIONS.replace(*change))
    errors = _errors(path)
    assert any(e.startswith(expected) for e in errors), errors
    assert all("\n    мн: " in e for e in errors)  # bilingual


def test_a_map_drawing_a_region_the_file_does_not_list_is_located_in_the_drawing(
    tmp_path: Path,
) -> None:
    drawing = {**DRAWING, "regions": {**DRAWING["regions"], "east": "M0 0h1v1z"}}  # type: ignore[dict-item]
    (error,) = _errors(_deployment(tmp_path, drawing=drawing))
    assert error.startswith("drawing.json:8:3: error[E417] regions.east: expected a region of ")


def test_path_data_that_could_leave_its_attribute_is_refused(tmp_path: Path) -> None:
    drawing = {**DRAWING, "regions": {"north": 'M0 0"/><script>alert(1)</script>'}}
    (error,) = _errors(_deployment(tmp_path, drawing=drawing))
    assert error.startswith("drawing.json:6:12: error[E014] regions.north: expected text matching")


def test_a_drawing_of_no_region_is_refused(tmp_path: Path) -> None:
    (error,) = _errors(_deployment(tmp_path, drawing={**DRAWING, "regions": {}}))
    assert "error[E418] regions: expected the outline of at least one region" in error


def test_a_missing_regions_file_is_located_where_mkdocs_yml_names_it(tmp_path: Path) -> None:
    mkdocs = tmp_path / "mkdocs.yml"
    mkdocs.write_text("site_name: x\nextra:\n  iltod:\n    regions: regions.yml\n", "utf-8")
    with pytest.raises(config.ConfigError) as caught:
        config.read({"regions": "regions.yml"}, "mn", mkdocs, env={})
    (d,) = caught.value.diagnostics
    assert d.format().startswith(
        "mkdocs.yml:4:5: error[E413] extra.iltod.regions: expected a regions file (a path "
        "relative to mkdocs.yml), got 'regions.yml', which does not exist"
    )


def test_the_build_configuration_reads_the_file_relative_to_mkdocs_yml(tmp_path: Path) -> None:
    _deployment(tmp_path / "site-config")
    mkdocs = tmp_path / "site-config" / "mkdocs.yml"
    built = config.read({"regions": "regions.yml"}, "mn", mkdocs, env={})
    assert list(built.regions) == ["north", "south", "south-town"]
    assert config.read({}, "mn", mkdocs, env={}).regions is default()
    # the page cache is keyed on what the file says, not only on its name
    assert built.digest()["regions"] != config.read({}, "mn", mkdocs, env={}).digest()["regions"]


def test_an_agency_naming_a_region_not_in_the_file_is_a_located_error(tmp_path: Path) -> None:
    regions = read_file(_deployment(tmp_path), "regions.yml")
    folder = tmp_path / "plans" / "synthetic-east"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(
        "slug: synthetic-east\nname: {mn: Жишээ (SYNTHETIC)}\nregion: govisumber\n", "utf-8"
    )
    repo = loader.load(tmp_path, regions=regions)
    (d,) = repo.report.diagnostics
    assert d.format().startswith(
        "plans/synthetic-east/agency.yml:3:9: error[E028] region: expected a known region "
        "(e.g. north, south; see regions.yml), got 'govisumber'"
    )
    assert loader.load(tmp_path).report.diagnostics == []  # Mongolia's has it


def test_the_published_schema_is_current_and_accepts_the_built_in_file() -> None:
    from iltod.schema import json_schema

    path = ROOT / SCHEMA_PATHS["regions"]
    published = json.loads(path.read_text(encoding="utf-8"))
    assert published == json_schema("regions")
    src = read("mongolia.yml", (ROOT / "iltod" / "regions" / "mongolia.yml").read_bytes())
    validator = Draft202012Validator(published)
    assert [e.message for e in validator.iter_errors(src.data)] == []
    wrong = {"regions": [{"id": "Bad Id", "name": {"mn": "x"}}], "map": "x.svg"}
    assert {e.path[0] for e in validator.iter_errors(wrong)} == {"regions", "map"}


def test_the_file_names_its_regions_together_on_the_home_page_or_general_words_do(
    tmp_path: Path,
) -> None:
    from iltod.site import map as map_svg
    from iltod.site.i18n import Translator

    labels = "labels:\n  map: {mn: Мужийн дундаж (SYNTHETIC), en: Average by province (SYNTHETIC)}"
    named = read_file(_deployment(tmp_path / "a", labels + "\n" + REGIONS), "regions.yml")
    plain = read_file(_deployment(tmp_path / "b"), "regions.yml")
    assert map_svg.title(named, "map", Translator("en")) == "Average by province (SYNTHETIC)"
    assert map_svg.title(named, "ranked", Translator("en")) == "Regions ranked by average"
    assert map_svg.title(plain, "map", Translator("mn")) == "Бүс нутаг тус бүрийн дундаж хэрэгжилт"
    assert map_svg.title(default(), "map", Translator("en")) == (
        "Average implementation by aimag and the capital"  # Mongolia's, as before
    )
