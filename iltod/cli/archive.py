"""``iltod archive``: build one past reporting year as its own site, to publish once outside
GitHub Pages at ``<archive-url><year>/`` (dev/deployment.md, iltod/site/years.py).

It runs the archive layout (iltod.site.layouts.archive) through ``iltod build``'s runner: the
repository's ``mkdocs.yml``, then ``mkdocs.en.yml`` into ``en/``, each with the year's settings
(its years, the archive's and the main site's addresses, its own address). An archive holds
both languages and its open data itself: the main site's placement of them is never passed
on; ``--main-url-en`` (``ILTOD_MAIN_URL_EN``) says where the English main site is when it is
published outside the main one. The site is built in a temporary folder beside the output and
moved into place only when both builds succeeded, so a failed build leaves an earlier archive
whole; an existing output is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from pydantic import ValidationError

from iltod.cli import build, common, outputs
from iltod.load import loader
from iltod.site import layouts
from iltod.site.options import EXPECTED, SiteOptions

NAME = "archive"
HELP = (
    "build one reporting year as its own archived site (Mongolian and English), "
    "to publish at <archive-url><year>/"
)
MARK = 'id="iltod-archive"'
"""What every page of an archived year has (iltod.site.years.Years.notice)."""
PROTECTED = ("plans", "attachments", "docs", "hooks", "iltod", ".git")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, required=True, help="the reporting year, e.g. 2022")
    p.add_argument("-o", "--output", help="the folder to write (default: site-<year>/)")
    p.add_argument(
        "--archive-url",
        help="where the years' sites are published: year Y at <archive-url><Y>/ "
        "(default: $ILTOD_ARCHIVE_URL)",
    )
    p.add_argument(
        "--main-url",
        help="the main site's address, for the links back (default: $ILTOD_MAIN_URL)",
    )
    p.add_argument(
        "--main-url-en",
        help="where the English main site is, when not in <main-url>en/: <this>en/ "
        "(default: $ILTOD_MAIN_URL_EN)",
    )
    build.add_evidence(p)
    common.add_force(p)
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    root = loader.find_root(Path.cwd())
    base = build.environment(args.evidence_url, args.evidence_dir)
    args.archive_url = args.archive_url or base["mn"].archive_url
    args.main_url = args.main_url or base["mn"].main_url
    main_url_en = args.main_url_en or base["en"].main_url
    urls = _addresses(args)
    out = _output(root, Path(args.output or f"site-{args.year}"), args.force)
    repo = loader.load(root, regions=common.regions(root))
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
    archive_url, main_url = urls
    if main_url_en == base["mn"].main_url:
        main_url_en = None  # ILTOD_MAIN_URL alone: the English main site is under it
    layout = layouts.archive(
        out, base, year=args.year, archive_url=archive_url, main_url=main_url,
        main_url_en=main_url_en,
    )  # fmt: skip
    return _build(root, layout, args.year, args.lang)


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


def _build(root: Path, layout: layouts.Layout, year: int, lang: str) -> int:
    """Build the layout in a temporary folder, then move it into place."""
    out, site_url = layout.builds[0].out, layout.builds[0].settings.site_url
    tmp = out.parent / f".{out.name}.{os.getpid()}.tmp"
    staged = layouts.Layout(
        layout.name,
        tuple(replace(b, out=tmp / b.out.relative_to(out)) for b in layout.builds),
    )
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        if build.run_layout(root, staged, lang=lang) != 0:
            return _failed("the build failed (above)", "бүтээлт амжилтгүй (дээрх алдааг үзнэ үү)")
        home = tmp / "index.html"
        if not home.is_file() or MARK not in home.read_text(encoding="utf-8", errors="replace"):
            return _failed(
                "the pages are not an archive: the engine did not apply the year's settings",
                "хуудсууд архив биш байна: оны тохиргоо хэрэгжээгүй",
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
