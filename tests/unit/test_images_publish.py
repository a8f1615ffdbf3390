"""Spec: published images are upright, metadata-free WebP variants, never upscaled; work is done
once (an unchanged rebuild encodes 0 images); a bad image is skipped with a located error and
leaves no partial file. All images are SYNTHETIC, made by Pillow."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from iltod.evidence.encode import widths
from iltod.evidence.publish import Published, publish
from iltod.load import loader
from iltod.load.attachments import entries
from tests.support.images_repo import encoded, evidence_dir, line_of, make_repo, riff_chunks
from tests.support.photos import gps_exif, phone_jpeg, photo

KEY = ("test-agency", 2024, "1.1")


def _upright(width: int, height: int) -> Image.Image:
    """Left half red, right half blue: orientation mistakes show as wrong colours."""
    img = Image.new("RGB", (width, height), (220, 0, 0))
    img.paste((0, 0, 220), (width // 2, 0, width, height))
    return img


def _publish(root: Path, **kw: object) -> Published:
    return publish(
        entries(loader.load(root)), root / "site", root / ".cache" / "images", workers=1, **kw
    )  # type: ignore[arg-type]


def _open(root: Path, src: str) -> Image.Image:
    return Image.open(io.BytesIO((root / "site" / src).read_bytes()))


def test_exif_orientation_applied_and_all_metadata_gone(tmp_path: Path) -> None:
    stored = _upright(1200, 900).transpose(
        Image.Transpose.ROTATE_90
    )  # sideways, as a phone stores it
    root = make_repo(tmp_path, {"phone.jpg": phone_jpeg(stored, exif=gps_exif(orientation=6))})
    [item] = _publish(root).gallery(*KEY)
    big = _open(root, item["href"])
    assert (big.format, big.mode, big.size) == ("WEBP", "RGB", (1200, 900))
    assert big.getpixel((100, 450))[0] > 150  # red left
    assert big.getpixel((1100, 450))[2] > 150  # blue right
    for src in [part.split(" ")[0] for part in item["srcset"].split(", ")]:
        data = (root / "site" / src).read_bytes()
        assert not {b"EXIF", b"XMP ", b"ICCP"} & set(riff_chunks(data))
        assert b"GPS" not in data
        assert b"Synthetic Phone" not in data
        img = Image.open(io.BytesIO(data))
        assert not img.getexif()
        assert not {"exif", "xmp", "icc_profile"} & set(img.info)


def test_icc_profile_is_converted_then_dropped(tmp_path: Path) -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    root = make_repo(tmp_path, {"icc.jpg": encoded(_upright(600, 400), "JPEG", icc_profile=srgb)})
    [item] = _publish(root).gallery(*KEY)
    assert "ICCP" not in {
        c.decode() for c in riff_chunks((root / "site" / item["href"]).read_bytes())
    }


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (2000, [1600, 960, 480]),
        (1200, [1200, 960, 480]),
        (1100, [1100, 480]),
        (960, [960, 480]),
        (500, [500]),
        (300, [300]),
    ],
)
def test_widths_never_upscale(width: int, expected: list[int]) -> None:
    assert widths(width, (480, 960, 1600)) == expected


def test_gallery_items_and_sizes(tmp_path: Path) -> None:
    pdf = encoded(Image.new("RGB", (50, 50), "white"), "PDF")
    root = make_repo(
        tmp_path,
        {
            "wide.png": encoded(_upright(2000, 1000), "PNG"),
            "small.jpg": encoded(_upright(300, 200), "JPEG"),
            "r.pdf": pdf,
        },
    )
    wide, small, doc = _publish(root).gallery(*KEY)
    assert wide["srcset"].endswith("1600w")
    assert wide["srcset"].count("w,") == 2
    assert (wide["width"], wide["height"], wide["full_width"], wide["full_height"]) == (
        480,
        240,
        1600,
        800,
    )
    assert _open(root, wide["href"]).size == (1600, 800)
    assert _open(root, wide["src"]).size == (480, 240)
    assert small["srcset"].endswith(" 300w")
    assert _open(root, small["href"]).size == (300, 200)
    assert (doc["kind"], doc["type_label"], doc["caption"]) == ("file", "PDF", "Зураг r.pdf")
    assert doc["size_label"].endswith(("B", "KB"))
    with pikepdf.open(root / "site" / doc["href"]) as published:  # cleaned, not the same bytes
        assert len(published.pages) == 1
        assert "/Info" not in published.trailer
    assert wide.keys() == doc.keys()  # every key in both kinds: templates never hit Undefined


def test_unchanged_rebuild_encodes_nothing(tmp_path: Path) -> None:
    files = {f"p{i}.jpg": encoded(_upright(700 + i, 500), "JPEG") for i in range(3)}
    root = make_repo(tmp_path, files)
    first = _publish(root).counters
    assert (first.encoded, first.cached) == (3, 0)
    again = _publish(root).counters
    assert (again.encoded, again.cached, again.images) == (0, 3, 3)
    (evidence_dir(root) / "p1.jpg").write_bytes(encoded(_upright(640, 480), "JPEG"))
    changed = _publish(root).counters
    assert (changed.encoded, changed.cached) == (1, 2)


def test_two_worker_processes(tmp_path: Path) -> None:
    root = make_repo(
        tmp_path, {f"p{i}.png": encoded(_upright(600, 400 + i), "PNG") for i in range(4)}
    )
    out = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images", workers=2)
    assert out.counters.encoded == 4
    assert len(out.gallery(*KEY)) == 4


def test_bad_image_found_at_encode_time_is_skipped_with_a_located_error(tmp_path: Path) -> None:
    good = encoded(_upright(600, 400), "JPEG")
    noisy = encoded(Image.effect_noise((600, 400), 40).convert("RGB"), "JPEG")
    root = make_repo(tmp_path, {"good.jpg": good, "cut.jpg": noisy})
    repo = loader.load(root)
    # Damaged after validation (a later copy, a disk error): publishing must still cope.
    (evidence_dir(root) / "cut.jpg").write_bytes(noisy[: len(noisy) // 2])
    out = publish(entries(repo), root / "site", root / ".cache" / "images", workers=1)
    assert [(d.code, d.line) for d in out.report.diagnostics] == [
        ("E304", line_of(root, "cut.jpg"))
    ]
    assert [i["name"] for i in out.gallery(*KEY)] == ["good.jpg"]
    assert out.counters.skipped == 1
    assert not [p for p in (root / "site").rglob("*") if p.name.startswith(".")]  # no temp files
    assert not list((root / ".cache" / "images").rglob("*.tmp"))


def test_publish_original_is_full_size_and_still_stripped(tmp_path: Path) -> None:
    stored = _upright(900, 600).transpose(Image.Transpose.ROTATE_90)
    root = make_repo(
        tmp_path, {"doc.jpg": phone_jpeg(stored, exif=gps_exif(6))}, original={"doc.jpg"}
    )
    [item] = _publish(root).gallery(*KEY)
    full = _open(root, item["original_href"])
    assert (full.format, full.size) == ("JPEG", (900, 600))
    assert not full.getexif()
    assert b"GPS" not in (root / "site" / item["original_href"]).read_bytes()


def test_without_the_flag_no_original_is_published(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"a.jpg": phone_jpeg(_upright(2000, 1500))})
    [item] = _publish(root).gallery(*KEY)
    assert item["original_href"] == ""
    assert all(p.suffix == ".webp" for p in (root / "site").rglob("*") if p.is_file())


def test_phone_photo_largest_output_is_under_15_percent(tmp_path: Path) -> None:
    """The size target of issue 4, on a SYNTHETIC 4000×3000 photo (noise + gradients + shapes)."""
    original = phone_jpeg(photo(4000, 3000), quality=92)
    root = make_repo(tmp_path, {"phone.jpg": original})
    [item] = _publish(root).gallery(*KEY)
    largest = (root / "site" / item["href"]).stat().st_size
    assert largest <= 0.15 * len(original), (largest, len(original))


def test_a_published_name_never_stands_for_two_encodings(tmp_path: Path) -> None:
    """Evidence is served with an immutable cache header (dev/deployment.md): when the encoder
    settings change, the published names change too, so no reader keeps a stale image."""
    from iltod.evidence.settings import Settings

    root = make_repo(tmp_path, {"p.jpg": encoded(_upright(900, 600), "JPEG")})
    before = {i["href"] for i in _publish(root).gallery(*KEY)}
    again = {i["href"] for i in _publish(root).gallery(*KEY)}
    after = {i["href"] for i in _publish(root, settings=Settings(quality=60)).gallery(*KEY)}
    assert before == again
    assert before.isdisjoint(after)
