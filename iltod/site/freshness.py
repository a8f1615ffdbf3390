"""How fresh each agency's data is: when it last changed, against the deployment's update rule.

Government Resolution 201/2022 asks public information to be updated at least every 14 days
(``update_days`` in ``extra.iltod``, default 14). An agency's data last changed with the last
merge that changed one of its plans' data (:meth:`iltod.history.log.History.plan_last_updated`,
the committer date of the merge, never the author's). Each agency page says it; the national
page ``freshness/`` lists every agency, the stalest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

from iltod.history.log import History
from iltod.load.loader import Repository
from iltod.site.pages import PageSpec, SitePlan, agency_label
from iltod.site.render import Renderer, rel

URL = "freshness/"
KIND = "freshness"
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Мэдээллийн шинэчлэл", "How fresh the data is"),
    "last_changed": ("Мэдээлэл сүүлд өөрчлөгдсөн", "Data last changed"),
    "never": ("git түүхгүй", "no history"),
    "fresh": (
        "{days} хоногийн өмнө: дүрмийн дагуу ({rule} хоног тутам)",
        "{days} days ago: within the rule (every {rule} days)",
    ),
    "stale": (
        "{days} хоногийн өмнө: {rule} хоног тутам шинэчлэх дүрмээс {late} хоногоор хэтэрсэн",
        "{days} days ago: {late} days past the rule of every {rule} days",
    ),
    "rule": (
        "Засгийн газрын 201/2022 тогтоолоор нийтийн мэдээллийг {rule} хоног тутам шинэчилнэ.",
        "Government Resolution 201/2022: public information is updated at least every {rule} days.",
    ),
    "agency": ("Байгууллага", "Agency"),
    "state": ("Төлөв", "State"),
}


@dataclass(frozen=True)
class Freshness:
    """One agency's freshness."""

    slug: str
    label: str
    changed: dt.datetime | None
    days: int | None
    """Days from the last change to the build date; None without history."""
    rule: int

    @property
    def stale(self) -> bool | None:
        return None if self.days is None else self.days > self.rule


@dataclass
class Fresh:
    """Freshness bound to one site."""

    renderer: Renderer
    agencies: dict[str, Freshness]

    def t(self, key: str, **args: object) -> str:
        mn, en = LABELS[key]
        return (mn if self.renderer.t.language == "mn" else en).format(**args)

    def state(self, f: Freshness) -> str:
        if f.days is None:
            return self.t("never")
        if f.stale:
            return self.t("stale", days=f.days, rule=f.rule, late=f.days - f.rule)
        return self.t("fresh", days=f.days, rule=f.rule)

    def extra(self, spec: PageSpec, ctx: dict[str, Any]) -> None:
        """Agency pages: the freshness line before the reviewer's figures (the ``review``
        slot)."""
        if spec.kind != "agency" or spec.key[0] not in self.agencies:
            return
        html = self._render(
            "partials/freshness.html", f=self.agencies[spec.key[0]], link=ctx["link"]
        )
        ctx["review"] = html + ctx.get("review", Markup(""))

    def line(self, spec: PageSpec) -> str | None:
        """An agency page's freshness line as :meth:`extra` writes it, for the build's day
        (iltod.site.daily: a page from the cache gets today's)."""
        f = self.agencies.get(spec.key[0]) if spec.kind == "agency" else None
        if f is None:
            return None
        line = self._render("partials/freshness.html", f=f, link=lambda t: rel(t, spec.url))
        return str(line)  # plain text: str + Markup would escape the page it is put in

    def page(self, spec: PageSpec, link: Any) -> dict[str, Any]:
        """The national page: every agency, the stalest (or without history) first."""
        rows = sorted(
            self.agencies.values(),
            key=lambda f: (f.days is not None, -(f.days or 0), f.label),
        )
        return {"rows": rows, "title": self.t("title"), "tr": self.t, "state": self.state}

    def _render(self, template: str, **ctx: Any) -> Markup:
        ctx.update(tr=self.t, state=self.state)
        return Markup(self.renderer.env.get_template(template).render(ctx))


def compute(
    repo: Repository, history: History, on: dt.date, rule: int, language: str
) -> dict[str, Freshness]:
    """Each agency's freshness on ``on``."""
    out: dict[str, Freshness] = {}
    for slug, agency in repo.agencies.items():
        commits = [
            history.plan_last_updated(slug, pf.plan.year)
            for pf in repo.plans
            if pf.plan.agency == slug
        ]
        dates = [c.date for c in commits if c is not None]
        changed = max(dates) if dates else None
        days = (on - changed.date()).days if changed else None
        out[slug] = Freshness(slug, agency_label(agency, language), changed, days, rule)
    return out


def install(
    renderer: Renderer, plan: SitePlan, listed: Repository, history: History, on: dt.date, rule: int
) -> Fresh:
    """Add the freshness line to agency pages and the national page to the site."""
    fresh = Fresh(renderer, compute(listed, history, on, rule, renderer.t.language))
    renderer.extras.append(fresh.extra)
    renderer.kinds[KIND] = fresh.page
    title = fresh.t("title")
    plan.nav.append({escape(title): plan.add(PageSpec(KIND, URL, title))})
    return fresh
