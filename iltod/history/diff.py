"""``iltod diff REV1 REV2``: what a pull request changes in the plans, for reviewers.

Compares the plans of REV2 with those of the point where it left REV1 (their merge base, as
GitHub compares a pull request), measure by measure, and validates REV2. The Markdown reads
well in a pull-request description and in a GitHub Actions job summary; ``--format json``
gives the same facts to programs.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from iltod.diagnostics import Report
from iltod.history import assessed, git
from iltod.history.changes import MeasureDelta, compare, percent_text, snapshot, status_text
from iltod.history.log import PLAN_FILE
from iltod.load import loader
from iltod.load.yamlsource import read
from iltod.regions import Regions


@dataclass
class PlanDiff:
    """One plan file that differs between the two revisions."""

    agency: str
    year: int
    path: str
    old_path: str
    kind: str
    """added, removed, changed or renamed (a rename may also change measures)."""
    measures: list[MeasureDelta] = field(default_factory=list)
    unreadable: str = ""
    """Why the new version could not be read, when it could not."""


@dataclass
class Summary:
    base: str
    head: str
    plans: list[PlanDiff]
    report: Report


def summarize(root: Path, rev1: str, rev2: str, regions: Regions | None = None) -> Summary:
    """Compare the plans of ``rev2`` with its merge base with ``rev1``; validate ``rev2``
    (its agencies against ``regions``, the deployment's; default the built-in)."""
    try:
        head = git.resolve(root, rev2)
        base = git.run(root, "merge-base", git.resolve(root, rev1), head).strip()
    except git.GitError as e:
        raise loader.UsageError(f"cannot compare {rev1} and {rev2}: {e}") from e
    files = [
        f
        for f in git.diff(root, base, head, "plans/")
        if PLAN_FILE.match(f.old_path) or PLAN_FILE.match(f.new_path)
    ]
    blobs = git.cat_blobs(root, [b for f in files for b in (f.old_blob, f.new_blob)])
    plans = [_plan_diff(f, blobs) for f in files]
    report = validate(root, head, regions)
    touched = [
        path
        for folder in ("plans/", "attachments/")
        for f in git.diff(root, base, head, folder)
        for path in {f.old_path, f.new_path}
    ]
    report.extend(assessed.mixing(touched))
    return Summary(
        base,
        head,
        [p for p in plans if p.measures or p.unreadable or p.kind != "changed"],
        report,
    )


def _plan_diff(f: git.FileChange, blobs: dict[str, bytes]) -> PlanDiff:
    gone = f.status == "D" or not PLAN_FILE.match(f.new_path)
    path = f.old_path if gone else f.new_path
    m = PLAN_FILE.match(path)
    assert m is not None  # filtered by the caller
    kind = {"A": "added", "D": "removed", "R": "renamed"}.get(f.status, "changed")
    diff = PlanDiff(m.group(1), int(m.group(2)), path, f.old_path, "removed" if gone else kind)
    old = read(f.old_path, blobs[f.old_blob]) if f.old_blob in blobs else None
    new = read(f.new_path, blobs[f.new_blob]) if f.new_blob in blobs and not gone else None
    if new is not None and not isinstance(new.data, dict):
        first = next((d for d in new.diagnostics if d.severity == "error"), None)
        diff.unreadable = first.format("en") if first else "not a YAML mapping"
        return diff
    old_state = snapshot(old.data) if old is not None and isinstance(old.data, dict) else None
    diff.measures = compare(old_state, snapshot(new.data) if new is not None else None)
    return diff


def validate(root: Path, head: str, regions: Regions | None = None) -> Report:
    """Validate the plans as they are in commit ``head``: the working tree when it is that
    commit."""
    clean = not git.run(root, "status", "--porcelain", "--", "plans", "attachments").strip()
    if clean and git.resolve(root, "HEAD") == head:
        return loader.load(root, regions=regions).report
    with tempfile.TemporaryDirectory(prefix="iltod-diff-") as tmp:
        folders = [d for d in ("plans", "attachments") if _exists(root, head, d)]
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", "--format=tar", head, "--", *folders],
            capture_output=True,
            check=True,
        )
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        (Path(tmp) / "plans").mkdir(exist_ok=True)
        return loader.load(Path(tmp), regions=regions).report


