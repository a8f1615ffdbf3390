"""Read a "Submit a report / Тайлан илгээх" issue as GitHub sends it (the ``issues`` or
``issue_comment`` event's payload): the agency, the year, the report's link and the evidence.

GitHub renders an issue form's answers as Markdown: one ``### <label>`` heading per field,
its answer below (``_No response_`` when empty). An uploaded file is a link
``[name.xlsx](https://github.com/user-attachments/files/…)``; a photo an image
``![name](https://github.com/user-attachments/assets/…)`` or an ``<img alt=… src=…>``. A line
of the evidence field names its measure first (``1.3: ![photo](…)``), or the file's own name
starts with the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from iltod.iaac.read import FORMATS

AGENCY = "Байгууллага / Agency"
YEAR = "Он / Year"
REPORT = "Тайлан / Report"
EVIDENCE = "Нотлох баримт / Evidence"
EVIDENCE_FILES = "Нотлох баримтын файл / Evidence files"
NEW_AGENCY = "Шинэ байгууллагын нэр / New agency's name"
"""The form's labels (.github/ISSUE_TEMPLATE/submit-report.yml), as the body's headings."""

HOSTS = (
    "https://github.com/user-attachments/",
    "https://private-user-images.githubusercontent.com/",
)
"""Where GitHub keeps uploads: no other address is ever downloaded."""
_LINK = re.compile(r"!?\[([^\]]*)\]\((https://[^)\s]+)\)|<img\b[^>]*>")
_ATTR = re.compile(r'\b(alt|src)="([^"]*)"')
_MEASURE = re.compile(r"^\s*[-*]?\s*(\d{1,2}(?:\.\d{1,3}){1,3})\s*[:.\-–]?\s")
_YEAR = re.compile(r"\b(20\d\d)\b")
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


@dataclass(frozen=True)
class Link:
    name: str
    url: str
    measure: str | None = None
    caption: str = ""
    """The line's own words beside the link (the measure number and links removed)."""


@dataclass
class Submission:
    """What a submission issue asks for; ``problems`` says what it lacks, in both languages."""

    number: int
    submitter: str
    agency: str = ""
    year: int = 0
    report: Link | None = None
    evidence: list[Link] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    new_agency: str = ""
    """A new agency's name: its first report proposes its agency.yml."""


def sections(body: str) -> dict[str, str]:
    """The answers of an issue form's body, by label."""
    out: dict[str, str] = {}
    label = None
    lines: list[str] = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if line.startswith("### "):
            if label is not None:
                out[label] = "\n".join(lines).strip()
            label, lines = line[4:].strip(), []
        elif label is not None:
            lines.append(line)
    if label is not None:
        out[label] = "\n".join(lines).strip()
    return {k: "" if v == "_No response_" else v for k, v in out.items()}


def links(text: str) -> list[Link]:
    """Every upload linked in ``text``, in order, with the measure its line names."""
    found: list[Link] = []
    for line in text.split("\n"):
        m = _MEASURE.match(line)
        measure = m.group(1) if m else None
        words = _LINK.sub(" ", line[m.end() :] if m else line)
        caption = " ".join(words.replace("*", " ").split()).strip(" -:–")
        for link in _LINK.finditer(line):
            if link.group(0).startswith("<img"):
                attrs = dict(_ATTR.findall(link.group(0)))
                name, url = attrs.get("alt", ""), attrs.get("src", "")
            else:
                name, url = link.group(1), link.group(2)
            if url.startswith(HOSTS):
                name = name.strip() or url.rsplit("/", 1)[-1]
                found.append(Link(name, url, measure, caption))
    return found


def read(payload: dict[str, Any]) -> Submission:
    """The submission of an ``issues`` or ``issue_comment`` event's payload."""
    issue = payload.get("issue") or {}
    sub = Submission(int(issue.get("number") or 0), str((issue.get("user") or {}).get("login", "")))
    answers = sections(str(issue.get("body") or ""))
    agency = answers.get(AGENCY, "").strip().split()[0:1]
    if agency and _SLUG.fullmatch(agency[0]):
        sub.agency = agency[0]
    else:
        sub.problems.append(
            "Байгууллагын slug алга / the agency's slug is missing (e.g. govisumber-zdtg)"
        )
    if year := _YEAR.search(answers.get(YEAR, "")):
        sub.year = int(year.group(1))
    else:
        sub.problems.append("Он алга / the year is missing (e.g. 2021)")
    reports = links(answers.get(REPORT, ""))
    again = _reported_again(payload)
    if again is not None:  # "/retry" with the fixed file attached: it replaces the form's
        reports = [again, *reports[1:]]
        sub.problems = [p for p in sub.problems if "report file" not in p]
    if reports:
        sub.report = reports[0]
        sub.evidence += reports[1:]  # a photo dropped into the report's field is still evidence
    else:
        sub.problems.append("Тайлангийн файл алга / no report file uploaded")
    sub.evidence += links(answers.get(EVIDENCE, ""))
    sub.evidence += links(answers.get(EVIDENCE_FILES, ""))
    sub.new_agency = " ".join(answers.get(NEW_AGENCY, "").split())
    return sub


def _reported_again(payload: dict[str, Any]) -> Link | None:
    """The report attached to a ``/retry`` comment, if any (a file the importer reads)."""
    comment = payload.get("comment") or {}
    body = str(comment.get("body") or "")
    if not body.lstrip().startswith("/retry"):
        return None
    return next(
        (link for link in links(body) if PurePosixPath(link.name).suffix.lower() in FORMATS),
        None,
    )
