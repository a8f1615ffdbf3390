"""The "Verify this data" page checks a downloaded file in the reader's browser (Web Crypto
SHA-256 against data/release.json, fetched from the site itself): a CSV downloaded from the
plan page matches, the same file with one byte changed does not; no request leaves the site.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

PLAN_CSV = "data/govisumber-zdtg/2021.csv"


def test_a_downloaded_csv_matches_and_a_changed_one_does_not(
    page: Page, sample_url: str, tmp_path: Path
) -> None:
    hosts: list[str] = []
    page.on("request", lambda r: hosts.append(r.url))
    page.goto(sample_url + "govisumber-zdtg/2021/")
    with page.expect_download() as info:
        page.click(f'a[href$="{PLAN_CSV.removeprefix("data/")}"]')
    download = tmp_path / "2021.csv"
    info.value.save_as(download)

    page.goto(sample_url + "verify/")
    page.set_input_files(".il-verify input[type=file]", str(download))
    box = page.locator(".il-verify")
    expect(box).to_have_attribute("data-result", "ok")
    said = box.locator("output").inner_text()
    assert "govisumber-zdtg/2021.csv" in said
    assert said.startswith("✓")

    raw = bytearray(download.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    changed = tmp_path / "changed.csv"
    changed.write_bytes(bytes(raw))
    page.set_input_files(".il-verify input[type=file]", str(changed))
    expect(box).to_have_attribute("data-result", "differs")
    assert box.locator("output").inner_text().startswith("✗")
    assert all(u.startswith(sample_url) for u in hosts), [
        u for u in hosts if not u.startswith(sample_url)
    ]
