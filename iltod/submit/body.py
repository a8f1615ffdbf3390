"""The words of a submission: the pull request's description and the issue's comment.

Mongolian first, English beside, as everything a clerk reads. The description says what
changes (``iltod diff``'s table), the plan's average before and after, every diagnostic located
in the file the clerk sent (every cell or line not used is one), each conflict with both
values, and where each evidence file went.
"""

from __future__ import annotations

from iltod.history.diff import PlanDiff, plan_table
from iltod.progress import Number
from iltod.submit import Outcome

_RESULT = {
    "applied": "✅ Хүлээн авч, өөрчлөлтийг бэлдэв / applied",
    "unchanged": "✅ Өөрчлөх зүйлгүй / nothing to change",
    "errors": "❌ Алдаатай: юу ч бичээгүй / errors: nothing written",
    "conflicts": "⚠️ Зөрчилтэй: юу ч бичээгүй / conflicts: nothing written",
}


def pull_request(out: Outcome) -> str:
    """The pull request's description (also printed by ``iltod submit``)."""
    lines = [*_head(out), "", *_changes(out)]
    lines += _evidence(out) + _conflicts(out) + _diagnostics(out)
    if out.written:
        lines += ["<details><summary>Бичсэн файлууд / files written</summary>", ""]
        lines += [f"- `{f}`" for f in out.written] + ["", "</details>", ""]
    if out.request.issue is not None and out.status == "applied":
        lines += [f"Closes #{out.request.issue}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def comment(out: Outcome) -> str:
    """The issue's comment: the result, what to do next, and every problem."""
    lines = [*_head(out), ""]
    if out.status == "applied":
        lines += [
            (
                "Өөрчлөлтийг pull request болгон хянуулахаар илгээнэ. / The change goes to review "
                "as a pull request."
            ),
            "",
            *_changes(out),
        ]
    elif out.status in ("errors", "conflicts"):
        lines += [
            (
                "Файлаа засаад `/retry` гэж бичээд засварласан файлаа хавсаргана уу (эсвэл "
                "асуудлыг засварлаж файлаа солино). / Fix the file, then comment `/retry` with "
                "the fixed file attached (or edit the issue to replace it)."
            ),
            "",
        ]
    lines += _conflicts(out) + _diagnostics(out)
    return "\n".join(lines).rstrip("\n") + "\n"


def meta(out: Outcome) -> dict[str, object]:
    """What the workflow's commit records (its trailers) and how it names the branch."""
    req = out.request
    return {
        "status": out.status,
        "agency": req.agency,
        "year": req.year,
        "issue": req.issue,
        "submitter": req.submitter,
        "file": req.report.name,
        "sha256": out.sha256,
        "base": out.base,
        "written": out.written,
    }


def trailers(out: Outcome) -> str:
    """The commit message of an applied submission: a subject, then git trailers that the
    history reads back (who submitted which file through which issue)."""
    req = out.request
    lines = [f"Report for {req.agency} {req.year}: {_code(req.report.name)}", ""]
    if req.issue is not None:
        lines.append(f"Iltod-Issue: #{req.issue}")
    if req.submitter:
        lines.append(f"Iltod-Submitter: {req.submitter}")
    lines.append(f"Iltod-Report: {_code(req.report.name)}")
    lines.append(f"Iltod-Report-SHA256: {out.sha256}")
    return "\n".join(lines) + "\n"


def incomplete(problems: list[str]) -> str:
    """The issue's comment when the form lacks an answer."""
    lines = [
        "### Тайлан / Report",
        "",
        f"**Үр дүн / Result:** {_RESULT['errors']}",
        "",
        *(f"- {p}" for p in problems),
        "",
        "Асуудлыг засаад (Edit) `/retry` гэж бичнэ үү. / Edit the issue, then comment `/retry`.",
    ]
    return "\n".join(lines) + "\n"


def _head(out: Outcome) -> list[str]:
    req = out.request
    lines = [
        f"### Тайлан / Report: {req.agency} · {req.year}",
        "",
        f"**Үр дүн / Result:** {_RESULT[out.status]}",
        "",
        f"- Файл / file: `{_code(req.report.name)}` (SHA-256 `{out.sha256}`)",
    ]
    if req.submitter:
        lines.append(f"- Илгээсэн / submitted by: @{req.submitter}")
    if req.issue is not None:
        lines.append(f"- Асуудал / issue: #{req.issue}")
    if out.base:
        lines.append(
            f"- Татсан үеийн хувилбар / downloaded from: `{out.base[:12]}` "
            "(гурван талт нэгтгэл / three-way merge)"
        )
    elif out.imported is not None and out.imported.plan is not None:
        lines.append(
            "- Тамгагүй файл: арга хэмжээний дугаараар нэгтгэв / no stamp: merged by measure number"
        )
    return lines


def _changes(out: Outcome) -> list[str]:
    """``iltod diff``'s table of the plan, and its average before and after."""
    if not out.deltas and out.status != "applied":
        return []
    diff = PlanDiff(out.request.agency, out.request.year, out.path, out.path, "changed")
    diff.measures = out.deltas
    before, after = out.averages
    return [*plan_table(diff), "", f"**Дундаж / Average:** {_pct(before)} → {_pct(after)}", ""]


def _evidence(out: Outcome) -> list[str]:
    if not out.placed:
        return []
    lines = ["#### Нотлох баримт / Evidence", ""]
    for p in out.placed:
        where = p.path(out.request.agency, out.request.year).as_posix()
        lines.append(f"- {p.measure}: `{_code(p.upload.name)}` → `{_code(where)}`")
    return [*lines, ""]


def _conflicts(out: Outcome) -> list[str]:
    if out.merged is None or not out.merged.conflicts:
        return []
    lines = [
        "#### Зөрчил / Conflicts",
        "",
        (
            "Сайт дээр файл татсанаас хойш өөрчлөгдсөн утгыг тайлан бас өөрчилсөн. Аль нь зөв "
            "болохыг шийдээд файлаа дахин илгээнэ үү. / A value changed on the site since the "
            "download was changed in the report too. Decide which is right and send the file again."
        ),
        "",
        (
            "| Арга хэмжээ / Measure | Татсан үед / downloaded | Сайт дээр / on the site "
            "| Тайланд / in the report |"
        ),
        "|---|---|---|---|",
    ]
    for c in out.merged.conflicts:
        key = f"{c.number} › {c.key}" if c.key else c.number
        cells = (key, _short(c.base), _short(c.main), _short(c.upload))
        lines.append("| " + " | ".join(_cell(v) for v in cells) + " |")
    return [*lines, ""]


def _diagnostics(out: Outcome) -> list[str]:
    r = out.report
    lines = [f"**Шалгалт / Checks:** {r.summary()}"]
    if r.diagnostics:
        lines += ["", "```", *(d.format("both") for d in r.sorted()), "```"]
    return [*lines, ""]


def _pct(value: Number | None) -> str:
    return "—" if value is None else f"{value}%"


def _short(value: object, limit: int = 80) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'")


def _code(text: str) -> str:
    return text.replace("`", "'").replace("\n", " ")
