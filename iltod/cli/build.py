"""``iltod build``: the one entry point that builds a deployment's sites, in any layout
(iltod/site/layouts.py): the deploy, ``iltod archive``, the tests and the benchmarks all call it.

Each build of the layout is the engine run exactly as a maintainer would run it
(``python -m mkdocs build --strict -f <config> -d <folder>``), in its own process (the command
line never imports MkDocs: the layer contract), with the layout's settings in the environment's
names (iltod.site.config.VARIABLES) and no other ``ILTOD_*`` value inherited. After each run the
pages the plans require are checked against what the engine wrote (iltod.site.manifest): an
engine that skips iltod's hooks fails here instead of publishing a site of guides only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from iltod.cli import common, years
from iltod.diagnostics import Diagnostic, Report
from iltod.load import loader
from iltod.site import config, layouts, manifest, options
from iltod.site.layouts import Base, Build, Layout

NAME = "build"
HELP = "build the site in a layout: one site, the national layout, or a preview of agencies"
ENGINES = ("mkdocs", "properdocs")
"""Engines that run iltod's hooks: MkDocs 1.6 and ProperDocs, its maintained fork
(dev/engine.md)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--layout", choices=["site", "national", "preview"], default="site")
    p.add_argument("-o", "--output", default="site", help="the site's folder (default: site/)")
    p.add_argument("--site-url", help="the published address (default: mkdocs.yml's)")
    p.add_argument(
        "--storage", default="storage", help="national: the storage's folder (default: storage/)"
    )
    p.add_argument("--storage-url", help="national: where the storage is published")
    p.add_argument("--year", type=int, help="national: the main site's year (default: newest)")
    p.add_argument("--only", action="append", default=[], help="preview: an agency (repeat)")
    p.add_argument("--engine", choices=ENGINES, default="mkdocs")
    add_evidence(p)
    common.add_lang(p)


def add_evidence(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--evidence-url", help="evidence published outside the site, at this URL (storage)"
    )
    p.add_argument("--evidence-dir", default="evidence-out", help="where that evidence is written")


def run(args: argparse.Namespace) -> int:
    root = loader.find_root(Path.cwd())
    base = environment(args.evidence_url, args.evidence_dir)
    out = Path(args.output)
    if args.layout == "national":
        layout = _national(root, args, base, out)
    elif args.layout == "preview":
        if not args.only:
            raise common.usage("--only AGENCY is needed", "--only AGENCY өгнө үү")
        layout = layouts.preview(out, base, args.only)
    else:
        layout = layouts.site(out, base, _address(args.site_url, "--site-url"))
    return run_layout(root, layout, args.engine, args.lang)


def environment(evidence_url: str | None = None, evidence_dir: str | None = None) -> Base:
    """What the environment sets for each language (the one reader), with evidence placed
    outside the site when ``evidence_url`` is given."""
    base = {lang: common.settings(lang) for lang in config.LANGUAGES}
    if evidence_url:
        update = {"evidence_base_url": evidence_url, "evidence_dir": evidence_dir}
        base = {lang: s.model_copy(update=update) for lang, s in base.items()}
    return base


def _address(value: str | None, flag: str) -> str | None:
    """An address given on the command line, checked as the build options are."""
    if not value:
        return None
    try:
        return config.Settings(site_url=value).site_url
    except ValueError:
        en, mn = options.EXPECTED["archive_url"]
        raise common.usage(
            f"{flag}: expected {en}, got {value!r}", f"{flag}: {mn} байх ёстой; {value!r} байна"
        ) from None


def _national(root: Path, args: argparse.Namespace, base: Base, out: Path) -> Layout:
    site_url = _address(args.site_url, "--site-url") or base["mn"].site_url
    storage_url = _address(args.storage_url, "--storage-url") or base["mn"].archive_url
    if not site_url or not storage_url:
        raise common.usage(
            "--layout national needs --site-url (the Pages address) and --storage-url "
            "(where the storage is published)",
            "--layout national: --site-url (Pages хаяг), --storage-url (хадгалах сангийн "
            "хаяг) өгнө үү",
        )
    year = args.year or next(iter(years.all_years(root)), None)
    if year is None:
        raise common.usage("no plan in plans/", "plans/ хавтсанд төлөвлөгөө алга")
    return layouts.national(
        out, Path(args.storage), base, year=year, site_url=site_url, storage_url=storage_url
    )


def run_layout(root: Path, layout: Layout, engine: str = "mkdocs", lang: str = "both") -> int:
    """Run each build of ``layout``; 0 when all built every page the plans require."""
    inherited = {k: v for k, v in config.environ().items() if not k.startswith("ILTOD_")}
    for build in layout.builds:
        config_file = root / build.config
        if build.language != "mn" and not config_file.is_file():
            continue  # a deployment of one language
        env = {**inherited, **build.settings.environment(build.language)}
        cmd = [sys.executable, "-m", engine, "build", "--strict", "-f", str(config_file)]
        cmd += ["-d", str(build.out.absolute())]
        print(f"iltod build: {' '.join(cmd[2:])}", file=sys.stderr, flush=True)
        if subprocess.run(cmd, cwd=root, env=env, check=False).returncode != 0:
            return _failed(f"{build.config} failed (above)", f"{build.config} амжилтгүй")
        report = Report()
        report.extend(check_pages(root, build, env))
        if report.errors:
            print(report.format(lang), file=sys.stderr)
            return 1
    return 0


def check_pages(root: Path, build: Build, env: dict[str, str]) -> list[Diagnostic]:
    """The page manifest of one build (written to ``.cache/manifest/``), checked against
    its folder."""
    config_file = root / build.config
    built = config.read(options.from_file(config_file), build.language, config_file, env)
    pages = manifest.required(root, built, root / "docs")
    listing = root / ".cache" / "manifest" / f"{build.language}.txt"
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("".join(p + "\n" for p in pages), encoding="utf-8")
    return manifest.check(build.out, pages, build.config)


def _failed(en: str, mn: str) -> int:
    print(f"iltod build: error: {en}\n    мн: {mn}", file=sys.stderr)
    return 1
