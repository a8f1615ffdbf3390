"""The data model: agencies, plans, objectives, measures and their evidence.

This module is the single declaration of the data format. The JSON Schema (``iltod schema``),
the "data format" documentation page and the validator are all derived from these classes.
Every field's docstring gives its meaning in Mongolian, then in English; ``iaac`` names the
column of the IAAC report table the field comes from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

DEFAULT_SCALE = (0, 30, 70, 100)
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"})
"""Attachments with these extensions are photos: shown in the gallery and counted as images."""

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
MeasureNumber = Annotated[str, Field(pattern=r"^[1-9][0-9]*(\.[0-9]+)+$")]
OWNER_PATTERN = r"^(@[A-Za-z0-9](-?[A-Za-z0-9])*(/[A-Za-z0-9._-]+)?|[^\s@]+@[^\s@]+\.[^\s@]+)$"
"""A code owner as GitHub's CODEOWNERS accepts one: ``@user``, ``@org/team`` or an e-mail."""
Owner = Annotated[str, Field(pattern=OWNER_PATTERN)]
# Patterns are compiled by editors too (yaml-language-server: ECMA-262 with the "u" flag), where
# an escaped quote such as \" is an error: write only what both regex dialects read the same.
Url = Annotated[str, Field(pattern=r"""^https?://[^\s<>"']+$""")]
Text = Annotated[str, Field(min_length=1)]
LaxDate = Annotated[dt.date, Field(strict=False)]


def _iaac(column: str) -> JsonDict:
    return {"iaac": column}


class _Model(BaseModel):
    # allow_inf_nan: 1e999 reads as infinity, which JSON cannot hold (the export would break).
    model_config = ConfigDict(
        extra="forbid", strict=True, use_attribute_docstrings=True, allow_inf_nan=False
    )


class Name(_Model):
    """Нэр, монгол болон англиар. / A name in Mongolian and, optionally, English."""

    mn: Text
    """Монгол нэр. / The Mongolian name."""
    en: Text | None = None
    """Англи нэр (заавал биш). / The English name (optional)."""


class Agency(_Model):
    """Байгууллага: ``plans/<slug>/agency.yml``. / An agency: ``plans/<slug>/agency.yml``."""

    slug: Slug
    """Байгууллагын богино нэр, хавтасны нэртэй ижил (латин жижиг үсэг, тоо, зураас).
    / Short identifier, equal to the folder name (lower-case Latin letters, digits, hyphens)."""
    name: Name
    """Байгууллагын албан ёсны нэр. / The agency's official name."""
    short_name: Name | None = None
    """Товчилсон нэр, жишээ нь ЗДТГ. / Abbreviated name, e.g. ЗДТГ."""
    region: Slug
    """Бүс нутгийн файлд бүртгэлтэй бүс (анхдагч нь Монголын аймаг, нийслэл, дүүрэг) эсвэл
    ``national``.
    / A region listed in the deployment's regions file (by default Mongolia's aimags, capital
    city and districts) or ``national``."""
    parent: Text | None = None
    """Харьяалах дээд байгууллага. / The parent body the agency reports to."""
    website: Url | None = None
    """Албан ёсны цахим хуудас (http/https). / Official website (http or https)."""
    owners: list[Owner] = []
    """Энэ байгууллагын файлыг засах эрхтэй GitHub хэрэглэгч, баг эсвэл и-мэйл (@user,
    @org/team, name@example.org); CODEOWNERS-д ашиглана. / GitHub users, teams or e-mail
    addresses (@user, @org/team, name@example.org) allowed to change this agency's files; used
    for CODEOWNERS."""


class Budget(_Model):
    """Зарцуулсан хөрөнгө. / Money spent on a measure."""

    # le: 10¹² million tögrög is far beyond any budget, and every page and file can print it
    # (a 400-digit amount overflowed the float formatting of the print view).
    spent: int | float | None = Field(default=None, ge=0, le=10**12)
    """Зарцуулсан хөрөнгийн хэмжээ, сая төгрөгөөр. / Amount spent, in million tögrög (MNT)."""
    source: Text | None = None
    """Хөрөнгийн эх үүсвэр, жишээ нь орон нутгийн төсөв. / Source of funds, e.g. local budget."""
    text: Text | None = None
    """Тайланд бичигдсэн хэлбэрээр (тоо болгож уншиж болохгүй үед). / As written in the report,
    when it cannot be read as an amount and a source."""


