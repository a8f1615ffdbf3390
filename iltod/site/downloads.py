"""Open data in the built site: ``data/plans.json`` (the ``iltod export`` document),
``data/measures.csv``, and per plan ``data/<agency>/<year>.json`` and ``.csv``. The official
report table of each plan (``.xlsx``, ``.docx``) is made by :mod:`iltod.site.office`. Each is
written into the open data folder: the site's ``data/``, or ``data_dir`` when a national
deployment publishes it elsewhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iltod import flags as honesty
from iltod import opendata, review
from iltod.load.loader import Repository
from iltod.release import catalog, datapackage, docschema
from iltod.release.written import Written
from iltod.site import dataparts, datastream


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
    source: Source | None = None,
    reviews: review.Reviews | None = None,
    flags: honesty.Flags | None = None,
    parts: dataparts.Parts | None = None,
) -> list[Path]:
    """Write every open data file into ``folder`` (the open data folder); ``LICENSE.txt``
    says the licence of all of them (the CSV files cannot carry it themselves), and
    ``datapackage.json`` describes them (iltod.release.datapackage), from the same document
    and bytes. ``parts``: where each plan's text is taken from (iltod.site.dataparts; default:
    made for this build)."""
    doc = opendata.to_dict(repo, on, licence, publisher, reviews, flags)
    # each plan's files written as its part is made, none held (iltod.site.datastream)
    files = datastream.write(doc, parts or dataparts.Parts(), folder, _notice(doc))
    source = source or Source()
    package = datapackage.descriptor(
        doc,
        files,
        title=source.title,
        repo_url=source.repo_url,
        commit=source.commit,
        snapshots=source.snapshots,
    )
    files[datapackage.SCHEMA] = datapackage.to_json(datapackage.table_schema())
    files[docschema.NAME] = datapackage.to_json(docschema.schema())
    files[datapackage.NAME] = datapackage.to_json(package)
    files[catalog.NAME] = catalog.to_json(
        catalog.document(
            doc, files, data_url=source.data_url, site_url=source.site_url, office=source.office
        )
    )
    return [
        folder / name if isinstance(data, Written) else write_file(folder / name, data)
        for name, data in files.items()
    ]


@dataclass(frozen=True)
class Source:
    """Where the data comes from and where it is published, for its descriptions: the
    site's title, the repository's address, the commit built, the addresses."""

    title: str | None = None
    repo_url: str | None = None
    commit: str | None = None
    data_url: str | None = None
    """Where the open data folder is published (the catalogue's addresses)."""
    site_url: str | None = None
    office: bool = False
    """The report tables (XLSX, DOCX) are written beside the data too."""
    snapshots: tuple[str, ...] = ()
    """The dates of the frozen snapshots published with the data (iltod.release.snapshots)."""


def _notice(doc: dict[str, Any]) -> bytes:
    """``LICENSE.txt``: the licence of every file (the CSV files cannot carry it themselves)."""
    publisher = doc["publisher"]
    lic = doc["licence"]
    notice = (
        f"Data licence / Өгөгдлийн лиценз: {lic['name']} — {lic['url']}\n"
        + (f"Publisher / Нийтлэгч: {publisher}\n" if publisher else "")
        + f"Data as of / Өгөгдлийн огноо: {doc['as_of']}\n"
    )
    return notice.encode("utf-8")
