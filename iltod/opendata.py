"""The normalized export: every filed value plus computed averages, statuses and counts.

``iltod export --format json`` and the site's ``data/plans.json`` are the same document; the CSV
has one row per measure. Percents and averages are ``null`` when nothing was assessed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from iltod import flags as honesty
from iltod import progress, review, urls, yearly
from iltod.load.loader import PlanFile, Repository
from iltod.model import Agency, DeclaredCounts, Measure, Objective, Plan

FORMAT_VERSION = 1


def attachment_counts(measure: Measure) -> dict[str, int]:
    """Evidence counts: declared (not in the repository) plus the files stored here.

    A declared total stands as written; without one it is files + images.
    """
    a = measure.attachments
    if a is None:
        return {"total": 0, "files": 0, "images": 0}
    d = a.declared or DeclaredCounts()
    stored_images = sum(1 for item in a.items if item.is_image)
    stored_files = len(a.items) - stored_images
    files, images = d.files or 0, d.images or 0
    declared_total = d.total if d.total is not None else files + images
    return {
        "total": declared_total + len(a.items),
        "files": files + stored_files,
        "images": images + stored_images,
    }


def measure_dict(
    plan: Plan,
    m: Measure,
    on: dt.date,
    r: review.Review | None = None,
    flags: list[honesty.Flag] | None = None,
) -> dict[str, Any]:
    a = progress.assess(m, on, plan)
    return {
        "number": m.number,
        "text": m.text,
        "timeframe": m.timeframe,
        "due": a.due.isoformat() if a.due else None,
        "timing": a.timing,
        "indicators": list(m.indicators),
        "target": m.target,
        "baseline": m.baseline,
        "target_level": m.target_level,
        "responsible": m.responsible,
        "budget": m.budget
        if isinstance(m.budget, str) or m.budget is None
        else m.budget.model_dump(),
        "result": m.result,
        "percent": m.percent,
        "status": a.status,
        "overdue": a.overdue,
        "not_due": m.not_due,
        "attachments": {
            **attachment_counts(m),
            "items": [i.model_dump() for i in m.attachments.items] if m.attachments else [],
            "declared": m.attachments.declared.model_dump()
            if m.attachments and m.attachments.declared
            else None,
        },
        "notes": m.notes,
        "url": urls.measure(plan.agency, plan.year, m.number),
        "review": review.to_dict(r or review.review(m, plan, None)),
        "flags": [f._asdict() for f in flags or []],
    }


def objective_dict(
    plan: Plan,
    o: Objective,
    on: dt.date,
    reviews: dict[str, review.Review] | None = None,
    flags: honesty.Flags | None = None,
) -> dict[str, Any]:
    reviews = reviews if reviews is not None else review.of_plan(plan, None)
    found = {
        m.number: (flags or {}).get((plan.agency, plan.year, m.number), []) for m in o.measures
    }
    return {
        "number": o.number,
        "title": o.title,
        "average": progress.average(progress.counting(o.measures, plan)),
        "url": urls.objective(plan.agency, plan.year, o.number),
        **review.summary(reviews[m.number] for m in o.measures),
        "flags": honesty.counts(f for fs in found.values() for f in fs),
        "measures": [
            measure_dict(plan, m, on, reviews[m.number], found[m.number]) for m in o.measures
        ],
    }


def plan_dict(
    pf: PlanFile,
    agency: Agency | None,
    on: dt.date,
    reviews: dict[str, review.Review] | None = None,
    flags: honesty.Flags | None = None,
) -> dict[str, Any]:
    """One plan; ``reviews``: its measures' reviews (default: from no assessment); ``flags``:
    the honesty flags of every measure (:func:`iltod.flags.compute`)."""
    plan = pf.plan
    reviews = reviews if reviews is not None else review.of_plan(plan, None)
    measures = [m for o in plan.objectives for m in o.measures]
    return {
        "agency": plan.agency,
        "agency_name": agency.name.model_dump() if agency else None,
        "region": agency.region if agency else None,
        "year": plan.year,
        "title": plan.title,
        "period": plan.period,
        "reported": plan.reported.isoformat() if plan.reported else None,
        "source": plan.source,
        "scale": plan.scale,
        "average": progress.average(progress.counting(measures, plan)),
        "measures_total": len(measures),
        "measures_assessed": len(progress.assessed(progress.counting(measures, plan))),
        "file": pf.path,
        "url": urls.plan(plan.agency, plan.year),
        **review.summary(reviews.values()),
        "flags": honesty.counts(
            f
            for o in plan.objectives
            for m in o.measures
            for f in (flags or {}).get(_mkey(plan, m), [])
        ),
        "objectives": [objective_dict(plan, o, on, reviews, flags) for o in plan.objectives],
    }


LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
"""The data's default licence: Creative Commons Attribution 4.0 (a deployment sets its own)."""


def to_dict(
    repo: Repository,
    on: dt.date,
    licence: dict[str, str] | None = None,
    publisher: str | None = None,
    reviews: review.Reviews | None = None,
    flags: honesty.Flags | None = None,
) -> dict[str, Any]:
    """The whole document: its licence (default :data:`LICENCE`) and publisher, then every
    plan, each measure with its review (``reviews``, computed once by the site; default: from
    each plan's assessment file, never late or corrected)."""
    reviews = reviews if reviews is not None else _reviews(repo)
    flags = flags if flags is not None else honesty.compute(repo)
    plans = sorted(repo.plans, key=lambda p: (p.plan.agency, p.plan.year))
    docs = [
        plan_dict(p, repo.agencies.get(p.plan.agency), on, reviews.get(_key(p)), flags)
        for p in plans
    ]
    yearly.annotate(docs)  # each figure's change since the agency's previous reporting year
    return {
        "format": FORMAT_VERSION,
        "as_of": on.isoformat(),
        "licence": dict(licence or LICENCE),
        "publisher": publisher,
        "plans": docs,
    }


