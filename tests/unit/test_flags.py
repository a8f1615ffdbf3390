"""Honesty flags, each raised and not raised (golden cases on a SYNTHETIC agency of two years):
the full expectation of which measure carries which flag is written out below, so a flag that
fires too often fails as surely as one that never fires."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from iltod import flags, opendata
from iltod.flags import photos as fphotos
from iltod.load import loader
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support.photos import phone_jpeg, photo

AGENCY = 'slug: "honest"\nname: {mn: "SYNTHETIC байгууллага"}\nregion: "darkhan-uul"\n'


def _plan(year: int, measures: list[str]) -> str:
    out = f'agency: "honest"\nyear: {year}\ntitle: "SYNTHETIC plan {year}"\nperiod: "year-end"\n'
    out += "objectives:\n"
    for objective in sorted({m.split('"')[1].split(".")[0] for m in measures}):
        out += f'  - number: {objective}\n    title: "Objective {objective}"\n    measures:\n'
        out += "".join(f"      - {m}\n" for m in measures if f'"{objective}.' in m)
    return out


def _m(number: str, percent: object, result: str | None = None, **extra: str) -> str:
    fields = [f'number: "{number}"', f'text: "Measure {number}"', 'timeframe: "2021 он"']
    if result is not None:
        fields.append(f'result: "{result}"')
    fields.append(f"percent: {percent}")
    fields += [f"{k}: {v}" for k, v in extra.items()]
    return "{" + ", ".join(fields) + "}"


def _photo_item(name: str) -> str:
    return f'{{items: [{{file: "{name}", caption: "SYNTHETIC photo"}}]}}'


def _exif(taken: str) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0110] = "Synthetic Phone"  # Model
    exif[0x8769] = {36867: taken}  # the Exif IFD's DateTimeOriginal
    return exif


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "plans" / "honest"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(AGENCY, encoding="utf-8")
    same = "Сургалт 2 удаа зохион байгуулсан."
    (folder / "2020.yml").write_text(
        _plan(
            2020,
            [
                _m("1.3", 30, same).replace("2021 он", "2020 он"),
                _m("1.4", 30, same).replace("2021 он", "2020 он"),
                _m("1.5", 30, same).replace("2021 он", "2020 он"),
                _m("1.6", 30, same).replace("2021 он", "2020 он"),
                _m("1.9", 30, attachments=_photo_item("c.jpg")).replace("2021 он", "2020 он"),
            ],
        ),
        encoding="utf-8",
    )
    (folder / "2021.yml").write_text(
        _plan(
            2021,
            [
                _m("1.1", 100),  # 100 % and no evidence: raised
                _m("1.2", 100, attachments="{declared: {total: 3, files: 3, images: 0}}"),
                _m("1.3", 70, "сургалт 2 удаа зохион  байгуулсан."),  # copied: raised
                _m("1.4", 70, "Сургалт 4 удаа, 120 иргэн хамрагдсан."),  # rewritten
                _m("1.5", 70),  # rose, no result: raised
                _m("1.6", 30, same),  # copied but did not rise
                _m("1.7", "null", not_due="true"),  # due 2021-12-31: raised
                _m("1.8", "null", not_due="true").replace("2021 он", "2022 он"),
                _m("2.1", 70, attachments=_photo_item("a.jpg")),
                _m("2.2", 70, attachments=_photo_item("a-small.jpg")),  # a.jpg re-encoded
                _m("2.3", 70, attachments=_photo_item("b.jpg")),  # another photo
                _m("2.4", 70, attachments=_photo_item("c-again.jpg")),  # 2020's c.jpg
                _m("2.5", 70, attachments=_photo_item("old.jpg")),  # taken in 2019
                _m("2.6", 70, attachments=_photo_item("in-year.jpg")),  # taken in 2021
            ],
        ),
        encoding="utf-8",
    )
    a, b, c = photo(400, 300, seed=1), photo(400, 300, seed=2), photo(400, 300, seed=3)
    files = {
        "2021/2.1/a.jpg": phone_jpeg(a),
        "2021/2.2/a-small.jpg": phone_jpeg(a.resize((200, 150)), quality=60),
        "2021/2.3/b.jpg": phone_jpeg(b),
        "2020/1.9/c.jpg": phone_jpeg(c),
        "2021/2.4/c-again.jpg": phone_jpeg(c),
        "2021/2.5/old.jpg": phone_jpeg(photo(400, 300, seed=4), exif=_exif("2019:05:01 10:00:00")),
        "2021/2.6/in-year.jpg": phone_jpeg(
            photo(400, 300, seed=5), exif=_exif("2021:06:01 10:00:00")
        ),
    }
    for rel, data in files.items():
        path = tmp_path / "attachments" / "honest" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return tmp_path


def test_each_flag_is_raised_where_it_should_and_nowhere_else(repo: Path) -> None:
    loaded = loader.load(repo)
    assert [d.code for d in loaded.report.diagnostics] == ["W008"]  # 1.7, for the clerk
    got = {key: [f.code for f in found] for key, found in flags.compute(loaded).items()}
    assert got == {
        ("honest", 2021, "1.1"): ["complete-without-evidence"],
        ("honest", 2021, "1.3"): ["result-not-updated"],
        ("honest", 2021, "1.5"): ["result-not-updated"],
        ("honest", 2021, "1.7"): ["not-due-misused"],
        ("honest", 2021, "2.1"): ["photo-reused"],
        ("honest", 2021, "2.2"): ["photo-reused"],
        ("honest", 2020, "1.9"): ["photo-reused"],
        ("honest", 2021, "2.4"): ["photo-reused"],
        ("honest", 2021, "2.5"): ["evidence-out-of-period"],
    }


def test_each_flag_says_why_in_one_sentence(repo: Path) -> None:
    found = flags.compute(loader.load(repo))
    (reused,) = found[("honest", 2021, "2.4")]
    assert reused.en == "The photo c-again.jpg is also evidence of measure 2020 1.9."
    (old,) = found[("honest", 2021, "2.5")]
    assert "2019-05-01" in old.en
    assert "2019-05-01" in old.mn
    (rose,) = found[("honest", 2021, "1.3")]
    assert "30 % → 70 %" in rose.en


def test_the_perceptual_hash_survives_resizing_and_tells_photos_apart() -> None:
    a, b = photo(400, 300, seed=1), photo(400, 300, seed=2)
    assert fphotos.near(fphotos.dhash(a), fphotos.dhash(a.resize((120, 90))))
    assert not fphotos.near(fphotos.dhash(a), fphotos.dhash(b))


def test_flags_are_on_the_measure_page_counted_on_groups_and_in_open_data(repo: Path) -> None:
    on = dt.date(2022, 3, 1)
    site = Site(repo, "en", SiteOptions(office_downloads=False, search=False), on=on)
    pages = {spec.url: src for src, spec in site.pages.items()}
    measure = site.render(pages["honest/2021/measure-1-1/"])
    assert "100 % without evidence" in measure
    assert "Reported fully implemented (100 %) with no evidence" in measure
    clean = site.render(pages["honest/2021/measure-1-2/"])
    assert "il-flags" not in clean
    plan = site.render(pages["honest/2021/"])
    assert "Honesty flags</a>: <strong>8</strong>" in plan
    region = site.render(pages["regions/darkhan-uul/"])
    assert "Honesty flags</a>: <strong>8</strong>" in region  # the newest year's
    doc = opendata.to_dict(loader.load(repo), on)
    plan_2021 = next(p for p in doc["plans"] if p["year"] == 2021)
    assert plan_2021["flags"] == {
        "complete-without-evidence": 1,
        "result-not-updated": 2,
        "not-due-misused": 1,
        "photo-reused": 3,
        "evidence-out-of-period": 1,
    }
    m11 = plan_2021["objectives"][0]["measures"][0]
    assert [f["code"] for f in m11["flags"]] == ["complete-without-evidence"]


def test_a_later_build_reads_each_photo_s_facts_from_the_cache(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = flags.compute(loader.load(repo))
    stored = list((repo / ".cache" / "images" / "photo-facts").rglob("*.json"))
    assert len(stored) == 6  # one per distinct content (c-again.jpg has c.jpg's bytes)

    def never(*args: object) -> fphotos.PhotoFacts:
        raise AssertionError("a cached photo was opened again")

    monkeypatch.setattr(fphotos, "_CACHE", {})
    monkeypatch.setattr(fphotos, "_read", never)
    assert flags.compute(loader.load(repo)) == first
