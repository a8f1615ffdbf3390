"""Open data in the built site: ``data/plans.json`` (the ``iltod export`` document),
``data/measures.csv``, and per plan ``data/<agency>/<year>.json`` and ``.csv``. The official
report table of each plan (``.xlsx``, ``.docx``) is made by :mod:`iltod.site.office`. Each is
written into the open data folder: the site's ``data/``, or ``data_dir`` when a national
deployment publishes it elsewhere."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from iltod import opendata, urls
from iltod.load.loader import Repository


def write_file(path: Path, content: str | bytes) -> Path:
    """Write under a temporary name, then rename: a reader never sees a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    tmp.replace(path)
    return path


def write(
    repo: Repository,
    folder: Path,
    on: dt.date,
    licence: dict[str, str] | None = None,
    publisher: str | None = None,
) -> list[Path]:
    """Write every open data file into ``folder`` (the open data folder); ``LICENSE.txt``
    says the licence of all of them (the CSV files cannot carry it themselves)."""
    doc = opendata.to_dict(repo, on, licence, publisher)
    lic = doc["licence"]
    notice = (
        f"Data licence / Өгөгдлийн лиценз: {lic['name']} — {lic['url']}\n"
        + (f"Publisher / Нийтлэгч: {publisher}\n" if publisher else "")
        + f"Data as of / Өгөгдлийн огноо: {doc['as_of']}\n"
    )
    out = [
        write_file(folder / "LICENSE.txt", notice),
        write_file(folder / "plans.json", json.dumps(doc, ensure_ascii=False, indent=1)),
        write_file(folder / "measures.csv", opendata.csv_bytes(doc)),
    ]
    for plan in doc["plans"]:
        one = {**doc, "plans": [plan]}
        key = (plan["agency"], plan["year"])
        out.append(
            write_file(
                folder / urls.data_file(*key, "json"),
                json.dumps(one, ensure_ascii=False, indent=1),
            )
        )
        out.append(write_file(folder / urls.data_file(*key, "csv"), opendata.csv_bytes(one)))
    return out
