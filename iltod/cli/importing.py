"""``iltod import``: a report (reporting-system text, Word, Excel, web page) into a plan file,
validated; ``--dry-run`` prints the import report (what each row became) and writes nothing."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from iltod.cli import common
from iltod.cli.terminal import Counter
from iltod.diagnostics import Diagnostic, Report, diag, strict
from iltod.iaac.grades import STEPS, Grades
from iltod.iaac.read import Meta, import_bytes, mapping
from iltod.iaac.read.agency import new_agency
from iltod.load import loader
from iltod.load.checks import plan_checks
from iltod.load.yamlsource import Source, undotted
from iltod.load.yamlsource import read as read_yaml
from iltod.schema.yamlwrite import dump_model

NAME = "import"
HELP = "read a report (.txt, .docx, .xlsx, .html) into a plan file and validate it"


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise loader.UsageError(f"{path}: no such file")
    grades = _grades(args)
    cmap = _map(args.map) if args.map else None
    mapped = _map_facts(cmap, args) if cmap else []
    if cmap and cmap.scale:
        grades = Grades(grades.words, cmap.scale[0])

    def meta_for(agency: str | None) -> Meta:
        return Meta(
            agency=agency,
            year=args.year or (cmap.year[0] if cmap and cmap.year else None),
            grades=grades,
            output_year=_year_from_output(args.output),
            columns=cmap,
        )

    meta = meta_for(args.agency or _slug_from_output(args.output))
    progress = Counter(args.progress or sys.stderr.isatty())
    result = import_bytes(path.read_bytes(), args.file, meta, progress)
    if result.plan is None and not meta.agency and (slug := _slug_by_name(meta.agency_name)):
        meta = meta_for(slug)
        result = import_bytes(path.read_bytes(), args.file, meta, progress)
    progress.done()
    if cmap is not None:
        mapped += mapping.unused(cmap)
        if cmap.name:
            meta.agency_name = cmap.name[0]
    report = Report([*result.diagnostics, *mapped], {args.file, *(d.file for d in mapped)})
    if args.dry_run:
        print(result.report(args.lang))
        for d in sorted(mapped):
            print(d.format(args.lang))
        print(result.summary())
        return 1 if report.errors or result.plan is None else 0
    out = common.target(args.output, common.PLAN_SUFFIXES, args.force) if args.output else None
    written = False
    if result.plan is not None:
        text = dump_model(result.plan, "plan")
        src = read_yaml(args.output or "<stdout>", text.encode("utf-8"))
        alone = [src.locate(d) for d in (*src.diagnostics, *plan_checks(src))]
        if report.errors or any(d.severity == "error" for d in alone):
            # nothing is written: say where each problem is in the document read, never in
            # the output file that does not exist
            report.extend(_in_document(d, src, result.rows, args.file) for d in alone)
        else:
            report.extend(_write_and_check(text, out, report, meta) or alone)
            written = True
    print(report.format(args.lang), file=sys.stderr)
    if not written:
        print(NOTHING_WRITTEN, file=sys.stderr)
    print(result.summary(), file=sys.stderr)
    if line := strict.verdict(report.diagnostics, args.lang):  # the plan written would fail
        print(line, file=sys.stderr)
    return 1 if result.plan is None or any(map(strict.stops_strict, report.diagnostics)) else 0


NOTHING_WRITTEN = "nothing written / юу ч бичээгүй"


def _write_and_check(
    text: str, out: Path | None, report: Report, meta: Meta
) -> list[Diagnostic] | None:
    """Write the YAML (already checked on its own), then, when it is written inside a
    repository's plans/, validate it as ``iltod validate`` would, with the rest of the
    repository: that validation's diagnostics, or ``None`` when there was none. The first
    plan of a new agency's folder gets its agency.yml (W136 says what was guessed)."""
    if out is None:
        sys.stdout.write(text)
        return None
    common.write_bytes(out, text.encode("utf-8"))
    try:
        root = loader.find_root(out.parent)
    except loader.UsageError:
        return None
    if (root / "plans") not in out.resolve().parents:
        return None
    folder = out.resolve().parent
    written = None
    if folder.parent == (root / "plans").resolve():
        shown = (folder / "agency.yml").relative_to(root.resolve()).as_posix()
        if not any((folder / f"agency{ext}").exists() for ext in (".yml", ".yaml")):
            regions = common.regions(root)
            text, written = new_agency(folder.name, shown, meta.agency_name, meta.title, regions)
            common.write_bytes(folder / "agency.yml", text.encode("utf-8"))
    repo = loader.load(root, [out], regions=common.regions(root))
    if written is not None:
        report.files.add(written.file)
        return [written, *repo.report.diagnostics]
    report.files |= repo.report.files
    return repo.report.diagnostics


