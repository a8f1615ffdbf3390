"""Spec: every attachment is checked by ``iltod validate`` without encoding, and each refusal is
a located, bilingual diagnostic (E3xx), never a crash. All images are SYNTHETIC, made by Pillow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from iltod.evidence import Settings, check_file, guard, heif_available
from iltod.load import loader
from tests.support.images_repo import (
    encoded,
    evidence_dir,
    jpeg_header_only,
    line_of,
    make_repo,
    png_header_only,
)

JPEG = encoded(Image.new("RGB", (64, 48), (200, 120, 40)), "JPEG")
PNG = encoded(Image.new("RGB", (64, 48), (40, 120, 200)), "PNG")
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def _validate(tmp_path: Path, files: dict[str, bytes]) -> list[tuple[str, int, str]]:
    repo = loader.load(make_repo(tmp_path, files))
    return [(d.code, d.line, d.field) for d in repo.report.sorted()]


def _one(tmp_path: Path, name: str, data: bytes) -> tuple[str, int, str]:
    found = _validate(tmp_path, {name: data})
    assert len(found) == 1, found
    _, line, field = found[0]
    assert line == line_of(tmp_path, name)
    assert field == "objectives[0].measures[0].attachments.items[0].file"
    return found[0]


def test_clean_images_and_files_pass(tmp_path: Path) -> None:
    pdf = encoded(Image.new("RGB", (20, 20), "white"), "PDF")
    assert _validate(tmp_path, {"a.jpg": JPEG, "b.png": PNG, "c.pdf": pdf}) == []


def test_html_named_jpg_is_refused(tmp_path: Path) -> None:
    assert _one(tmp_path, "photo.jpg", HTML)[0] == "E302"


def test_pdf_named_jpg_is_a_mismatch(tmp_path: Path) -> None:
    pdf = encoded(Image.new("RGB", (20, 20), "white"), "PDF")
    assert _one(tmp_path, "photo.jpg", pdf)[0] == "E301"


def test_svg_with_script_is_refused_under_any_name(tmp_path: Path) -> None:
    assert _one(tmp_path / "a", "logo.svg", SVG)[0] == "E302"
    assert _one(tmp_path / "b", "logo.png", SVG)[0] == "E302"


def test_bomb_header_is_an_error_not_a_warning(tmp_path: Path) -> None:
    # 100 000 × 100 000 pixels claimed by a file of under 200 bytes.
    assert _one(tmp_path, "bomb.png", png_header_only(100_000, 100_000))[0] == "E303"


# 3,072 pixels: over 2,000 is Pillow's warning band (limit to twice the limit), over 1,000 its
# error.
@pytest.mark.parametrize("limit", [2000, 1000])
def test_pixel_limit_is_a_setting_and_names_the_size(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(PNG)
    [problem] = check_file(path, "big.png", Settings(max_pixels=limit))
    assert problem.code == "E303"
    assert "64×48" in problem.args["got"]


def test_a_120_megapixel_png_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    """Issue 12, row 12: a 120-megapixel PNG was accepted, and a cold build with it peaked at
    1.46 GB. A PNG is decoded whole (its decoder cannot scale down), so it is held to what
    fits the decode budget: 80 MP (``bench/picture_memory.py`` measures the builds)."""
    code, _, _ = _one(tmp_path, "scan.png", png_header_only(12_000, 10_000))
    assert code == "E303"
    repo = loader.load(tmp_path)
    assert "80,000,000" in repo.report.sorted()[0].message_en


@pytest.mark.parametrize(
    ("fmt", "whole", "limit"),
    [
        ("JPEG", False, 120_000_000),  # decoded at a reduced scale
        ("JPEG", True, 50_000_000),  # published as its original: decoded whole
        ("PNG", False, 80_000_000),
        ("PNG", True, 50_000_000),
        ("HEIF", False, 50_000_000),  # 48 MP iPhone photos pass
        ("WEBP", False, 25_000_000),
    ],
)
def test_each_format_is_limited_to_what_its_decoder_holds_in_the_budget(fmt, whole, limit):
    assert guard.pixel_limit(fmt, Settings(), whole) == limit
    scaled = fmt == "JPEG" and not whole  # only the budget of a whole decode matters
    small = guard.pixel_limit(fmt, Settings(decode_budget=1600), whole)
    assert small == 120_000_000 if scaled else small <= 1600 // 4


@pytest.mark.parametrize(
    ("fmt", "size", "code"),
    [("WEBP", (10, 10), None), ("WEBP", (11, 10), "E303"), ("PNG", (20, 16), None),
     ("PNG", (21, 16), "E303"), ("JPEG", (64, 48), None)],
)  # fmt: skip
def test_the_limit_applies_to_real_files_of_each_format(tmp_path: Path, fmt, size, code) -> None:
    """With a budget of 1,600 bytes: WebP 16 bytes a pixel → 100 pixels, PNG 5 → 320; a JPEG
    is decoded scaled down, so it is held to max_pixels only."""
    name = f"x.{fmt.lower()}"
    path = tmp_path / name
    path.write_bytes(encoded(Image.new("RGB", size, "white"), fmt))
    problems = check_file(path, name.replace("jpeg", "jpg"), Settings(decode_budget=1600))
    assert [p.code for p in problems] == ([code] if code else [])


def test_a_picture_published_whole_is_held_to_the_whole_limit(tmp_path: Path) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(encoded(Image.new("RGB", (15, 15), "white"), "JPEG"))
    settings = Settings(decode_budget=1600)  # 8 bytes a pixel when published whole → 200
    assert check_file(path, "x.jpg", settings) == []
    assert [p.code for p in check_file(path, "x.jpg", settings, whole=True)] == ["E303"]


def test_validate_holds_a_jpeg_published_as_its_original_to_the_whole_limit(tmp_path: Path):
    """A 64-megapixel JPEG passes (decoded scaled down), but not with publish_original: the
    header says so before anything is decoded."""
    big = jpeg_header_only(8000, 8000)
    assert _validate(tmp_path / "a", {"a.jpg": big}) == []
    root = make_repo(tmp_path / "b", {"b.jpg": big}, original={"b.jpg"})
    assert [d.code for d in loader.load(root).report.sorted()] == ["E303"]


def test_truncated_jpeg_is_an_error(tmp_path: Path) -> None:
    img = Image.effect_noise((300, 200), 40).convert("RGB")
    data = encoded(img, "JPEG", quality=90)
    assert _one(tmp_path, "cut.jpg", data[: len(data) // 2])[0] == "E304"


def test_corrupt_png_checksum_is_an_error(tmp_path: Path) -> None:
    data = bytearray(PNG)
    data[-20] ^= 0xFF  # inside the image data chunk
    assert _one(tmp_path, "bad.png", bytes(data))[0] == "E304"


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(JPEG)
    [problem] = check_file(path, "a.jpg", Settings(max_bytes=100))
    assert problem.code == "E300"
    assert problem.args["limit"] == "100 B"


@pytest.mark.parametrize("name", ["tool.exe", "anim.gif", "noextension"])
def test_unsupported_types(tmp_path: Path, name: str) -> None:
    assert _one(tmp_path, name, b"GIF89a...")[0] == "E306"


def test_png_named_jpg_is_only_a_warning(tmp_path: Path) -> None:
    assert _one(tmp_path, "scan.jpg", PNG)[0] == "W300"


def test_traversal_and_symlink_are_refused(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"a.jpg": JPEG})
    (tmp_path / "secret.jpg").write_bytes(JPEG)
    (evidence_dir(root) / "link.jpg").symlink_to(tmp_path / "secret.jpg")
    plan = root / "plans" / "test-agency" / "2024.yml"
    text = plan.read_text(encoding="utf-8").replace('"a.jpg"', '"../../../../secret.jpg"')
    plan.write_text(
        text + '            - file: "link.jpg"\n              caption: "x"\n', encoding="utf-8"
    )
    assert [d.code for d in loader.load(root).report.sorted()] == ["E031", "E032"]


def test_heic_without_plugin_asks_for_jpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("iltod.evidence.inspect.heif_available", lambda: False)
    heic = b"\x00\x00\x00\x1cftypheic\x00\x00\x00\x00mif1heic" + bytes(40)
    diagnostic = loader.load(make_repo(tmp_path, {"IMG_0001.HEIC": heic})).report.sorted()[0]
    assert diagnostic.code == "E305"
    assert "export the photo as JPEG" in diagnostic.format()
    assert "мн: " in diagnostic.format()


@pytest.mark.skipif(not heif_available(), reason="pillow-heif not installed")
def test_heic_with_plugin_validates(tmp_path: Path) -> None:
    heic = encoded(Image.new("RGB", (64, 48), (10, 200, 30)), "HEIF")
    assert _validate(tmp_path, {"IMG_0001.heic": heic}) == []


def test_validate_decodes_once_per_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_repo(tmp_path, {"a.jpg": JPEG})
    calls = []
    from iltod.evidence import inspect

    real = inspect.verify
    monkeypatch.setattr(inspect, "verify", lambda *a, **k: calls.append(a) or real(*a, **k))
    loader.load(root)
    loader.load(root)
    assert len(calls) == 1