def _exists(root: Path, rev: str, path: str) -> bool:
    try:
        git.run(root, "rev-parse", "--verify", "--quiet", f"{rev}:{path}")
        return True
    except git.GitError:
        return False


def to_json(s: Summary) -> str:
    doc = {
        "base": s.base,
        "head": s.head,
        "plans": [asdict(p) for p in s.plans],
        "validation": json.loads(s.report.to_json()),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_markdown(s: Summary) -> str:
    n, m = len(s.plans), sum(len(p.measures) for p in s.plans)
    counts_mn = f"{n} төлөвлөгөө, {m} арга хэмжээ өөрчлөгдсөн"
    counts_en = f"{n} plan{'s' if n != 1 else ''}, {m} measure{'s' if m != 1 else ''} changed"
    lines = [
        "### Ил тод: өөрчлөлтийн тойм / summary of changes",
        "",
        f"`{s.base[:7]}` → `{s.head[:7]}`: {counts_mn} / {counts_en}",
        "",
        *_validation(s),
    ]
    if not s.plans:
        lines += ["", "Төлөвлөгөөний өгөгдөлд өөрчлөлт алга. / No changes to plan data."]
    for plan in s.plans:
        lines += ["", *_plan_section(plan)]
    return "\n".join(lines) + "\n"


_KIND = {
    "added": "шинэ / new",
    "removed": "устгасан / removed",
    "renamed": "зөөсөн / moved",
    "changed": "өөрчлөгдсөн / changed",
}


def _plan_section(p: PlanDiff) -> list[str]:
    moved = f", from `{p.old_path}`" if p.old_path != p.path else ""
    out = [f"#### {p.agency} · {p.year} ({_KIND[p.kind]}) — `{p.path}`{moved}", ""]
    if p.unreadable:
        return [*out, f"Уншиж чадсангүй / could not be read: `{_cell(p.unreadable)}`"]
    if not p.measures:
        return [*out, "Арга хэмжээнд өөрчлөлт алга. / No measure changed."]
    out += [
        (
            "| Арга хэмжээ / Measure | Хувь / Percent | Төлөв / Status "
            "| Нотлох баримт / Evidence | Бусад / Other |"
        ),
        "|---|---|---|---|---|",
    ]
    return out + [_row(d) for d in p.measures]


def _row(d: MeasureDelta) -> str:
    pct = percent_text(d.percent[1])
    if d.percent[0] != d.percent[1]:
        pct = f"{percent_text(d.percent[0])} → {pct}"
    st = (
        ""
        if d.status[0] == d.status[1]
        else f"{status_text(d.status[0], 'mn')} → {status_text(d.status[1], 'mn')}"
    )
    evidence = [*(f"+{f}" for f in d.evidence_added), *(f"−{f}" for f in d.evidence_removed)]
    if d.declared[0] != d.declared[1]:
        evidence.append(f"тоо / declared {_n(d.declared[0])} → {_n(d.declared[1])}")
    other = {"added": ["шинэ арга хэмжээ / new measure"], "removed": ["хасагдсан / removed"]}.get(
        d.kind, []
    )
    if d.result_changed:
        other.append("үр дүнгийн текст / result text")
    other += d.fields
    return (
        "| "
        + " | ".join(_cell(c) for c in (d.number, pct, st, ", ".join(evidence), "; ".join(other)))
        + " |"
    )


def _validation(s: Summary) -> list[str]:
    r = s.report
    mark = "❌" if r.errors else ("⚠️" if r.warnings else "✅")
    out = [f"**Шалгалт / Validation of `{s.head[:7]}`:** {mark} {r.summary()}"]
    if r.diagnostics:
        out += ["", "<details><summary>Алдаа, анхааруулга / problems</summary>", "", "```"]
        out += [d.format("both") for d in r.sorted()]
        out += ["```", "", "</details>"]
    return out


def _n(value: int | None) -> str:
    return "—" if value is None else str(value)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def plan_table(p: PlanDiff) -> list[str]:
    """One plan's section of the summary (its measure table): for other summaries of a change,
    such as a submitted report's pull request (:mod:`iltod.submit.body`)."""
    return _plan_section(p)
