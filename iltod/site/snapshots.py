"""Frozen snapshots on the site (iltod.release.snapshots): which snapshot this build takes, the
links of each measure page to the snapshots that hold it, and what the build writes.

:func:`install` decides once, before any page renders, whether a reporting deadline of the
calendar has passed without its snapshot; the measure pages then link every snapshot that holds
the measure (those in the store, and the one this build takes), each to its plan's CSV and JSON
as they stood then. :meth:`Snapshots.write`, after the open data is written, keeps the new
snapshot in the store and copies every snapshot, unchanged, into the site's open data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from iltod import urls
from iltod.load.loader import Repository
from iltod.release import manifest
from iltod.release import snapshots as frozen
from iltod.site.options import SiteOptions
from iltod.site.pages import PageSpec
from iltod.site.render import Renderer

LABELS = {
    "title": ("Хугацааны агшны хуулбар", "Snapshots at the reporting deadlines"),
    "intro": (
        "Тайлан ирүүлэх хугацаа бүрд нээлттэй өгөгдлийг хадгалсан, дахин өөрчлөгдөхгүй хуулбар:",
        "The open data as it stood at each reporting deadline, kept and never changed:",
    ),
    "taken": ("хадгалсан", "taken"),
}


@dataclass
class Snapshots:
    """The snapshots of one build."""

    renderer: Renderer
    store: frozen.Store
    options: SiteOptions
    due: str | None = None
    """The snapshot this build takes (its deadline), None when none is due."""
    plans: dict[str, list[str]] = field(default_factory=dict)
    holding: dict[frozen.Key, list[str]] = field(default_factory=dict)
    taken: dict[str, str] = field(default_factory=dict)
    """The day each snapshot was really taken, by its deadline."""

    @property
    def dates(self) -> list[str]:
        """Every snapshot the site will publish."""
        return sorted({*self.store.dates(), *([self.due] if self.due else [])})

    def extra(self, spec: PageSpec, ctx: dict[str, Any]) -> None:
        """Measure pages: the snapshots that hold the measure, after its history."""
        if spec.kind != "measure":
            return
        agency, year, number = spec.key[0], spec.key[1], spec.key[3]
        dates = self.holding.get((agency, year, number), [])
        if dates:
            ctx["timeline"] = ctx.get("timeline", Markup("")) + self._links(
                agency, year, dates, ctx["link"]
            )

    def _links(self, agency: str, year: int, dates: list[str], link: Any) -> Markup:
        side = 0 if self.renderer.t.language == "mn" else 1
        base = self.options.data_base_url
        items = []
        for date in dates:
            files = []
            for ext in ("csv", "json"):
                path = f"{frozen.FOLDER}/{date}/{urls.data_file(agency, year, ext)}"
                href = base + path if base is not None else link(urls.DATA + path)
                files.append(f'<a href="{escape(href)}">{ext.upper()}</a>')
            taken = self.taken.get(date, date)
            when = f' <span class="il-muted">({LABELS["taken"][side]} {taken})</span>'
            late = when if taken != date else ""
            items.append(
                f'<li><time datetime="{date}">{date}</time>{late}: {" · ".join(files)}</li>'
            )
        return Markup(
            '<section class="il-snapshots" aria-labelledby="il-snapshots-title">'
            f'<h2 id="il-snapshots-title">{escape(LABELS["title"][side])}</h2>'
            f'<p class="il-muted">{escape(LABELS["intro"][side])}</p>'
            f"<ul>{''.join(items)}</ul></section>"
        )

    def write(
        self, data_folder: Path, written: list[Path], release: manifest.Release, on: dt.date
    ) -> list[Path]:
        """Keep the due snapshot of the open data ``written``, then publish every snapshot into
        ``data_folder``; return the files published."""
        if self.due is not None:
            snapshot = frozen.Snapshot(self.due, on.isoformat(), release.commit, self.plans)
            self.store.take(snapshot, data_folder, written, release)
        return self.store.publish(data_folder)


def install(
    renderer: Renderer,
    root: Path,
    options: SiteOptions,
    built: Repository,
    on: dt.date,
    archive: bool = False,
) -> Snapshots:
    """Decide the snapshot this build takes and link every measure to the snapshots holding it.
    A site of an archived year or a preview of some agencies (``archive``) takes none: the
    main site's whole build keeps them."""
    store = frozen.Store(root / options.snapshot_dir)
    calendar = {str(k): v for k, v in options.reporting_deadlines.items()}
    due = None if archive else frozen.due(calendar, on, store.dates())
    plans = {
        f"{pf.plan.agency}/{pf.plan.year}": [
            m.number for o in pf.plan.objectives for m in o.measures
        ]
        for pf in built.plans
    }
    s = Snapshots(renderer, store, options, due, plans, store.holding())
    s.taken = {d: store.snapshot(d).taken for d in store.dates()}
    if due is not None:
        s.taken[due] = on.isoformat()
    if due is not None:
        for plan, numbers in plans.items():
            agency, year = plan.rsplit("/", 1)
            for number in numbers:
                s.holding.setdefault((agency, int(year), number), []).append(due)
    renderer.extras.append(s.extra)
    return s
