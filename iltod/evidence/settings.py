"""The pipeline's settings, and the labels a reader sees next to evidence."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

import PIL

# Bump when the encoder's output changes for the same settings: it invalidates the cache.
PIPELINE_VERSION = 3


@dataclass(frozen=True)
class Settings:
    """How evidence is checked and published.

    Attributes:
        widths: Published WebP widths in pixels; an image narrower than one is never upscaled,
            its own width is published instead.
        quality: WebP quality (0–100). 80 keeps a 4000×3000 phone photo's largest version
            well under 15 % of the original's bytes (see ``bench/images.py``).
        method: WebP effort (0–6); 4 is libwebp's default, 6 is ~1.7× slower for ~10 % fewer bytes.
        max_bytes: Largest attachment accepted, in bytes (GitHub refuses files over 100 MB).
        max_pixels: Largest image accepted, in pixels: 120 MP admits 108 MP phone photos and
            refuses decompression bombs before they are decoded. Only a JPEG can be this
            large: its decoder scales it down while decoding, so memory stays small.
        decode_budget: Bytes one picture may take while it is decoded at full size: every
            PNG, WebP and HEIC (their decoders cannot scale down) and a JPEG published with
            ``publish_original``. Each format's pixel limit follows from it and what its
            decoder holds per pixel (:data:`iltod.evidence.guard.DECODE_COST`): 400 MB keeps a
            build with one such picture under about 500 MB (``bench/picture_memory.py``).
        original_quality: JPEG quality of the full-size copy published for
            ``publish_original: true`` (PNG sources stay lossless PNG).
    """

    widths: tuple[int, ...] = (480, 960, 1600)
    quality: int = 80
    method: int = 4
    max_bytes: int = 20_000_000
    max_pixels: int = 120_000_000
    decode_budget: int = 400_000_000
    original_quality: int = 92

    def fingerprint(self) -> str:
        """What the encoded outputs depend on, besides the source bytes."""
        fields = asdict(self)
        fields.pop("max_bytes")  # limits decide acceptance, not output
        fields.pop("max_pixels")
        fields.pop("decode_budget")
        fields["pipeline"] = PIPELINE_VERSION
        fields["pillow"] = PIL.__version__
        return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:16]


DEFAULT = Settings()


def size_label(n: int) -> str:
    """A human-readable size in decimal units: ``532 B``, ``48 KB``, ``1.2 MB``."""
    if n < 1000:
        return f"{n} B"
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if n < scale * 1000 or unit == "GB":
            value = n / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    raise AssertionError  # pragma: no cover
