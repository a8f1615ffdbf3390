"""Regions of Mongolia an agency can belong to: the 21 aimags, the capital and its districts,
and ``national`` for central government bodies. Slugs are stable: they are part of URLs."""

from __future__ import annotations

from typing import NamedTuple


class Region(NamedTuple):
    slug: str
    mn: str
    en: str
    kind: str  # aimag | capital | district | national


_TABLE = """
arkhangai|Архангай аймаг|Arkhangai aimag|aimag
bayan-ulgii|Баян-Өлгий аймаг|Bayan-Ölgii aimag|aimag
bayankhongor|Баянхонгор аймаг|Bayankhongor aimag|aimag
bulgan|Булган аймаг|Bulgan aimag|aimag
darkhan-uul|Дархан-Уул аймаг|Darkhan-Uul aimag|aimag
dornod|Дорнод аймаг|Dornod aimag|aimag
dornogovi|Дорноговь аймаг|Dornogovi aimag|aimag
dundgovi|Дундговь аймаг|Dundgovi aimag|aimag
govi-altai|Говь-Алтай аймаг|Govi-Altai aimag|aimag
govisumber|Говьсүмбэр аймаг|Govisümber aimag|aimag
khentii|Хэнтий аймаг|Khentii aimag|aimag
khovd|Ховд аймаг|Khovd aimag|aimag
khuvsgul|Хөвсгөл аймаг|Khövsgöl aimag|aimag
orkhon|Орхон аймаг|Orkhon aimag|aimag
selenge|Сэлэнгэ аймаг|Selenge aimag|aimag
sukhbaatar|Сүхбаатар аймаг|Sükhbaatar aimag|aimag
tuv|Төв аймаг|Töv aimag|aimag
umnugovi|Өмнөговь аймаг|Ömnögovi aimag|aimag
uvs|Увс аймаг|Uvs aimag|aimag
uvurkhangai|Өвөрхангай аймаг|Övörkhangai aimag|aimag
zavkhan|Завхан аймаг|Zavkhan aimag|aimag
ulaanbaatar|Улаанбаатар хот|Ulaanbaatar city|capital
ub-baganuur|Багануур дүүрэг|Baganuur district|district
ub-bagakhangai|Багахангай дүүрэг|Bagakhangai district|district
ub-bayangol|Баянгол дүүрэг|Bayangol district|district
ub-bayanzurkh|Баянзүрх дүүрэг|Bayanzürkh district|district
ub-chingeltei|Чингэлтэй дүүрэг|Chingeltei district|district
ub-khan-uul|Хан-Уул дүүрэг|Khan-Uul district|district
ub-nalaikh|Налайх дүүрэг|Nalaikh district|district
ub-songinokhairkhan|Сонгинохайрхан дүүрэг|Songinokhairkhan district|district
ub-sukhbaatar|Сүхбаатар дүүрэг|Sükhbaatar district|district
national|Улсын хэмжээний байгууллага|National bodies|national
"""

REGIONS: dict[str, Region] = {
    r.slug: r for r in (Region(*line.split("|")) for line in _TABLE.strip().splitlines())
}
