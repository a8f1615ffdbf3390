"""Two columns of truth: the reviewer's assessment beside the agency's claim, on every page.

:func:`install` computes each measure's :class:`iltod.review.Review` once per build (the
assessment file of its plan, the date its merge published it, whether the agency changed the
percent after it) and the reviewer's figures of every objective, plan, agency and region through
the one averaging rule, and adds a renderer extra that fills the ``review`` slot of the measure,
objective, plan, agency and region templates (``partials/review_*.html``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from iltod import flags as honesty
from iltod import progress, review
from iltod.history.git import Commit
from iltod.history.log import History
from iltod.load.loader import PlanFile, Repository
from iltod.model import Measure
from iltod.site.i18n import Translator
from iltod.site.pages import PageSpec
from iltod.site.render import Renderer

LABELS: dict[str, tuple[str, str]] = {
    # each key: the Mongolian label, then the English one
    "agency_says": ("Байгууллагын тайлан", "The agency says"),
    "reviewer_says": ("Хөндлөнгийн үнэлгээ", "The reviewer assessed"),
    "gap": ("Зөрүү", "Gap"),
    "gap_points": ("{gap} нэгж", "{gap} points"),
    "assessor": ("Үнэлсэн", "Assessed by"),
    "assessed_on": ("Нийтэлсэн", "Published"),
    "note": ("Үндэслэл", "Why"),
    "evidence_seen": ("Үзсэн нотлох баримт", "Evidence seen"),
    "method": ("Аргачлал", "Method"),
    "observation": ("Ажиглалтын төлөв", "Observation status"),
    "flags": ("Анхааруулах тэмдэг", "Honesty flags"),
    "two_averages": ("Хоёр дундаж", "Both averages"),
    "agency_average": ("Байгууллагын дундаж", "Agency's average"),
    "reviewer_average": ("Хөндлөнгийн дундаж", "Reviewer's average"),
    "reviewed_of": (
        "{reviewed}/{total} арга хэмжээ үнэлэгдсэн",
        "{reviewed} of {total} measures reviewed",
    ),
    "not_reviewed_note": (
        (
            "Хөндлөнгийн байгууллага энэ арга хэмжээг хараахан үнэлээгүй; харагдаж буй хувь нь "
            "байгууллагын өөрийн тайлан."
        ),
        "No reviewer has assessed this measure yet; the percent shown is the agency's own.",
    ),
}


ANCHORS: dict[str, str] = {
    # each status, band or word: the section of iltod/site/guides/progress.md that explains it
    "not-due": "not-due",
    "not-assessed": "not-assessed",
    "no-data": "averages",
    "averages": "averages",
    "overdue": "overdue-word",
    "scale": "scale",
    "not-reviewed": "not-reviewed",
    "no-evidence": "no-evidence",
}
"""Anything else (the four bands) is explained in the "status" section."""


def ranges() -> dict[str, str]:
    """The percents of each band, as legends write them ("70–99 %"), from
    :data:`iltod.progress.THRESHOLDS`: one home for the numbers."""
    (top, top_band), (mid, mid_band) = progress.THRESHOLDS
    return {
        top_band: f"{progress.number(top)} %",
        mid_band: f"{progress.number(mid)}–{progress.number(top - 1)} %",
        "insufficient": f"1–{progress.number(mid - 1)} %",
        "not-implemented": "0 %",
    }


def scale_words(scale: list[int] | str, t: Translator) -> str:
    """A plan's scale with each value's status in words: "0 (not implemented) / 30 (…)"."""
    if isinstance(scale, str):  # "free"
        return t("scale_free")
    return " / ".join(f"{v} ({t('status.' + progress.band(v))})" for v in scale)


WORDS: dict[str, tuple[str, str]] = {**review.WORDS, **honesty.WORDS}  # type: ignore[dict-item]
"""Verdicts, observation statuses and flags, in Mongolian and English."""


@dataclass
class Figures:
    """The reviews of a group of measures and the figures both columns give it."""

    reviews: list[review.Review] = field(default_factory=list)
    claims: list[progress.Countable] = field(default_factory=list)
    flags: list[honesty.Flag] = field(default_factory=list)

    def add(self, r: review.Review, claim: progress.Countable, flags: list[honesty.Flag]) -> None:
        self.reviews.append(r)
        self.claims.append(claim)
        self.flags.extend(flags)

    def flag_counts(self) -> list[tuple[honesty.Code, int]]:
        return list(honesty.counts(self.flags).items())

    @property
    def agency_average(self) -> progress.Number | None:
        return progress.average(self.claims)

    @property
    def reviewer_average(self) -> progress.Number | None:
        return review.average(self.reviews)

    @property
    def reviewer_band(self) -> progress.Band:
        return progress.band(self.reviewer_average)

    @property
    def reviewed(self) -> int:
        return sum(r.verdict != "not-reviewed" for r in self.reviews)

    @property
    def total(self) -> int:
        return len(self.reviews)

    def observations(self) -> list[tuple[review.Observation, int]]:
        counts = Counter(r.observation for r in self.reviews)
        return [(o, counts[o]) for o in review.OBSERVATIONS]


@dataclass
class TwoColumns:
    """The reviewer's column bound to one site."""

    renderer: Renderer
    history: History
    dates: dict[tuple[str, int], Commit]
    deadline_days: int | None = None
    flags: honesty.Flags = field(default_factory=dict)
    calendar: dict[str, str] = field(default_factory=dict)
    """The reporting calendar (``reporting_deadlines``): what is late, before ``deadline_days``."""
    reviews: dict[tuple[str, int], dict[str, review.Review]] = field(default_factory=dict)
    plans: dict[tuple[str, int], Figures] = field(default_factory=dict)
    agencies: dict[tuple[str, int], Figures] = field(default_factory=dict)
    regions: dict[tuple[str, int], Figures] = field(default_factory=dict)

    def compute(self, listed: Repository) -> None:
        """Every measure's review and every group's figures, once."""
        for pf in listed.plans:
            plan = pf.plan
            key = (plan.agency, plan.year)
            agency = listed.agencies.get(plan.agency)
            targets = [self.plans.setdefault(key, Figures())]
            targets.append(self.agencies.setdefault(key, Figures()))
            if agency is not None:
                targets.append(self.regions.setdefault((agency.region, plan.year), Figures()))
            for m, r in self._plan_reviews(listed, pf):
                found = self.flags.get((*key, m.number), [])
                for figures in targets:
                    figures.add(r, progress.counted(m, plan), found)

    def _plan_reviews(self, repo: Repository, pf: PlanFile) -> list[tuple[Measure, review.Review]]:
        plan = pf.plan
        key = (plan.agency, plan.year)
        af = repo.assessments.get(key)
        published = self.dates.get(key)
        late = review.is_late(plan, self.deadline_days, self.calendar)
        out: list[tuple[Measure, review.Review]] = []
        by_number: dict[str, review.Review] = {}
        for o in plan.objectives:
            for m in o.measures:
                corrected = published is not None and self._changed_after(key, m, published)
                r = review.review(
                    m, plan, af.assessment if af else None, late=late, corrected=corrected
                )
                out.append((m, r))
                by_number[m.number] = r
        self.reviews[key] = by_number
        return out

    def _changed_after(self, key: tuple[str, int], m: Measure, published: Commit) -> bool:
        """Whether the measure's percent changed in a merge after the assessment's."""
        return any(
            c.commit.date > published.date and c.delta.percent[0] != c.delta.percent[1]
            for c in self.history.measure_timeline(*key, m.number)
        )

    def t(self, key: str, **args: object) -> str:
        mn, en = LABELS[key]
        return (mn if self.renderer.t.language == "mn" else en).format(**args)

    def word(self, key: str) -> str:
        mn, en = WORDS[key]
        return mn if self.renderer.t.language == "mn" else en

    def extra(self, spec: PageSpec, ctx: dict[str, Any]) -> None:
        """Renderer extra: fill the ``review`` slot of the page being rendered."""
        kind, key = spec.kind, spec.key
        if kind == "measure":
            plan_key = (key[0], key[1])
            r = self.reviews.get(plan_key, {}).get(key[3])
            if r is not None:
                af = self.renderer.repo.assessments.get(plan_key)
                ctx["review"] = self._render(
                    "partials/review_measure.html",
                    link=ctx["link"],
                    row=ctx["row"],
                    r=r,
                    method=af.assessment.method if af else None,
                    published=self.dates.get(plan_key),
                    flags=self.flags.get((key[0], key[1], key[3]), []),
                )
        if kind == "plan":
            ctx["scale_words"] = scale_words(ctx["plan"].scale, self.renderer.t)
        if kind in ("plan", "agency", "region", "objective"):
            figures = self._figures(kind, key, ctx)
            if figures is not None and figures.total:
                ctx["review"] = self._render(
                    "partials/review_summary.html", f=figures, link=ctx["link"]
                )

    def _figures(self, kind: str, key: tuple[Any, ...], ctx: dict[str, Any]) -> Figures | None:
        if kind == "plan":
            return self.plans.get((key[0], key[1]))
        if kind == "objective":
            reviews = self.reviews.get((key[0], key[1]), {})
            figures = Figures()
            for row in ctx["rows"]:
                if row.measure.number in reviews:
                    number = row.measure.number
                    claim = progress.Counted(row.a.percent, row.a.status == "not-due")
                    found = self.flags.get((key[0], key[1], number), [])
                    figures.add(reviews[number], claim, found)
            return figures
        table = self.agencies if kind == "agency" else self.regions
        years = [y for slug, y in table if slug == key[0]]
        return table[(key[0], max(years))] if years else None

    def _render(self, template: str, **ctx: Any) -> Markup:
        ctx.update(tr=self.t, word=self.word, language=self.renderer.t.language)
        return Markup(self.renderer.env.get_template(template).render(ctx))


def install(
    renderer: Renderer,
    listed: Repository,
    history: History,
    dates: dict[tuple[str, int], Commit],
    deadline_days: int | None = None,
    flags: honesty.Flags | None = None,
    calendar: dict[str, str] | None = None,
) -> TwoColumns:
    """Compute the reviewer's column of ``listed`` (and count its honesty ``flags``) and hook
    it into the renderer's pages."""
    columns = TwoColumns(renderer, history, dates, deadline_days, flags or {}, dict(calendar or {}))
    renderer.env.globals.update(anchors=ANCHORS, ranges=ranges())
    columns.compute(listed)
    renderer.extras.append(columns.extra)
    return columns
