"""Benchmark of the image pipeline on SYNTHETIC 4000×3000 phone photos. Not a test: it prints.

For each photo: the original JPEG's bytes, every published WebP's bytes and its share of the
original, and the encode time. Then a whole-repository run with 2 workers (the deploy's):
photos per minute, the number that sizes the deploy's time limit (dev/deployment.md); the
same run again, as the next deploy with a kept cache, which must encode nothing; and a deploy
with one new photo, which must encode exactly one. Every ratio is measured in this run.

    python -m bench.images [--photos 4] [--quality 80] [--noise 10]

Run it from the repository root.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from iltod.evidence import cache
from iltod.evidence.encode import Job, encode
from iltod.evidence.inspect import file_digest
from iltod.evidence.publish import publish
from iltod.evidence.settings import Settings
from iltod.load import loader
from iltod.load.attachments import entries
from tests.support.images_repo import AGENCY, YEAR, evidence_dir, make_repo
from tests.support.photos import phone_jpeg, photo


def main() -> None:
    args = argparse.ArgumentParser(
        prog="python -m bench.images", description=__doc__.splitlines()[0]
    )
    args.add_argument("--photos", type=int, default=4)
    args.add_argument("--quality", type=int, default=Settings().quality)
    args.add_argument(
        "--noise",
        type=float,
        default=10.0,
        help="sensor-noise sigma; lower means a smaller original",
    )
    opts = args.parse_args()
    settings = Settings(quality=opts.quality)
    with tempfile.TemporaryDirectory() as tmp:
        files = {
            f"photo-{i}.jpg": phone_jpeg(photo(4000, 3000, seed=i, noise=opts.noise), quality=92)
            for i in range(opts.photos)
        }
        root = make_repo(Path(tmp) / "repo", files)
        print(
            f"SYNTHETIC 4000×3000 photos (noise σ {opts.noise:g}), phone-like JPEG q92 4:2:0; "
            f"WebP q{settings.quality} m{settings.method}"
        )
        _per_image(root, files, settings, Path(tmp) / "single")
        _repository(root, settings)
        _add_photo(root, phone_jpeg(photo(4000, 3000, seed=opts.photos, noise=opts.noise), 92))
        _run(root, settings, "one new photo")


def _per_image(root: Path, files: dict[str, bytes], settings: Settings, cache_dir: Path) -> None:
    print(
        f"{'image':<12}{'original':>12}"
        + "".join(f"{f'w{w}':>18}" for w in sorted(settings.widths, reverse=True))
        + f"{'encode':>10}"
    )
    for name, data in files.items():
        path = root / "attachments" / "test-agency" / "2024" / "1.1" / name
        key = cache.key(file_digest(path), settings, False)
        started = time.perf_counter()
        meta = encode(Job(str(path), key, str(cache_dir), settings, False))
        seconds = time.perf_counter() - started
        cells = "".join(
            f"{v['bytes']:>9,} {100 * v['bytes'] / len(data):5.1f} %  " for v in meta["variants"]
        )
        print(f"{name:<12}{len(data):>12,}  {cells}{seconds:>7.2f} s")


def _repository(root: Path, settings: Settings) -> None:
    first = _run(root, settings, "first build")
    photos, seconds = first.encoded, first.seconds
    print(
        f"{'':<18} {photos / seconds * 60:.1f} photos per minute "
        f"({seconds / photos:.2f} s a photo, 2 workers)"
    )
    _run(root, settings, "unchanged rebuild")


@dataclass
class Run:
    encoded: int
    seconds: float


def _run(root: Path, settings: Settings, label: str) -> Run:
    cache_dir = root / ".cache" / "images"
    started = time.perf_counter()
    out = publish(
        entries(loader.load(root)), root / "site", cache_dir, settings=settings, workers=2
    )
    wall = time.perf_counter() - started
    c = out.counters
    print(
        f"{label:<18} encoded {c.encoded}, cached {c.cached}, bytes in {c.bytes_in:,}, "
        f"bytes out {c.bytes_out:,} ({100 * c.bytes_out / c.bytes_in:.1f} %), "
        f"wall {wall:.2f} s, worker time {c.encode_seconds:.2f} s"
    )
    return Run(c.encoded, wall)


def _add_photo(root: Path, data: bytes) -> None:
    """A new photo declared in the plan: what the next pull request of an agency brings."""
    (evidence_dir(root) / "new-photo.jpg").write_bytes(data)
    plan = root / "plans" / AGENCY / f"{YEAR}.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text + '            - file: "new-photo.jpg"\n', encoding="utf-8")


if __name__ == "__main__":
    main()
