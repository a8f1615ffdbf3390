"""``iltod archive``: build one past reporting year as its own site, to publish once outside
GitHub Pages at ``<archive-url><year>/`` (dev/deployment.md, iltod/site/years.py).

It runs exactly what a maintainer would: ``python -m mkdocs build --strict`` of the
repository's ``mkdocs.yml``, then of ``mkdocs.en.yml`` into ``en/``, with the year's settings in
the environment (``ILTOD_YEARS``, ``ILTOD_ARCHIVE_URL``, ``ILTOD_MAIN_URL`` and the archive's own
``ILTOD_SITE_URL``/``ILTOD_SITE_URL_EN``). An archive holds both languages and its open data
itself: the main site's settings for publishing them elsewhere (``ILTOD_ALTERNATE_*``,
``ILTOD_DATA_*``) are not passed on; ``ILTOD_MAIN_URL_EN`` is, when the English main site is
published outside the main one. MkDocs is a separate process: the command line never
imports it (the layer contract). The site is built in a temporary folder beside the output and
moved into place only when both builds succeeded, so a failed build leaves an earlier archive
whole; an existing output is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pydantic import ValidationError

from iltod.cli import common, outputs
from iltod.load import loader
from iltod.site.options import EXPECTED, SiteOptions
from iltod.site.years import LANGUAGE_FOLDER

NAME = "archive"
HELP = (
    "build one reporting year as its own archived site (Mongolian and English), "
    "to publish at <archive-url><year>/"
)
CONFIGS = (("mkdocs.yml", ""), ("mkdocs.en.yml", LANGUAGE_FOLDER["en"]))
"""Each language's configuration and its folder in the year's site."""
MARK = 'id="iltod-archive"'
"""What every page of an archived year has (iltod.site.years.Years.notice)."""
PROTECTED = ("plans", "attachments", "docs", "hooks", "iltod", ".git")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, required=True, help="the reporting year, e.g. 2022")
    p.add_argument("-o", "--output", help="the folder to write (default: site-<year>/)")
    p.add_argument(
        "--archive-url",
        default=os.environ.get("ILTOD_ARCHIVE_URL") or None,
        help="where the years' sites are published: year Y at <archive-url><Y>/ "
        "(default: $ILTOD_ARCHIVE_URL)",
    )
    p.add_argument(
        "--main-url",
        default=os.environ.get("ILTOD_MAIN_URL") or None,
        help="the main site's address, for the links back (default: $ILTOD_MAIN_URL)",
    )
    common.add_force(p)
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    root = loader.find_root(Path.cwd())
    urls = _addresses(args)
    out = _output(root, Path(args.output or f"site-{args.year}"), args.force)
    repo = loader.load(root)
    if repo.report.errors:
        print(repo.report.format(args.lang), file=sys.stderr)
        return 1
    years = sorted({pf.plan.year for pf in repo.plans}, reverse=True)
    if args.year not in years:
        have = ", ".join(map(str, years)) or "none"
        raise common.usage(
            f"no plan of {args.year} in plans/ (years with plans: {have}); nothing written",
            f"plans/ хавтсанд {args.year} оны төлөвлөгөө алга (байгаа онууд: {have}); "
            "юу ч бичээгүй",
        )
    return _build(root, args.year, urls, out)


def _addresses(args: argparse.Namespace) -> tuple[str, str]:
    """The archive's and the main site's addresses, checked as the build options are."""
    for value, flag, env in (
        (args.archive_url, "--archive-url", "ILTOD_ARCHIVE_URL"),
        (args.main_url, "--main-url", "ILTOD_MAIN_URL"),
    ):
        if not value:
            raise common.usage(
                f"{flag} (or {env}) is needed: an archived year links to the other years' "
                "sites and back to the main site; nothing written",
                f"{flag} (эсвэл {env}) өгнө үү: архивын сайт бусад оны сайт болон үндсэн "
                "сайт руу холбоос агуулна; юу ч бичээгүй",
            )
    try:
        opts = SiteOptions(archive_url=args.archive_url, main_url=args.main_url, years=[args.year])
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0])
        en, mn = EXPECTED[key]
        flag = "--year" if key == "years" else "--" + key.replace("_", "-")
        raise common.usage(
            f"{flag}: expected {en}, got {err['input']!r}; nothing written",
            f"{flag}: {mn} байх ёстой; {err['input']!r} байна; юу ч бичээгүй",
        ) from None
    assert opts.archive_url is not None
    assert opts.main_url is not None
    return opts.archive_url, opts.main_url


def _output(root: Path, out: Path, force: bool) -> Path:
    """The output folder, once it is certain it may be written (iltod.cli.outputs)."""
    return outputs.folder(root, out, force, PROTECTED)


MAIN_SITE_ONLY = ("ILTOD_ALTERNATE_", "ILTOD_DATA_")
"""Settings of the main site's build that would misplace an archive's own pages or data."""


def _build(root: Path, year: int, addresses: tuple[str, str], out: Path) -> int:
    archive_url, main_url = addresses
    site_url = f"{archive_url}{year}/"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(MAIN_SITE_ONLY)},
        "ILTOD_YEARS": str(year),
        "ILTOD_ARCHIVE_URL": archive_url,
        "ILTOD_MAIN_URL": main_url,
        "ILTOD_SITE_URL": site_url,
        "ILTOD_SITE_URL_EN": site_url + LANGUAGE_FOLDER["en"],
    }
    tmp = out.parent / f".{out.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        for config, folder in CONFIGS:
            if not (root / config).is_file():
                continue
            cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / config)]
            cmd += ["-d", str((tmp / folder).absolute())]
            print(f"iltod archive: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
            if subprocess.run(cmd, cwd=root, env=env, check=False).returncode != 0:
                return _failed(
                    f"the build of {config} failed (above)",
                    f"{config}-ийн бүтээлт амжилтгүй (дээрх алдааг үзнэ үү)",
                )
        home = tmp / "index.html"
        if not home.is_file() or MARK not in home.read_text(encoding="utf-8", errors="replace"):
            return _failed(
                "the pages are not an archive: mkdocs.yml must read extra.iltod.archive_url and "
                "main_url from ILTOD_ARCHIVE_URL and ILTOD_MAIN_URL (!ENV, dev/deployment.md)",
                "хуудсууд архив биш байна: mkdocs.yml-д archive_url, main_url тохиргоо алга",
            )
        outputs.mark(tmp, root)  # --force may replace it later; the commit it was built from
        if out.exists():
            shutil.rmtree(out)
        tmp.rename(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    pages = sum(1 for _ in out.rglob("index.html"))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
    print(
        f"iltod archive: the {year} archive is in {out}/ ({pages} pages, {size:.1f} MB): "
        f"publish it at {site_url}\n"
        f"    мн: {year} оны архив {out}/ хавтсанд бэлэн ({pages} хуудас, {size:.1f} MB): "
        f"{site_url} хаягаар нийтэлнэ үү",
        file=sys.stderr,
    )
    return 0


def _failed(en: str, mn: str) -> int:
    print(
        f"iltod archive: error: {en}; nothing written\n    мн: {mn}; юу ч бичээгүй",
        file=sys.stderr,
    )
    return 1