def _in_document(
    d: Diagnostic, src: Source, rows: dict[str, tuple[int, int]], file: str
) -> Diagnostic:
    """``d`` (about the plan the import made) placed at the row of the document it came
    from, with its field in the clerk's words ("measure 2.1 › number")."""
    path = undotted(d.field) if d.field else ()
    number = ""
    if len(path) >= 4 and path[0] == "objectives" and path[2] == "measures":
        scalar = src.scalars.get((*path[:4], "number"))
        number = scalar.raw if scalar else ""
    line, column = rows.get(number, (1, 1))
    return dataclasses.replace(d, file=file, line=line, column=column)


def _map(file: str) -> mapping.ColumnMap:
    """The ``--map`` file (usage errors exit 2)."""
    if not Path(file).is_file():
        raise loader.UsageError(f"{file}: no such file")
    try:
        return mapping.load(file, Path(file).read_bytes())
    except ValueError as exc:
        raise loader.UsageError(str(exc)) from None


def _map_facts(cmap: mapping.ColumnMap, args: argparse.Namespace) -> list[Diagnostic]:
    """A W137 for each plan fact the map gives (the command line's own options win)."""
    out: list[Diagnostic] = []
    facts = (
        ("year", cmap.year, args.year, "the plan's year", "төлөвлөгөөний он"),
        ("scale", cmap.scale, args.scale, "the plan's scale", "төлөвлөгөөний шатлал"),
        ("name", cmap.name, None, "a new agency's name", "шинэ байгууллагын нэр"),
    )
    for key, fact, given, en, mn in facts:
        if fact is None:
            continue
        value, line = fact
        overridden = given is not None
        out.append(
            diag(
                cmap.file,
                line,
                1,
                "W137",
                got=f"{key}: {value}",
                what=f"not used: the command line gives {en}" if overridden else f"{en} set",
                what_mn=f"ашиглаагүй: командад {mn} өгсөн" if overridden else f"{mn} тогтоов",
            )
        )
    return out


def _grades(args: argparse.Namespace) -> Grades:
    """The grade words and scale of ``--grades`` and ``--scale`` (usage errors exit 2)."""
    grades = Grades()
    if args.scale:
        try:
            scale = [int(v) for v in args.scale.replace(" ", "").split(",")]
        except ValueError:
            raise loader.UsageError(
                f"--scale: expected e.g. 0,30,70,100, got {args.scale!r}"
            ) from None
        if len(scale) != len(STEPS) or not all(0 <= v <= 100 for v in scale):
            raise loader.UsageError(f"--scale: expected four percents, got {args.scale!r}")
        grades = Grades(grades.words, sorted(scale))
    if args.grades:
        if not Path(args.grades).is_file():
            raise loader.UsageError(f"{args.grades}: no such file")
        src = read_yaml(args.grades, Path(args.grades).read_bytes())
        words = src.data if isinstance(src.data, dict) else None
        if not words or not all(isinstance(v, str) and v in STEPS for v in words.values()):
            raise loader.UsageError(
                f"{args.grades}: expected a mapping of grade word to one of {', '.join(STEPS)}"
            )
        grades = grades.merged({str(k): str(v) for k, v in words.items()})
    return grades


def _year_from_output(output: str | None) -> int | None:
    """plans/<slug>/<year>.yml names the year."""
    stem = Path(output).stem if output else ""
    return int(stem) if stem.isdigit() and 2000 <= int(stem) <= 2100 else None


def _slug_from_output(output: str | None) -> str | None:
    """plans/<slug>/<year>.yml names the agency."""
    if output and Path(output).parent.parent.name == "plans":
        return Path(output).parent.name
    return None


def _slug_by_name(name: str | None) -> str | None:
    """The slug of the repository's agency whose Mongolian name is ``name``, if exactly one."""
    if not name:
        return None
    try:
        repo = loader.load(loader.find_root(Path.cwd()))
    except loader.UsageError:
        return None
    found = [slug for slug, a in repo.agencies.items() if a.name.mn.strip() == name.strip()]
    return found[0] if len(found) == 1 else None


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        help="the report: reporting-system .txt export (or text, one cell per line), Word .docx, "
        "Excel .xlsx or a saved web page .html",
    )
    p.add_argument(
        "--agency", help="agency slug (default: from -o plans/<slug>/… or the agency's name)"
    )
    p.add_argument("--year", type=int, help="plan year (default: from the report's period line)")
    p.add_argument(
        "-o", "--output", help="plan file to write, e.g. plans/<slug>/<year>.yml (default: stdout)"
    )
    p.add_argument(
        "--progress", action="store_true", help="show progress even when stderr is not a terminal"
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print the import report (what each row became, every cell not used) and write "
        "nothing",
    )
    p.add_argument(
        "--scale",
        help="the plan's percent scale for grade words, e.g. 0,40,70,100 (default 0,30,70,100)",
    )
    p.add_argument(
        "--grades",
        help="YAML file of extra grade words: word → none | begun | mostly | done",
    )
    p.add_argument(
        "--map",
        help="YAML file of corrections: column roles by header or number (columns:), year, "
        "scale, the agency's name; the report says which line changed what",
    )
    common.add_force(p)
    common.add_lang(p)
