"""Open data in the built site: ``data/plans.json`` (the ``iltod export`` document),
``data/measures.csv``, and per plan ``data/<agency>/<year>.json`` and ``.csv``, plus the
official report table as ``.xlsx`` and ``.docx`` (the IAAC layout, ready to send)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from iltod import urls
from iltod import opendata as export
from iltod.load.loader import Repository


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def write_office(repo: Repository, site_dir: Path) -> list[Path]:
    """The IAAC report table of every plan as Excel and Word files."""
    from iltod.iaac.write.docx import plan_docx
    from iltod.iaac.write.xlsx import plan_xlsx

    out = []
    for pf in repo.plans:
        key = (pf.plan.agency, pf.plan.year)
        agency = repo.agencies.get(pf.plan.agency)
        out.append(
            _write_bytes(site_dir / urls.plan_data(*key, "xlsx"), plan_xlsx(pf.plan, agency))
        )
        out.append(
            _write_bytes(site_dir / urls.plan_data(*key, "docx"), plan_docx(pf.plan, agency))
        )
    return out


def write(repo: Repository, site_dir: Path, on: dt.date) -> list[Path]:
    doc = export.to_dict(repo, on)
    out = [
        _write(site_dir / "data" / "plans.json", json.dumps(doc, ensure_ascii=False, indent=1)),
        _write(site_dir / "data" / "measures.csv", export.to_csv(doc)),
    ]
    for plan in doc["plans"]:
        one = {**doc, "plans": [plan]}
        key = (plan["agency"], plan["year"])
        out.append(
            _write(
                site_dir / urls.plan_data(*key, "json"),
                json.dumps(one, ensure_ascii=False, indent=1),
            )
        )
        out.append(_write(site_dir / urls.plan_data(*key, "csv"), export.to_csv(one)))
    return out
