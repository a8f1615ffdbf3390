"""``iltod snapshot``: the frozen snapshots of the open data (iltod.release.snapshots).

``iltod snapshot take 2025-02-14 --site site/`` keeps, on demand, the open data of a built site
as the snapshot of that date (the next build publishes it under ``data/snapshots/<date>/``);
``iltod snapshot fetch https://example.mn/data/`` fills the store from the snapshots a site
publishes, each file checked against its snapshot's ``release.json`` — the deploy runs it before
it builds, so that no build publishes without the snapshots already published. A snapshot the
store holds is never written again. Exit 0 done, 1 when a published snapshot cannot be fetched
whole or differs from its manifest, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from iltod.cli import common
from iltod.load import loader
from iltod.release import manifest, snapshots
from iltod.site.options import SiteOptions

NAME = "snapshot"
HELP = "keep the open data as a frozen snapshot (take), or fetch the published snapshots (fetch)"
STORE = SiteOptions().snapshot_dir


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", required=True)
    take = sub.add_parser("take", help="keep a built site's open data as the snapshot of DATE")
    take.add_argument("date", type=dt.date.fromisoformat, help="the snapshot's date, YYYY-MM-DD")
    take.add_argument("--site", default="site", help="the built site (default: site)")
    take.add_argument("--root", default=".", help="the repository (default: .)")
    fetch = sub.add_parser("fetch", help="fill the store from the published snapshots")
    fetch.add_argument("url", help="the published open data folder, e.g. https://example.mn/data/")
    for command in (take, fetch):
        command.add_argument(
            "--store", default=STORE, help=f"the snapshots kept so far (default: {STORE})"
        )
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    store = snapshots.Store(Path(args.store))
    if args.action == "fetch":
        try:
            got = snapshots.fetch(args.url, store)
        except snapshots.FetchError as exc:
            print(
                f"iltod snapshot: error: {exc}\n"
                "    мн: нийтэлсэн агшны хуулбарыг бүтнээр нь татаж чадсангүй",
                file=sys.stderr,
            )
            return 1
        print(f"iltod snapshot: fetched {len(got)} ({', '.join(got) or 'none new'})")
        return 0
    return _take(store, args.date, Path(args.site), Path(args.root))


def _take(store: snapshots.Store, date: dt.date, site: Path, root: Path) -> int:
    data = site / "data"
    own = data / manifest.NAME
    if not own.is_file():
        raise common.usage(
            f"{own}: no release.json — build the site first (iltod build)",
            f"{own}: release.json алга — эхлээд сайтаа бүтээнэ үү (iltod build)",
        )
    if date.isoformat() in store.dates():
        print(f"iltod snapshot: {date} is kept already and is never rewritten")
        return 0
    doc = json.loads(own.read_bytes())
    source = doc.get("source", {})
    built = doc.get("built")
    epoch = int(dt.datetime.fromisoformat(built).timestamp()) if built else None
    release = manifest.Release(source.get("commit"), source.get("repository"), epoch, doc["engine"])
    repo = loader.load(root)
    plans = {
        f"{pf.plan.agency}/{pf.plan.year}": [
            m.number for o in pf.plan.objectives for m in o.measures
        ]
        for pf in repo.plans
        if (data / f"{pf.plan.agency}/{pf.plan.year}.json").is_file()  # what the site published
    }
    files = [data / f["path"] for f in doc["files"] if not f["path"].startswith("snapshots/")]
    taken = snapshots.Snapshot(date.isoformat(), dt.date.today().isoformat(), release.commit, plans)
    folder = store.take(taken, data, files, release)
    print(f"iltod snapshot: kept {len(files)} files as {folder}")
    return 0
