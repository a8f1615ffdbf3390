"""The reviewer's assessment of a plan: ``plans/<agency>/<year>.assessment.yml``.

A separate file from the agency's plan, written only by the reviewing body's team (its
CODEOWNERS line names that team, and a pull request that changes it together with any agency
file fails, E204). Per measure it holds the level the reviewer assessed, on the plan's own scale,
or ``no-evidence`` ("no evidence available", a level of its own, as the OGP's Independent
Reporting Mechanism has it; it is not a number and is left out of averages); who assessed it;
a note; and the evidence seen. Its date is the date of the merge that last changed it (the
history), never a date written in the file. A measure the file does not list is "not yet
reviewed", which is distinct from every level.

Like :mod:`iltod.model`, each field's docstring gives its meaning in Mongolian, then English.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from iltod.model import MeasureNumber, Name, Slug, Text, _Model

NO_EVIDENCE = "no-evidence"
Level = Annotated[int | float, Field(ge=0, le=100)] | Literal["no-evidence"]


class AssessedMeasure(_Model):
    """Нэг арга хэмжээний үнэлгээ. / The reviewer's assessment of one measure."""

    number: MeasureNumber
    """Төлөвлөгөөний арга хэмжээний дугаар, жишээ нь "1.3". / The plan's measure number, e.g.
    "1.3"."""
    level: Level
    """Үнэлсэн түвшин, төлөвлөгөөний шатлалын дагуу (0, 30, 70, 100), эсвэл no-evidence
    (нотлох баримт байхгүй). / The assessed level on the plan's scale (0, 30, 70, 100), or
    no-evidence (no evidence available)."""
    assessor: Name | None = None
    """Үнэлсэн байгууллага, файлын ерөнхийгөөс өөр бол. / The assessing organisation, when it
    is not the file's."""
    note: Text | None = None
    """Үнэлгээний үндэслэл, товч. / Why this level, in short."""
    evidence_seen: list[Text] = Field(default_factory=list)
    """Үзсэн нотлох баримт: хавсралтын файлын нэр, цахим хуудасны хаяг, баримт бичиг.
    / The evidence seen: attachment file names, web addresses, documents."""


class PlanAssessment(_Model):
    """Хөндлөнгийн үнэлгээ: ``plans/<agency>/<year>.assessment.yml``.
    / The reviewer's assessment of a plan: ``plans/<agency>/<year>.assessment.yml``."""

    agency: Slug
    """Байгууллагын slug (хавтасны нэр). / The agency's slug (its folder name)."""
    year: int = Field(ge=2000, le=2100)
    """Төлөвлөгөөний он. / The plan's year."""
    assessor: Name
    """Үнэлгээ хийсэн байгууллага (жишээ нь АТГ, шинжээчдийн баг).
    / The assessing organisation (e.g. the IAAC, a contracted expert team)."""
    method: Text | None = None
    """Аргачлал, шатлалын эх сурвалж (жишээ нь "Засгийн газрын 206/2020 тогтоол").
    / The methodology or scale used (e.g. "Government Resolution 206/2020")."""
    measures: list[AssessedMeasure] = Field(min_length=1)
    """Үнэлсэн арга хэмжээнүүд; бичээгүй нь "хараахан үнэлээгүй". / The assessed measures; a
    measure not listed is "not yet reviewed"."""

    def by_number(self) -> dict[str, AssessedMeasure]:
        """The assessed measures by number."""
        return {m.number: m for m in self.measures}
