"""``iltod submit``: a clerk's uploaded report applied to its plan, driven by recorded issue
events (SYNTHETIC payloads in tests/fixtures/submit/, shaped as GitHub sends them) on a copy of
the frozen sample in a throw-away git repository. No test reads plans/."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from iltod.cli import main as cli
from iltod.iaac import stamp as stamps
from iltod.iaac.write.docx import plan_docx
from iltod.iaac.write.package import EPOCH, reproducible
from iltod.iaac.write.xlsx import plan_xlsx, template_xlsx
from iltod.load.yamlsource import read
from iltod.model import Plan
from iltod.schema.yamlwrite import dump_model
from iltod.submit import Request, apply, body, event
from iltod.submit.evidence import Upload
from tests.support import bombs, sample
from tests.support.history_repo import GitRepo
from tests.support.photos import phone_jpeg, photo
from tests.support.sitekit import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "submit"
GOLDEN = ROOT / "tests" / "golden" / "submit"
AGENCY, YEAR = sample.AGENCY, sample.YEAR
PLAN = f"plans/{AGENCY}/{YEAR}.yml"
PHOTO_1 = "https://github.com/user-attachments/assets/0f6c1d2e-0000-4000-8000-000000000001"
PHOTO_2 = "https://github.com/user-attachments/assets/0f6c1d2e-0000-4000-8000-000000000002"
XLSX_URL = "https://github.com/user-attachments/files/17000001/2021.xlsx"
DOCX_URL = "https://github.com/user-attachments/files/17000002/2021.docx"


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ILTOD_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"{path} differs; rerun with ILTOD_UPDATE_GOLDEN=1 and review"
    )


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    """A copy of the sample, committed on main (the commit the site's download is made from)."""
    r = GitRepo(tmp_path / "repo")
    sample.copy(r.root)
    r.commit("The sample", "2022-01-10T10:00:00Z")
    return r


def _plan(r: GitRepo) -> Plan:
    return Plan.model_validate(read(PLAN, (r.root / PLAN).read_bytes()).data)


def _download(r: GitRepo, percents: dict[str, int]) -> bytes:
    """The site's XLSX of the plan at HEAD, with the clerk's percents typed into it in Excel."""
    data = plan_xlsx(_plan(r), commit=r.git("rev-parse", "HEAD"))
    wb = load_workbook(io.BytesIO(data))
    for row in wb[wb.sheetnames[0]].iter_rows():
        number = str(row[2].value or "").split(" ")[0].rstrip(".")
        if number in percents:
            row[8].value = percents[number]
    buf = io.BytesIO()
    wb.save(buf)
    return reproducible(buf.getvalue(), EPOCH)  # Excel's save time out of the SHA-256


def _set_on_main(r: GitRepo, number: str, percent: int, date: str) -> str:
    """A reviewed change merged on main after the clerk's download."""
    plan = _plan(r)
    for o in plan.objectives:
        for m in o.measures:
            if m.number == number:
                m.percent = percent
    r.write(PLAN, dump_model(plan, "plan"))
    return r.commit(f"{number} at {percent}", date)


def _photos() -> dict[str, bytes]:
    return {
        PHOTO_1: phone_jpeg(photo(64, 48, seed=1)),
        PHOTO_2: phone_jpeg(photo(64, 48, seed=2)),
    }


def _event(name: str, files: dict[str, bytes]) -> Request:
    payload = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    assert payload["_synthetic"].startswith("SYNTHETIC")
    sub, req = event.request(payload, files.__getitem__)
    assert req is not None, sub.problems
    return req


def _measure(r: GitRepo, number: str) -> dict[str, object]:
    data = read(PLAN, (r.root / PLAN).read_bytes()).data
    return next(m for o in data["objectives"] for m in o["measures"] if m["number"] == number)


def test_the_sites_download_with_1_3_at_100_and_two_photos_is_exactly_that_change(repo):
    before = (repo.root / PLAN).read_text(encoding="utf-8")
    files = {XLSX_URL: _download(repo, {"1.3": 100}), **_photos()}
    out = apply(repo.root, _event("issue-xlsx-two-photos.json", files))
    assert out.status == "applied", out.report.format("en")
    assert out.exit_code == 0
    assert out.base == repo.git("rev-parse", "HEAD")  # read from the hidden stamp
    assert [(d.number, d.percent, d.evidence_added) for d in out.deltas] == [
        ("1.3", (70, 100), ("самбар.jpg", "IMG_0002.jpg"))
    ]
    m13 = _measure(repo, "1.3")
    assert m13["percent"] == 100
    assert m13["attachments"]["items"] == [
        {"file": "самбар.jpg", "caption": "Мэдээллийн самбар, 2021 оны 11 сар"},
        {
            "file": "IMG_0002.jpg",
            "caption": "1.3 арга хэмжээний нотлох баримт / evidence of measure 1.3",
        },
    ]
    assert m13["attachments"]["declared"] == {"total": 9, "files": 1, "images": 8}
    folder = repo.root / "attachments" / AGENCY / str(YEAR) / "1.3"
    assert (folder / "самбар.jpg").read_bytes() == files[PHOTO_1]
    assert (folder / "IMG_0002.jpg").read_bytes() == files[PHOTO_2]
    after = (repo.root / PLAN).read_text(encoding="utf-8")
    changed = list(_line_diff(before, after))
    assert changed == [
        "-        percent: 70",
        "+        percent: 100",
        "+          items:",
        '+            - file: "самбар.jpg"',
        '+              caption: "Мэдээллийн самбар, 2021 оны 11 сар"',
        '+            - file: "IMG_0002.jpg"',
        '+              caption: "1.3 арга хэмжээний нотлох баримт / evidence of measure 1.3"',
    ]
    assert out.report.diagnostics == []  # nothing the strict build would stop on
    kept = f"attachments/{AGENCY}/{YEAR}/submitted/{out.sha256[:12]}-2021.xlsx"
    assert (repo.root / kept).read_bytes() == files[XLSX_URL]  # the original, with the evidence
    assert out.averages == (97.5, 100)
    assert body.trailers(out) == (
        "Report for govisumber-zdtg 2021: 2021.xlsx\n\n"
        "Iltod-Issue: #41\n"
        "Iltod-Submitter: synthetic-clerk\n"
        "Iltod-Report: 2021.xlsx\n"
        f"Iltod-Report-SHA256: {out.sha256}\n"
    )
    _golden("applied.pr.md", body.pull_request(out))
    _golden("applied.comment.md", body.comment(out))


def _line_diff(a: str, b: str) -> list[str]:
    import difflib

    return [
        line
        for line in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_a_measure_changed_on_main_and_in_the_upload_is_a_conflict_and_nothing_is_written(repo):
    upload = _download(repo, {"2.1": 30})
    _set_on_main(repo, "2.1", 70, "2022-02-01T10:00:00Z")
    head = (repo.root / PLAN).read_bytes()
    req = Request(Upload("2021.xlsx", upload), AGENCY, YEAR, issue=44, submitter="synthetic-clerk")
    out = apply(repo.root, req)
    assert out.status == "conflicts"
    assert out.exit_code == 3
    conflicts = [d for d in out.report.diagnostics if d.code == "E061"]
    assert [d.format("en") for d in conflicts] == [
        (
            "2021.xlsx:11:3: error[E061] expected one value of 2.1 › percent, got 70 on the site "
            "since the download and 30 in the report; nothing written"
        )
    ]
    assert (repo.root / PLAN).read_bytes() == head
    assert repo.git("status", "--porcelain") == ""
    _golden("conflict.pr.md", body.pull_request(out))
    _golden("conflict.comment.md", body.comment(out))


def test_a_measure_the_clerk_left_unchanged_never_reverts_a_newer_value_on_main(repo):
    upload = _download(repo, {"1.3": 100})  # downloaded when 2.2 was at 100
    _set_on_main(repo, "2.2", 70, "2022-02-01T10:00:00Z")  # reviewed after the download
    out = apply(repo.root, Request(Upload("2021.xlsx", upload), AGENCY, YEAR))
    assert out.status == "applied", out.report.format("en")
    assert _measure(repo, "2.2")["percent"] == 70  # main's, not the file's old 100
    assert _measure(repo, "1.3")["percent"] == 100
    assert [d.number for d in out.deltas] == ["1.3"]
    assert [d.code for d in out.report.diagnostics] == ["W030"]


def test_a_word_report_of_the_seed_layout_applies_by_measure_number(repo):
    plan = _plan(repo)
    plan.objectives[1].measures[1].percent = 70  # 2.2: 100 → 70 in the agency's Word file
    files = {DOCX_URL: plan_docx(plan)}
    out = apply(repo.root, _event("issue-word.json", files))
    assert out.status == "applied", out.report.format("en")
    assert out.base == ""
    assert out.stamp is None
    assert [(d.number, d.percent) for d in out.deltas] == [("2.2", (100, 70))]
    assert "W031" in {d.code for d in out.report.diagnostics}  # merged by number, said so
    _golden("word.pr.md", body.pull_request(out))


def test_a_hostile_upload_ends_in_a_located_error_within_the_limits(repo):
    hostile = reproducible(bombs.gridspan_docx(), EPOCH)  # the same bytes, the same SHA-256
    req = Request(Upload("report.docx", hostile), AGENCY, YEAR)
    out = apply(repo.root, req)
    assert out.status == "errors"
    assert out.exit_code == 1
    assert [d.code for d in out.report.errors] == ["E120"]
    assert out.report.errors[0].file == "report.docx"
    assert out.report.errors[0].line >= 1
    assert repo.git("status", "--porcelain") == ""
    _golden("hostile.comment.md", body.comment(out))


def test_evidence_that_names_no_measure_is_a_located_error_and_nothing_is_written(repo):
    upload = _download(repo, {"1.3": 100})
    photo_bytes = phone_jpeg(photo(32, 24))
    req = Request(
        Upload("2021.xlsx", upload),
        AGENCY,
        YEAR,
        [(None, Upload("IMG_9.jpg", photo_bytes)), ("9.9", Upload("b.jpg", photo_bytes))],
    )
    out = apply(repo.root, req)
    assert out.status == "errors"
    assert [(d.file, d.code) for d in out.report.errors] == [
        ("IMG_9.jpg", "E062"),
        ("b.jpg", "E063"),
    ]
    assert repo.git("status", "--porcelain") == ""


def test_a_download_stamped_for_another_plan_is_refused(repo):
    data = plan_xlsx(_plan(repo), commit=repo.git("rev-parse", "HEAD"))
    out = apply(repo.root, Request(Upload("2021.xlsx", data), AGENCY, 2022))
    assert [d.code for d in out.report.errors] == ["E060"]


def test_every_xlsx_handed_out_carries_the_plans_identity_and_commit_in_a_hidden_sheet():
    sha = "a" * 40
    data = plan_xlsx(sample.plan(), commit=sha)
    assert stamps.read(data) == stamps.Stamp(AGENCY, YEAR, sha)
    wb = load_workbook(io.BytesIO(data))
    assert wb[stamps.SHEET].sheet_state == "hidden"
    assert wb.active.title != stamps.SHEET
    from iltod.load import loader

    agency = loader.load(sample.SAMPLE).agencies[AGENCY]
    assert stamps.read(template_xlsx(2022, agency=agency, commit=sha)) == stamps.Stamp(
        AGENCY, 2022, sha
    )
    assert stamps.read(template_xlsx(2022)) is None  # no agency: nothing to merge against


def test_the_command_exits_3_on_a_conflict_and_prints_the_pull_request_body(
    repo, monkeypatch, capsys
):
    (repo.root.parent / "up.xlsx").write_bytes(_download(repo, {"2.1": 30}))
    _set_on_main(repo, "2.1", 70, "2022-02-01T10:00:00Z")
    monkeypatch.chdir(repo.root)
    args = ["submit", "../up.xlsx", "--agency", AGENCY, "--year", str(YEAR), "--lang", "en"]
    assert cli(args) == 3
    printed = capsys.readouterr()
    assert "| 2.1 › percent | 100 | 70 | 30 |" in printed.out
    assert "error[E061]" in printed.err


def test_the_command_reads_a_form_that_lacks_answers_and_says_what(tmp_path, monkeypatch, capsys):
    GitRepo(tmp_path / "r")
    sample.copy(tmp_path / "r")
    monkeypatch.chdir(tmp_path / "r")
    comment = tmp_path / "comment.md"
    event_file = FIXTURES / "comment-retry-incomplete.json"
    assert cli(["submit", "--event", str(event_file), "--comment", str(comment)]) == 1
    text = comment.read_text(encoding="utf-8")
    assert "the agency's slug is missing" in text
    assert "no report file uploaded" in text


def test_only_githubs_upload_addresses_are_read_from_the_form():
    payload = json.loads((FIXTURES / "issue-xlsx-two-photos.json").read_text(encoding="utf-8"))
    asked: list[str] = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        return b"x"

    _sub, req = event.request(payload, fetch)
    assert req is not None
    assert (req.issue, req.submitter) == (41, "synthetic-clerk")
    assert asked == [XLSX_URL, PHOTO_1, PHOTO_2]  # example.org is never fetched
    assert [m for m, _ in req.evidence] == ["1.3", "1.3"]


def test_a_new_agencys_first_report_proposes_its_agency_yml_with_the_submitter_as_owner(repo):
    (repo.root / ".github").mkdir()
    (repo.root / ".github/CODEOWNERS").write_bytes(sample.CODEOWNERS.read_bytes())
    plan = _plan(repo)
    req = Request(
        Upload("2021.docx", plan_docx(plan)),
        "new-soum",
        YEAR,
        issue=45,
        submitter="synthetic-clerk",
        new_agency="Шинэ сумын Засаг даргын Тамгын газар (SYNTHETIC)",
    )
    out = apply(repo.root, req)
    assert out.status == "applied", out.report.format("en")
    agency = read("agency.yml", (repo.root / "plans/new-soum/agency.yml").read_bytes()).data
    assert agency["name"]["mn"] == "Шинэ сумын Засаг даргын Тамгын газар (SYNTHETIC)"
    assert agency["owners"] == ["@synthetic-clerk"]
    assert "W136" in {d.code for d in out.report.diagnostics}  # the region guessed, said so
    codeowners = (repo.root / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert "/plans/new-soum/ @synthetic-clerk" in codeowners
    assert (repo.root / "plans/new-soum/2021.yml").is_file()


def test_an_unknown_agency_without_a_name_for_it_is_told_how_to_add_it(repo):
    req = Request(Upload("2021.docx", plan_docx(_plan(repo))), "new-soum", YEAR)
    out = apply(repo.root, req)
    assert [d.code for d in out.report.errors] == ["E066"]
    assert repo.git("status", "--porcelain") == ""


def test_the_template_command_stamps_the_agency_year_and_head(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    out = repo.root.parent / "template.xlsx"
    assert cli(["template", "--year", "2022", "--agency", AGENCY, "-o", str(out)]) == 0
    head = repo.git("rev-parse", "HEAD")
    assert stamps.read(out.read_bytes()) == stamps.Stamp(AGENCY, 2022, head)


def test_the_sites_office_job_stamps_the_commit_that_last_changed_each_plan(tmp_path):
    from iltod.load import loader
    from iltod.site.office import OfficeJob

    job = OfficeJob(loader.load(sample.SAMPLE), commits=lambda agency, year: "b" * 40)
    written = job.write(tmp_path)
    xlsx = next(p for p in written if p.suffix == ".xlsx")
    assert stamps.read(xlsx.read_bytes()) == stamps.Stamp(AGENCY, YEAR, "b" * 40)


def test_an_agency_that_is_not_a_slug_never_names_a_path(repo):
    out = apply(repo.root, Request(Upload("r.docx", b"x"), "../govisumber-zdtg", YEAR))
    assert [d.code for d in out.report.errors] == ["E066"]


def test_a_retry_comment_with_the_fixed_file_attached_uses_that_file(repo):
    fixed = "https://github.com/user-attachments/files/17000003/2021-fixed.xlsx"
    files = {fixed: _download(repo, {"1.3": 100}), **_photos()}  # the form's old file unused
    out = apply(repo.root, _event("comment-retry-new-file.json", files))
    assert out.status == "applied", out.report.format("en")
    assert out.request.report.name == "2021-засвар.xlsx"
    assert out.request.issue == 46
    assert _measure(repo, "1.3")["percent"] == 100
