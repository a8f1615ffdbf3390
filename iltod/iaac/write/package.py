"""The same data gives the same bytes: fixed dates and a stable zip in every written XLSX/DOCX.

openpyxl stamps "modified" with the time of saving and both libraries give every zip entry the
current time, so each build used to publish new bytes for unchanged plans: every deploy
republished them and nobody could check a published file against the repository. Here the
dates come from the data (when the plan last changed) and the zip is written again with its
entries in a fixed order, each with that date and fixed attributes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from iltod.model import Plan

EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
"""The date of a file whose data has none (a template, a plan without ``reported``)."""
FIRST = "[Content_Types].xml"  # Office expects it first; the other entries follow by name
_CORE = "docProps/core.xml"
_DATES = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def stamp(plan: Plan | None, changed: dt.datetime | None = None) -> dt.datetime:
    """When a plan's data last changed, in UTC, to the second.

    Args:
        plan: The plan written (``None`` for a template).
        changed: When the last commit changed the plan file, when the history is known (the
            site knows it); otherwise the plan's ``reported`` date, else :data:`EPOCH`.
    """
    if changed is not None:
        when = changed
    elif plan is not None and plan.reported is not None:
        when = dt.datetime.combine(plan.reported, dt.time(), dt.UTC)
    else:
        when = EPOCH
    return max(when.astimezone(dt.UTC).replace(microsecond=0), EPOCH)


def reproducible(data: bytes, when: dt.datetime) -> bytes:
    """``data`` (an OOXML zip) with its core dates set to ``when`` and its zip made stable."""
    w3cdtf = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = when.astimezone(dt.UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = sorted(src.namelist(), key=lambda n: (n != FIRST, n))
        for name in names:
            content = src.read(name)
            if name == _CORE:
                content = _DATES.sub(lambda m: m[1] + w3cdtf + m[3], content)
            info = zipfile.ZipInfo(name, date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the building machine
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            dst.writestr(info, content, compresslevel=6)
    return out.getvalue()
