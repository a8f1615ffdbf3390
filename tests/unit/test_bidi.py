"""Agency text holding bidirectional controls (U+202A–U+202E, U+2066–U+2069) is a located
warning for the clerk (W009, tests/cases/invalid/bidi-override) and is isolated on the site, so
that it cannot reorder what surrounds it (SYNTHETIC plan)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iltod.site import Site, bidi
from iltod.site.options import SiteOptions

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
AGENCY = f'slug: "bidi-test"\nname: {{mn: "SYNTHETIC {RLO}ГТДЗ{PDF}"}}\nregion: "darkhan-uul"\n'
PLAN = f"""\
agency: "bidi-test"
year: 2021
title: "SYNTHETIC plan {RLI}001{PDI}"
period: "year-end"
objectives:
  - number: 1
    title: "Objective"
    measures:
      - number: "1.1"
        text: "Measure"
        timeframe: "2021 он"
        result: "Done: {RLO}001 %"
        notes: "Note {RLO}x"
        percent: 100
"""


def test_text_with_a_control_or_a_right_to_left_letter_is_isolated() -> None:
    assert bidi.isolate(f"a{RLO}b<") == f"<bdi>a{RLO}b&lt;</bdi>"
    assert bidi.isolate("שלום") == "<bdi>שלום</bdi>"
    assert bidi.isolate("Монгол <b>") == "Монгол &lt;b&gt;"  # nothing to isolate, nothing added
    assert bidi.plain(f"x{RLI}y{PDI}") == "xy"


def test_the_site_isolates_agency_text_and_warns_the_clerk(tmp_path: Path) -> None:
    folder = tmp_path / "plans" / "bidi-test"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(AGENCY, encoding="utf-8")
    (folder / "2021.yml").write_text(PLAN, encoding="utf-8")
    site = Site(
        tmp_path, "mn", SiteOptions(office_downloads=False, search=False), on=dt.date(2022, 1, 1)
    )
    assert sorted(d.code for d in site.report.diagnostics) == ["W009"] * 4
    pages = {spec.url: (src, spec) for src, spec in site.pages.items()}
    src, _ = pages["bidi-test/2021/measure-1-1/"]
    html = site.render(src)
    assert f"<bdi>Done: {RLO}001 %</bdi>" in html
    assert f"<bdi>Note {RLO}x</bdi>" in html
    assert RLO not in html.replace(f"<bdi>Done: {RLO}001 %</bdi>", "").replace(
        f"<bdi>Note {RLO}x</bdi>", ""
    )
    agency = site.render(pages["bidi-test/"][0])
    assert f"<bdi>SYNTHETIC {RLO}ГТДЗ{PDF}</bdi>" in agency
    nav = str(site.nav)
    assert "SYNTHETIC ГТДЗ" in nav
    assert RLO not in nav