class AttachmentFile(_Model):
    """Репозиторид хадгалсан нотлох баримт. / A piece of evidence stored in the repository."""

    file: Text
    """``attachments/<agency>/<year>/<measure>/`` хавтас доторх файлын нэр.
    / File name inside ``attachments/<agency>/<year>/<measure>/``."""
    caption: Text | None = None
    """Тайлбар; зургийн alt текст болно. / Caption; also the image's alternative text."""
    publish_original: bool = False
    """Эх файлыг нийтлэх эсэх (анхдагч: үгүй). / Publish the original file too (default: no)."""

    @property
    def is_image(self) -> bool:
        """True for a photo (by its extension), False for a document."""
        return PurePosixPath(self.file).suffix.lower() in IMAGE_SUFFIXES


class DeclaredCounts(_Model):
    """Репозиторид байхгүй, тайлангийн системд бүртгэгдсэн хавсралтын тоо.
    / Attachment counts declared in the official reporting system, files not in the repository."""

    total: int | None = Field(default=None, ge=0)
    """Хавсралт нийт. / Total attachments."""
    files: int | None = Field(default=None, ge=0)
    """Файл. / Documents (non-image files)."""
    images: int | None = Field(default=None, ge=0)
    """Зураг. / Photos."""


class Attachments(_Model):
    """Нотлох баримт. / Evidence for a measure."""

    items: list[AttachmentFile] = []
    """Репозиторид байгаа файлууд. / Files stored in the repository."""
    declared: DeclaredCounts | None = None
    """Репозиторид оруулаагүй хавсралтын тоо (тайланд бичигдсэнээр).
    / Counts of evidence not in the repository, as the report states them."""


class Measure(_Model):
    """Арга хэмжээ: тайлангийн хүснэгтийн нэг мөр. / A measure: one row of the report table."""

    number: MeasureNumber
    """Арга хэмжээний дугаар, жишээ нь "1.1" (хашилтад, текстээр). / Measure number such as
    "1.1", written in quotes: it is text, never a decimal number."""
    text: Text = Field(json_schema_extra=_iaac("Арга хэмжээ"))
    """Арга хэмжээ. / What the agency undertakes to do."""
    timeframe: Text | None = Field(default=None, json_schema_extra=_iaac("Хэрэгжих хугацаа"))
    """Хэрэгжих хугацаа, тайланд бичсэнээр (жишээ нь "2021 он"); тайланд хугацааны багана
    байхгүй бол бичихгүй ("тодорхойгүй" гэж харагдана). / Timeframe as written (e.g. "2021 он",
    the year 2021); absent when the report states none (shown as "not stated")."""
    due: LaxDate | None = None
    """Дуусах огноо (YYYY-MM-DD); бичээгүй бол хугацаанаас тооцно. / End date (YYYY-MM-DD);
    when absent it is read from the timeframe."""
    indicators: list[Text] = Field(default=[], json_schema_extra=_iaac("Шалгуур үзүүлэлт"))
    """Шалгуур үзүүлэлтүүд; дэд заалтыг "а. …" гэж эхлүүлнэ. / Indicators, one per item;
    sub-items keep their letter, e.g. "а. …"."""
    target: Text | None = Field(default=None, json_schema_extra=_iaac("Хүрэх түвшин, үр дүн"))
    """Хүрэх түвшин, үр дүн. / Target level and expected result."""
    baseline: Text | None = Field(default=None, json_schema_extra=_iaac("Суурь түвшин"))
    """Суурь түвшин: төлөвлөгөө эхлэхэд шалгуур үзүүлэлт ямар байсан (тайланд бичсэнээр).
    / Baseline: where the indicator stood when the plan began, as written."""
    target_level: Text | None = Field(default=None, json_schema_extra=_iaac("Зорилтот түвшин"))
    """Зорилтот түвшин: шалгуур үзүүлэлтийн хүрэх тоон түвшин, суурь түвшинтэй хамт тусдаа
    баганад бичсэн үед (жишээ нь "100%", "25 хүн"); "Хүрэх түвшин, үр дүн" (target) нь харин
    хүлээгдэж буй үр дүнгийн тайлбар. / Target level: the value the indicator should reach,
    when the report gives it in its own column beside the baseline (e.g. "100%", "25 people");
    ``target`` is the expected result described in words."""
    budget: Budget | Literal["-"] | None = Field(
        default=None,
        json_schema_extra=_iaac("Зарцуулсан хөрөнгийн хэмжээ, эх үүсвэр (сая төгрөг)"),
    )
    """Зарцуулсан хөрөнгө; "-" бол зарцуулаагүй. / Money spent; "-" means none, as the report
    writes it; absent means the cell was blank."""
    result: Text | None = Field(default=None, json_schema_extra=_iaac("Хүрсэн түвшин, үр дүн"))
    """Хүрсэн түвшин, үр дүн (олон догол мөр, дугаарласан жагсаалт байж болно).
    / Achieved result (may hold several paragraphs and numbered lists)."""
    responsible: Text | None = Field(
        default=None, json_schema_extra=_iaac("Хариуцах эзэн / Хариуцах нэгж")
    )
    """Хариуцах эзэн: хэрэгжүүлэх нэгж, албан тушаалтан (тайланд бичсэнээр).
    / Who is responsible: the unit or official that carries the measure out, as written."""
    percent: int | float | None = Field(json_schema_extra=_iaac("Хэрэгжилтийн хувь"))
    """Хэрэгжилтийн хувь, төлөвлөгөөний шатлалын дагуу; үнэлээгүй бол null.
    / Implementation percent, on the plan's scale; null when not assessed."""
    not_due: bool = False
    """Хугацаа болоогүй (true бол хувь null байна). / Not yet due (then percent is null)."""
    attachments: Attachments | None = None
    """Нотлох баримт, хавсралт. / Evidence and attachments."""
    notes: Text | None = None
    """Тайлбар: эх баримтаас аль ч баганад тохироогүй текст. / Notes: text from the source
    document that fits no column, kept so nothing is lost."""


