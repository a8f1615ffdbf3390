"""Frozen snapshots: the open data as it stood at each reporting deadline, never rewritten.

The deployment's **reporting calendar** (``extra.iltod.reporting_deadlines``, iltod.site.options)
gives, per reporting period, the day of the year its reports are due: ``year-end: "01-31"``
means a year-end report of 2024 is due on 2025-01-31 (the first such day after the period
ends). On the first build on or after a deadline (or on demand, ``iltod snapshot take``), the
open data folder — every CSV, JSON, XLSX and DOCX, ``datapackage.json`` and the catalogue — is
copied into the **store** under ``<date>/``, with a ``release.json`` of its own (the SHA-256 and
size of each file, the commit it was built from) and ``snapshot.json`` (the deadline, the day
it was taken, the commit, and which measures it holds). A snapshot in the store is never
written again: a later build, whatever the plans say then, only copies it byte for byte into
the site's ``data/snapshots/<date>/`` and lists it in ``data/snapshots/index.json``.

The store is a folder (``snapshot_dir``, default ``.cache/snapshots``). A deploy starts from a
fresh machine, so before it builds it fills the store from where the snapshots are published
(:func:`fetch`: the site's or the storage's ``data/snapshots/``, each file checked against the
snapshot's own ``release.json``); the deploy then publishes them again. (site/guides/open-data.md)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iltod.release import manifest
from iltod.review import report_deadline

FOLDER = "snapshots"
INFO = "snapshot.json"
INDEX = "index.json"
TIMEOUT = 60
Key = tuple[str, int, str]
"""A measure: agency, year, number."""


def deadlines(calendar: Mapping[str, str], periods: Iterable[tuple[int, str]]) -> list[dt.date]:
    """Every deadline of the calendar for the plans' ``(year, period)``, oldest first."""
    found = {report_deadline(calendar, y, p) for y, p in periods}
    return sorted(d for d in found if d is not None)


def due(calendar: Mapping[str, str], today: dt.date, taken: Iterable[str]) -> str | None:
    """The snapshot this build must take: the calendar's latest deadline on or before
    ``today`` (whatever plans there are: no report filed by a deadline is a fact too), when the
    store does not hold it yet. Earlier deadlines a deploy missed are not taken later: a
    snapshot dated by a deadline must not hold data filed long after it was due."""
    periods = [(y, p) for p in calendar for y in (today.year - 2, today.year - 1, today.year)]
    passed = [d for d in deadlines(calendar, periods) if d <= today]
    if not passed or passed[-1].isoformat() in set(taken):
        return None
    return passed[-1].isoformat()


@dataclass(frozen=True)
class Snapshot:
    """What ``snapshot.json`` says of one snapshot."""

    date: str
    taken: str
    commit: str | None
    plans: dict[str, list[str]]
    """The measure numbers it holds, by ``"<agency>/<year>"``."""

    def to_json(self) -> bytes:
        doc = {"date": self.date, "taken": self.taken, "commit": self.commit, "plans": self.plans}
        return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def read(cls, path: Path) -> Snapshot:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return cls(doc["date"], doc["taken"], doc.get("commit"), doc.get("plans", {}))


