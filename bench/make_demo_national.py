"""Write the SYNTHETIC national demo into ``examples/demo-national/``: agencies in every aimag
and the capital, each with a plan for two years, so that the home page's map and status
distribution, a region's ranking of its agencies and an agency's year-over-year table have
something to show (issue 14).

Nothing here is real data: every agency's name says "(synthetic)", every plan's title and
source say SYNTHETIC, and the demo's site name says so on every page.
Run from the repository root: ``python -m bench.make_demo_national``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from iltod.load.regions import default
from tests.support import synthetic

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "examples" / "demo-national"
YEARS = (2023, 2024)
REGION_SLUGS = [r.slug for r in default().regions if r.kind in ("aimag", "capital")]
AGENCIES = len(REGION_SLUGS) + 6  # every aimag and the capital, a few with two agencies


def main(dest: Path = DEMO) -> None:
    """Write the demo's plans/ into ``dest`` (the committed demo by default)."""
    shutil.rmtree(dest / "plans", ignore_errors=True)
    # short texts: the demo is about the comparisons, and it is kept in the repository
    lengths = synthetic.Lengths(text=(60, 90, 140), result=(60, 120), indicators=(40, 70))
    synthetic.write_repository(
        dest,
        agencies=AGENCIES,
        measures=6,
        years=YEARS,
        regions=REGION_SLUGS,
        seed=14,
        lengths=lengths,
    )
    count = len(list((dest / "plans").glob("*/agency.yml")))
    print(f"wrote {count} SYNTHETIC agencies, years {YEARS}, into {dest}")


if __name__ == "__main__":
    main()