class Objective(_Model):
    """Зорилт. / An objective: a group of measures."""

    number: int = Field(ge=1, le=99)
    """Зорилтын дугаар (НЭГ = 1, ХОЁР = 2 …). / Objective number (НЭГ = 1, ХОЁР = 2 …)."""
    title: Text = Field(json_schema_extra=_iaac("Зорилт"))
    """Зорилтын нэр. / Objective title."""
    measures: list[Measure] = Field(min_length=1)
    """Арга хэмжээнүүд. / Its measures."""


Period = Literal["year-end", "half-year", "q1", "q2", "q3", "q4"]


class Plan(_Model):
    """Төлөвлөгөө ба түүний биелэлт: ``plans/<agency>/<year>.yml``.
    / A plan and its progress: ``plans/<agency>/<year>.yml``."""

    agency: Slug
    """Байгууллагын slug (хавтасны нэр). / The agency's slug (its folder name)."""
    year: int = Field(ge=2000, le=2100)
    """Төлөвлөгөөний он (файлын нэр). / Plan year (the file name)."""
    title: Text
    """Төлөвлөгөөний нэр. / Plan title."""
    period: Period
    """Тайлант хугацаа: year-end (жилийн эцэс), half-year (хагас жил), q1…q4 (улирал).
    / Reporting period: year-end, half-year, or a quarter q1…q4."""
    reported: LaxDate | None = None
    """Тайлан гаргасан огноо (YYYY-MM-DD). / Date the report was filed (YYYY-MM-DD)."""
    source: Text | None = None
    """Өгөгдлийн эх сурвалж. / Where this data comes from (provenance)."""
    scale: list[Annotated[int, Field(ge=0, le=100)]] | Literal["free"] = list(DEFAULT_SCALE)
    """Хувийн шатлал: [0, 30, 70, 100] (анхдагч), [0, 40, 70, 100] гэх мэт, эсвэл free (0–100).
    / Percent scale: [0, 30, 70, 100] (default), e.g. [0, 40, 70, 100], or free (any 0–100)."""
    numbering: Literal["objective", "source"] = "objective"
    """Арга хэмжээний дугаарлалт: objective (1.1, 1.2 … зорилтын дугаараар эхэлнэ, анхдагч)
    эсвэл source (эх баримтын өөрийн дугаар, жишээ нь хөтөлбөрийн заалт 2.1, 3.1.2; дараалал нь
    жагсаалтын дараалал). / Measure numbering: objective (1.1, 1.2 … starting with the
    objective's number, the default) or source (the source document's own numbers, e.g. a
    programme's clauses 2.1, 3.1.2, kept as written; their order is the list's order)."""
    objectives: list[Objective] = Field(min_length=1)
    """Зорилтууд. / Objectives."""


MODELS: dict[str, type[_Model]] = {"agency": Agency, "plan": Plan}
