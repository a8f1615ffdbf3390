"""The markup iltod writes is valid HTML: the Nu HTML checker (vnu.jar, installed by
scripts/test) finds no error in the built sample site, generated pages, guides, the print view
and the 404 page, in both languages.

Material for MkDocs writes a few errors of its own into every page. They are listed in
MATERIAL_ERRORS and left out, and a second test proves each one is Material's: it appears in a
plain Material site built with no iltod content, no hook and no override."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import sample, sitekit

VNU = sitekit.ROOT / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
PLAN = "govisumber-zdtg/2021/"
PAGES = [
    "index.html",
    "regions/govisumber/index.html",
    "govisumber-zdtg/index.html",
    f"{PLAN}index.html",
    f"{PLAN}print/index.html",
    f"{PLAN}objective-1/index.html",
    f"{PLAN}measure-1-3/index.html",
    f"{PLAN}measure-5-1/index.html",
    "about/index.html",
    "progress/index.html",
    "404.html",
]
MATERIAL_ERRORS = {
    # base.html: <input type="checkbox" autocomplete="off"> for the drawer and search toggles
    "Attribute “autocomplete” is only allowed when the input type is",
}


def _errors(files: list[Path]) -> list[dict[str, str]]:
    assert VNU.is_file(), f"{VNU} is missing: scripts/test installs it (npm vnu-jar)"
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(run.stderr)["messages"]
    return [m for m in messages if m.get("type") == "error"]


def _ours(errors: list[dict[str, str]]) -> list[str]:
    return [
        f"{e['url'].rsplit('/', 3)[-3:]}:{e.get('lastLine')}: {e['message']}"
        for e in errors
        if not any(e["message"].startswith(known) for known in MATERIAL_ERRORS)
    ]


def test_the_markup_iltod_writes_has_no_nu_checker_error(sample_site: Path) -> None:
    errors = _errors([sample_site / p for p in PAGES])
    assert _ours(errors) == []


def test_the_english_site_has_no_nu_checker_error(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    repo = sitekit.make_repo(tmp_path_factory.mktemp("en-repo"), plans=sample.PLANS)
    out = tmp_path_factory.mktemp("en-site")
    result = sitekit.build(repo, out, "mkdocs.en.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _ours(_errors([out / p for p in PAGES])) == []


def test_the_errors_left_out_are_material_s_own(tmp_path: Path) -> None:
    """A plain Material site (no hook, no override, one page) has every error we leave out."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Plain\n\nText.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: plain\ntheme:\n  name: material\n  font: false\nplugins: []\n",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(tmp_path / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=sitekit.build_env(),
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    plain = {e["message"] for e in _errors([out / "index.html"])}
    for known in MATERIAL_ERRORS:
        assert any(m.startswith(known) for m in plain), known


@pytest.mark.parametrize(
    ("demo", "pages"),
    [
        (
            "demo-national",
            [
                "index.html",
                "regions/arkhangai/index.html",
                "synthetic-0000/index.html",
                "find/index.html",  # the search page's form and filters (issue 29)
                "synthetic-0000/2024/objective-1/index.html",  # a trend chart and its table
                "synthetic-0000/2024/measure-1-1/index.html",
            ],
        ),
        ("demo-gallery", ["demo-gallery/2024/measure-1-1/index.html"]),
    ],
)
def test_the_demos_map_comparisons_and_gallery_have_no_nu_checker_error(
    tmp_path: Path, demo: str, pages: list[str]
) -> None:
    result = sitekit.build(sitekit.ROOT / "examples" / demo, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _ours(_errors([tmp_path / p for p in pages])) == []
