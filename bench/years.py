"""Every reporting year at national scale: the artifacts the deploy publishes, measured.

    python -m bench.years --agencies 50 --years 3 [--measures 25] [--json OUT] [--work DIR]

Run it from the repository root. It generates the SYNTHETIC multi-year fixture
(:func:`bench.fixture.iltod_repo` with ``years``), then publishes it as the deploy does with one
site per reporting year (dev/deployment.md): the main site with the newest year
(``ILTOD_YEARS``, Mongolian and English) and each earlier year with ``iltod archive``. For each
artifact it prints the pages, the size (HTML, open data, search index, feeds, the rest), the
wall time and the peak RSS of its build; and, for comparison, the same repository built as one
site of every year (the default). Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench import fixture
from iltod.site import layouts
from iltod.site.config import Settings
from iltod.site.layouts import Base
from tests.support import sitekit

ARCHIVE_URL = "https://archive.example.invalid/"  # SYNTHETIC addresses: nothing is fetched
MAIN_URL = "https://iltod.example.invalid/"
DATA_BASE_URL = ARCHIVE_URL + "data/"
"""Where the main site's open data is published, outside Pages."""


@dataclass
class Artifact:
    name: str
    pages: int
    """HTML pages in both languages."""
    mb: float
    """Bytes of every file (not disk blocks), in MB (10^6)."""
    parts_mb: dict[str, float]
    seconds: float
    peak_rss_mb: float


def years_of(count: int, last: int = 2024) -> tuple[int, ...]:
    """``count`` reporting years ending with ``last``: 3 → (2022, 2023, 2024)."""
    return tuple(range(last - count + 1, last + 1))


NOTHING_SET: Base = {"mn": Settings(), "en": Settings()}
"""The bench's own environment sets nothing a layout keeps (its fixed day comes from sitekit)."""


def main_env(current: int, storage: Path) -> dict[str, str]:
    """The environment of the main site's Mongolian build in the national layout
    (iltod.site.layouts.national, what ``iltod build --layout national`` runs): the
    ``current`` year's pages, the earlier years linked at :data:`ARCHIVE_URL`, and the open
    data written to ``storage/data`` (published with the archives, not on Pages) and linked at
    :data:`DATA_BASE_URL`."""
    layout = layouts.national(
        Path("site"), storage, NOTHING_SET, year=current, site_url=MAIN_URL,
        storage_url=ARCHIVE_URL,
    )  # fmt: skip
    mn = layout.builds[0]
    return mn.settings.environment(mn.language)


def archive_env(year: int) -> dict[str, str]:
    """The environment of the Mongolian build of ``iltod archive --year=<year>``
    (iltod.site.layouts.archive, with :data:`ARCHIVE_URL` and :data:`MAIN_URL`): the year's
    pages, the other years and the main site linked, and the archive's own address."""
    layout = layouts.archive(
        Path("archive"), NOTHING_SET, year=year, archive_url=ARCHIVE_URL, main_url=MAIN_URL
    )
    mn = layout.builds[0]
    return mn.settings.environment(mn.language)


def run(cmd: list[str], cwd: Path, log: Path, **env: str) -> tuple[float, float]:
    """Run ``cmd``; its wall time and peak RSS (MB, its largest process: ``os.wait4``)."""
    with log.open("ab") as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=sitekit.build_env(**env)
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed; see {log}")
    return seconds, usage.ru_maxrss / 1024


def measure(name: str, site: Path, seconds: float, rss: float) -> Artifact:
    parts = {"html": 0, "data": 0, "pagefind": 0, "feeds": 0, "other": 0}
    pages = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(site).parts
        top = rel[1] if rel[0] == "en" and len(rel) > 1 else rel[0]
        size = path.stat().st_size
        if top in ("data", "pagefind", "feeds"):
            parts[top] += size
        elif path.suffix == ".html":
            parts["html"] += size
            pages += 1
        else:
            parts["other"] += size
    mb = {k: round(v / 1e6, 1) for k, v in parts.items()}
    return Artifact(name, pages, round(sum(parts.values()) / 1e6, 1), mb, round(seconds, 1), rss)


def publish(repo: Path, out: Path, years: tuple[int, ...]) -> list[Artifact]:
    """The main site of the newest year and an archive of each earlier year, as the deploy
    builds them."""
    log = out / "build.log"
    out.mkdir(parents=True, exist_ok=True)
    current, earlier = years[-1], years[:-1]
    env = {"ILTOD_YEARS": str(current), "ILTOD_ARCHIVE_URL": ARCHIVE_URL}
    main = out / "main"
    cmd = [sys.executable, "-m", "iltod", "build", f"--output={main}", f"--site-url={MAIN_URL}"]
    seconds, rss = run(cmd, repo, log, **env)
    artifacts = [measure(f"main site ({current})", main, seconds, rss)]
    for year in earlier:
        dest = out / f"archive-{year}"
        cmd = [sys.executable, "-m", "iltod", "archive", f"--year={year}", f"-o={dest}"]
        cmd += [f"--archive-url={ARCHIVE_URL}", f"--main-url={MAIN_URL}"]
        s, r = run(cmd, repo, log)
        artifacts.append(measure(f"archive {year}", dest, s, r))
    return artifacts


def one_site(repo: Path, out: Path) -> Artifact:
    """Every year in one site (the default), both languages, for comparison."""
    log = out.parent / "one-site.log"
    s1, r1 = run(sitekit.build_command(repo, out), repo, log)
    s2, r2 = run(sitekit.build_command(repo, out / "en", "mkdocs.en.yml"), repo, log)
    return measure("every year in one site", out, s1 + s2, max(r1, r2))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--agencies", type=int, default=50)
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--measures", type=int, default=25)
    p.add_argument("--json", type=Path)
    p.add_argument("--work", type=Path)
    args = p.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-years-"))
    years = years_of(args.years)
    seed = fixture.seed_plan()
    repo = fixture.iltod_repo(
        work / "repo",
        args.agencies,
        args.measures,
        fixture.seed_lengths(seed),
        vocabulary=fixture.seed_vocabulary(seed),
        years=years,
    )
    artifacts = [*publish(repo, work / "published", years), one_site(repo, work / "one-site")]
    print(f"{args.agencies} agencies × {args.measures} measures × {len(years)} years {years}")
    parts_head = "html/data/pagefind/feeds/other MB"
    print(f"{'artifact':<26}{'pages':>8}{'MB':>8}  {parts_head:<36}{'s':>7}{'RSS MB':>8}")
    for a in artifacts:
        parts = "/".join(f"{v:g}" for v in a.parts_mb.values())
        print(f"{a.name:<26}{a.pages:>8}{a.mb:>8}  {parts:<36}{a.seconds:>7}{a.peak_rss_mb:>8.0f}")
    if args.json:
        doc = {"agencies": args.agencies, "measures": args.measures, "years": list(years)}
        doc["artifacts"] = [asdict(a) for a in artifacts]
        args.json.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