def _mkey(plan: Plan, m: Measure) -> tuple[str, int, str]:
    return (plan.agency, plan.year, m.number)


def _key(pf: PlanFile) -> tuple[str, int]:
    return (pf.plan.agency, pf.plan.year)


def _reviews(repo: Repository) -> review.Reviews:
    """Each plan's reviews from its assessment file (:func:`iltod.review.of_plan`)."""
    out: review.Reviews = {}
    for pf in repo.plans:
        af = repo.assessments.get(_key(pf))
        out[_key(pf)] = review.of_plan(pf.plan, af.assessment if af else None)
    return out


def to_json(repo: Repository, on: dt.date) -> str:
    return json.dumps(to_dict(repo, on), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = [
    "agency",
    "region",
    "year",
    "objective",
    "objective_title",
    "measure",
    "text",
    "timeframe",
    "due",
    "timing",
    "indicators",
    "target",
    "budget",
    "result",
    "percent",
    "status",
    "overdue",
    "not_due",
    "attachments_total",
    "attachments_files",
    "attachments_images",
    "notes",
    "url",
    # Added after the first release: appended so that readers by position keep working.
    "baseline",
    "target_level",
    "responsible",
    # the reviewer's column (issue 25)
    "review_verdict",
    "review_level",
    "review_gap",
    "observation",
    "assessor",
    # the trend (issue 29): points since the agency's previous reporting year (iltod.yearly)
    "change",
]


def csv_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for p in doc["plans"]:
        for o in p["objectives"]:
            for m in o["measures"]:
                budget = m["budget"]
                rows.append(
                    {
                        "agency": p["agency"],
                        "region": p["region"],
                        "year": p["year"],
                        "objective": o["number"],
                        "objective_title": o["title"],
                        "measure": m["number"],
                        "text": m["text"],
                        "timeframe": m["timeframe"],
                        "due": m["due"],
                        "timing": m["timing"],
                        "indicators": "\n".join(m["indicators"]),
                        "target": m["target"],
                        "baseline": m["baseline"],
                        "target_level": m["target_level"],
                        "responsible": m["responsible"],
                        "budget": json.dumps(budget, ensure_ascii=False)
                        if isinstance(budget, dict)
                        else budget,
                        "result": m["result"],
                        "percent": m["percent"],
                        "status": m["status"],
                        "overdue": m["overdue"],
                        "not_due": m["not_due"],
                        "attachments_total": m["attachments"]["total"],
                        "attachments_files": m["attachments"]["files"],
                        "attachments_images": m["attachments"]["images"],
                        "notes": m["notes"],
                        "url": m["url"],
                        "review_verdict": m["review"]["verdict"],
                        "review_level": m["review"]["level"],
                        "review_gap": m["review"]["gap"],
                        "observation": m["review"]["observation"],
                        "assessor": m["review"]["assessor"],
                        "change": m.get(yearly.FIELD),
                    }
                )
    return rows


def to_csv(doc: dict[str, Any]) -> str:
    """CSV of all measures (RFC 4180) as text: header row, empty cell for null. A file holds
    it as :func:`csv_bytes` (UTF-8 with a byte-order mark).

    Text a spreadsheet would run as a formula is neutralised (:func:`neutralise`); the JSON
    keeps the exact text.
    """
    buf = io.StringIO()
    # RFC 4180 line ends: a field holding a carriage return or a line feed is then quoted.
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in csv_rows(doc):
        writer.writerow({k: "" if v is None else _cell(v) for k, v in row.items()})
    return buf.getvalue()


CSV_BOM = "\ufeff"
"""The byte-order mark every CSV file starts with: without it Excel on Windows reads a
double-clicked CSV in the system's code page and shows every Cyrillic cell as mojibake
(iltod/site/guides/open-data.md says why a mark rather than an .xlsx beside each CSV)."""


def csv_bytes(doc: dict[str, Any]) -> bytes:
    """The CSV file's bytes: UTF-8 with the byte-order mark, the same for the same plans."""
    return (CSV_BOM + to_csv(doc)).encode("utf-8")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, LibreOffice or Google Sheets read a CSV cell as a formula (OWASP, "CSV
Injection")."""


def neutralise(text: str) -> str:
    """A text cell a spreadsheet shows as text: a leading ``'`` when it starts like a formula.

    OWASP's remedy for CSV injection: ``=HYPERLINK("http://…")`` in a plan's result would
    otherwise become a live link (or a command, through DDE) in the reader's spreadsheet.
    Spreadsheets hide the apostrophe; other readers of the CSV see it, which is why
    ``site/guides/open-data.md`` says so and the JSON keeps the exact text. A lone ``-`` (the report
    table's "no money spent") is no formula in any spreadsheet and stays as it is.
    """
    return "'" + text if text.startswith(FORMULA_START) and text != "-" else text


def _cell(v: Any) -> Any:
    if isinstance(v, bool):
        return str(v).lower()
    return neutralise(v) if isinstance(v, str) else v
