"""SYNTHETIC test images: Pillow-generated stand-ins for phone photos. Not evidence of anything.

``photo()`` imitates what makes real photos hard to compress — smooth gradients (sky, walls),
mid-scale texture (foliage, fabric), hard-edged objects and fine sensor noise — without any
external data. Deterministic for a given seed.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter


def photo(width: int = 4000, height: int = 3000, seed: int = 1, noise: float = 10.0) -> Image.Image:
    """A synthetic RGB "photo" of the given size."""
    rnd = random.Random(seed)
    channels = []
    for _ in range(3):
        gradient = Image.linear_gradient("L").rotate(rnd.randint(0, 359)).resize((width, height))
        blobs = _smooth_noise(width, height, 64, 60)
        texture = _smooth_noise(width, height, 8, 40)
        channels.append(Image.blend(Image.blend(gradient, blobs, 0.45), texture, 0.25))
    img = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x, y, s = rnd.randrange(width), rnd.randrange(height), rnd.randint(width // 100, width // 7)
        box = (x, y, x + s, y + s * rnd.uniform(0.3, 2))
        colour = tuple(rnd.randrange(256) for _ in range(3))
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    if noise:
        # effect_noise is not seeded; it adds realism, not determinism of pixels. Sizes,
        # modes and byte ratios are what tests assert on.
        grain = Image.effect_noise((width, height), noise).convert("RGB")
        img = ImageChops.add(img, grain, scale=1.0, offset=-128)
    return img


def _smooth_noise(width: int, height: int, cell: int, sigma: float) -> Image.Image:
    small = Image.effect_noise((max(1, width // cell), max(1, height // cell)), sigma)
    return small.resize((width, height), Image.Resampling.BICUBIC)


def phone_jpeg(img: Image.Image, quality: int = 92, exif: Image.Exif | None = None) -> bytes:
    """Encode like a phone camera: JPEG, 4:2:0, high quality, optional EXIF."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, subsampling="4:2:0", exif=exif or Image.Exif())
    return buf.getvalue()


def gps_exif(orientation: int = 1) -> Image.Exif:
    """EXIF with an orientation tag, a camera model and a SYNTHETIC GPS position (0° N, 0° E)."""
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x0110] = "Synthetic Phone"  # Model
    exif[0x8825] = {1: "N", 2: (0.0, 0.0, 1.0), 3: "E", 4: (0.0, 0.0, 1.0)}  # GPSInfo
    return exif
