"""Write the SYNTHETIC demo agency's evidence into ``examples/demo-gallery/``:
``attachments/demo-gallery/2024/…``.

The demo exists to show the gallery; every picture is generated here, labelled "ЖИШЭЭ / DEMO
(synthetic)" on the image itself, and kept small (the whole set is well under 300 KB).
Run from the repository root: ``python -m bench.make_demo``.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.support.photos import gps_exif, phone_jpeg, photo

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "examples" / "demo-gallery" / "attachments" / "demo-gallery" / "2024"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size)


def labelled(width: int, height: int, seed: int, title: str) -> Image.Image:
    img = photo(width, height, seed=seed, noise=0)
    draw = ImageDraw.Draw(img)
    size = max(14, width // 22)
    for i, line in enumerate(("ЖИШЭЭ / DEMO (synthetic)", title)):
        y = height // 2 - size + i * int(size * 1.4)
        draw.text(
            (width // 2, y),
            line,
            font=_font(size),
            fill="white",
            anchor="mm",
            stroke_width=3,
            stroke_fill="black",
        )
    return img


def main() -> None:
    argparse.ArgumentParser(
        prog="python -m bench.make_demo",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    ).parse_args()  # no options: --help says what it writes, without writing it
    m1, m2 = FOLDER / "1.1", FOLDER / "1.2"
    for folder in (m1, m2):
        folder.mkdir(parents=True, exist_ok=True)
    # A landscape "training" photo.
    (m1 / "surgalt-1.jpg").write_bytes(
        phone_jpeg(labelled(1100, 733, 1, "Сургалт / training"), quality=60)
    )
    # Stored sideways with EXIF orientation 6 and a synthetic GPS tag: the site shows it upright
    # and without the GPS position.
    upright = labelled(640, 800, 2, "EXIF orientation 6")
    sideways = upright.transpose(Image.Transpose.ROTATE_90)
    (m1 / "uulzalt-2.jpg").write_bytes(
        phone_jpeg(sideways, quality=60, exif=gps_exif(orientation=6))
    )
    # A small PNG: narrower than every published width, so it is published at its own width.
    labelled(360, 240, 3, "360 px PNG").quantize(64).save(m1 / "poster-small.png", optimize=True)
    # A one-page PDF report (Pillow writes PDFs from images).
    page = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(page)
    draw.text((40, 60), "ЖИШЭЭ / DEMO (synthetic)", font=_font(30), fill="black")
    draw.text(
        (40, 120),
        "Тайлан — зохиомол баримт / Report — synthetic document",
        font=_font(18),
        fill="black",
    )
    buf = io.BytesIO()
    page.convert("L").save(buf, "PDF", resolution=72)
    (m1 / "tailan.pdf").write_bytes(buf.getvalue())
    (m2 / "samban-1.jpg").write_bytes(
        phone_jpeg(labelled(900, 600, 4, "Самбар / board"), quality=60)
    )
    total = sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file())
    print(f"demo evidence: {total:,} bytes in {FOLDER.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