@dataclass(frozen=True)
class Store:
    """The snapshots kept so far, one folder ``<date>/`` each."""

    folder: Path

    def dates(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.name for p in self.folder.iterdir() if (p / INFO).is_file())

    def snapshot(self, date: str) -> Snapshot:
        return Snapshot.read(self.folder / date / INFO)

    def holding(self) -> dict[Key, list[str]]:
        """The snapshots that hold each measure, oldest first."""
        out: dict[Key, list[str]] = {}
        for date in self.dates():
            for plan, numbers in self.snapshot(date).plans.items():
                agency, year = plan.rsplit("/", 1)
                for number in numbers:
                    out.setdefault((agency, int(year), number), []).append(date)
        return out

    def take(
        self,
        snapshot: Snapshot,
        data_folder: Path,
        written: Iterable[Path],
        release: manifest.Release,
    ) -> Path:
        """Keep the open data ``written`` into ``data_folder`` as ``snapshot``; a snapshot the
        store holds already is left as it is (never rewritten). Written into a temporary
        folder first, so that a stopped build leaves no half snapshot."""
        final = self.folder / snapshot.date
        if (final / INFO).is_file():
            return final
        tmp = self.folder / f".{snapshot.date}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        copies = []
        for path in sorted(set(written)):
            rel = path.relative_to(data_folder)
            if path.name == manifest.NAME or rel.parts[0] == FOLDER:
                continue
            copies.append(_copy(path, tmp / rel))
        manifest.write(tmp, release, copies)
        (tmp / INFO).write_bytes(snapshot.to_json())
        shutil.rmtree(final, ignore_errors=True)  # an incomplete one (no snapshot.json)
        tmp.rename(final)
        return final

    def publish(self, data_folder: Path) -> list[Path]:
        """Copy every snapshot, byte for byte, into ``data_folder/snapshots/`` and write its
        index; return the files written."""
        out: list[Path] = []
        entries = []
        for date in self.dates():
            source = self.folder / date
            for path in sorted(p for p in source.rglob("*") if p.is_file()):
                out.append(_copy(path, data_folder / FOLDER / date / path.relative_to(source)))
            s = self.snapshot(date)
            own = (source / manifest.NAME).read_bytes()
            entries.append(
                {
                    "date": date,
                    "taken": s.taken,
                    "commit": s.commit,
                    "release": f"{date}/{manifest.NAME}",
                    "release_sha256": hashlib.sha256(own).hexdigest(),
                }
            )
        if entries:
            index = data_folder / FOLDER / INDEX
            index.write_bytes(manifest.to_json({"snapshots": entries}))
            out.append(index)
        return out


def listing(store: Store) -> list[dict[str, Any]]:
    """The snapshots as ``release.json`` lists them (date, commit, their manifest's address)."""
    return [
        {
            "date": d,
            "commit": store.snapshot(d).commit,
            "release": f"{FOLDER}/{d}/{manifest.NAME}",
        }
        for d in store.dates()
    ]


def _copy(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(source.read_bytes())
    return dest


class FetchError(Exception):
    """A published snapshot could not be fetched whole, or differs from its manifest."""


def fetch(data_url: str, store: Store) -> list[str]:
    """Fill ``store`` with the snapshots published under ``data_url`` (the open data folder's
    address) that it does not hold; return the dates fetched. Nothing published yet (no
    ``snapshots/index.json``) is no error; a snapshot that cannot be fetched whole, or whose
    file differs from its ``release.json``, is (:class:`FetchError`): a deploy must not go on
    and publish without it."""
    base = data_url.rstrip("/") + f"/{FOLDER}/"
    try:
        index = json.loads(_get(base + INDEX))
    except FileNotFoundError:
        return []
    fetched = []
    held = set(store.dates())
    for entry in index.get("snapshots", []):
        date = str(entry["date"])
        if date in held:
            continue
        own = _get(base + f"{date}/{manifest.NAME}")
        if hashlib.sha256(own).hexdigest() != entry.get("release_sha256"):
            raise FetchError(f"{date}/{manifest.NAME}: not the manifest the index names")
        files = {date + "/" + manifest.NAME: own, date + "/" + INFO: _get(base + f"{date}/{INFO}")}
        for f in json.loads(own)["files"]:
            data = _get(base + f"{date}/{f['path']}")
            if hashlib.sha256(data).hexdigest() != f["sha256"]:
                raise FetchError(f"{date}/{f['path']}: differs from the snapshot's manifest")
            files[f"{date}/{f['path']}"] = data
        tmp = store.folder / f".{date}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        for rel, data in files.items():
            dest = tmp / rel.split("/", 1)[1]
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
        tmp.rename(store.folder / date)
        fetched.append(date)
    return fetched


def _get(url: str) -> bytes:
    """The bytes at ``url`` (http(s) or a local path); FileNotFoundError when there is none."""
    if not url.startswith(("http://", "https://")):
        path = Path(url.removeprefix("file://"))
        if not path.is_file():
            raise FileNotFoundError(url)
        return path.read_bytes()
    import urllib.error  # here: urllib.request (http.client, email) is ~25 ms every build paid
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            data: bytes = response.read()
            return data
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise FileNotFoundError(url) from None
        raise FetchError(f"{url}: HTTP {exc.code}") from None
    except OSError as exc:
        raise FetchError(f"{url}: {exc}") from None
