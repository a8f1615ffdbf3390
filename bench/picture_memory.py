"""Peak memory of a cold site build with one large evidence picture, against one small picture.

    python -m bench.picture_memory [--sizes png:12000x10000 jpeg:12000x9000 …]

Run it from the repository root. For each size, a repository whose one measure has one
SYNTHETIC picture (a smooth gradient with noise, so it compresses like a photo, not like a
blank page) is built cold (empty image cache) with ``mkdocs build --strict``; the peak RSS is
that of the build's process tree (``os.wait4``: the build and every worker it waited for). The
baseline is the same repository with a 1-megapixel picture, built in the same run. Prints, for
each size, whether the picture was published or refused (E303) and the peak against the
baseline. Not a timed test.

The peak is read by GNU time (``/usr/bin/time -f %M``), a small process: a child forked from
this one would start with this process's own high-water mark (the picture it just made), which
``ru_maxrss`` keeps across ``exec``. Pictures are made in a separate process for the same reason.
PNG, WebP and HEIC pictures are smooth (a scan, a chart) so they stay under the 20 MB file
limit; JPEGs carry a little noise, like a photo. ``jpeg+original`` publishes the picture as its
original too (``publish_original: true``). HEIC needs the optional pillow-heif.
"""

from __future__ import annotations

import argparse
import multiprocessing
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tests.support import images_repo, sitekit

DEFAULT_SIZES = [
    "png:12000x10000",  # 120 MP, the old limit for every format: issue 12 measured 1.46 GB
    "png:10000x8000",  # 80 MP: the PNG limit
    "png:8000x6000",  # 48 MP
    "webp:5000x5000",  # 25 MP: the WebP limit
    "webp:8000x6000",
    "heic:8000x6000",  # 48 MP: an iPhone's full-resolution photo
    "jpeg:12000x9000",  # 108 MP: the largest phone photos
    "jpeg+original:7000x7000",  # 49 MP published as its original
    "jpeg+original:8000x8000",
]


@dataclass
class Run:
    label: str
    megapixels: float
    file_mb: float
    peak_mb: float
    seconds: float
    outcome: str


def picture(kind: str, width: int, height: int, path: Path) -> None:
    """A SYNTHETIC picture: colour gradients, with a little noise in a JPEG."""
    small = (width // 8, height // 8)
    blue = Image.effect_noise(small, 24) if kind == "jpeg" else Image.new("L", small, 128)
    channels = [
        Image.linear_gradient("L").resize(small),
        Image.radial_gradient("L").resize(small),
        blue,
    ]
    img = Image.merge("RGB", channels).resize((width, height), Image.Resampling.BILINEAR)
    fmt = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP", "heic": "HEIF"}[kind]
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    params = {"PNG": {"compress_level": 9}, "JPEG": {"quality": 85}}
    img.save(path, fmt, **params.get(fmt, {"quality": 80}))


def _made_apart(kind: str, width: int, height: int, path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    maker = context.Process(target=picture, args=(kind, width, height, path))
    maker.start()
    maker.join()
    if maker.exitcode != 0:
        raise RuntimeError(f"making {path} failed")


def one(work: Path, label: str) -> Run:
    kind, size = label.split(":")
    kind, _, original = kind.partition("+")
    width, height = (int(n) for n in size.split("x"))
    root = work / label.replace(":", "-").replace("+", "-")
    name = f"picture.{kind if kind != 'jpeg' else 'jpg'}"
    whole = {name} if original else set()
    images_repo.make_repo(sitekit.make_repo(root), {name: b""}, original=whole)
    path = images_repo.evidence_dir(root) / name
    _made_apart(kind, width, height, path)
    started = time.perf_counter()
    out, peak = root / "site", root / "peak.txt"
    with (root / "build.log").open("wb") as log:
        code = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", str(peak), *sitekit.build_command(root, out)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=sitekit.build_env(),
            cwd=root,
            check=False,
        ).returncode
    text = (root / "build.log").read_text("utf-8", "replace")
    published = any((out / "assets/evidence").rglob("*.webp")) if out.is_dir() else False
    outcome = "published" if published else ("refused (E303)" if "E303" in text else "failed")
    if code != 0 and "E303" not in text:
        outcome = f"build failed ({code}): " + " | ".join(text.strip().splitlines()[-2:])
    return Run(
        label,
        width * height / 1e6,
        path.stat().st_size / 1e6,
        int(peak.read_text().split()[-1]) / 1024,
        time.perf_counter() - started,
        outcome,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=DEFAULT_SIZES)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="iltod-picture-") as tmp:
        base = one(Path(tmp), "png:1200x900")
        print(
            f"SYNTHETIC pictures, cold builds. Baseline (1 MP PNG): peak {base.peak_mb:.0f} MB, "
            f"{base.seconds:.1f} s, {base.outcome}"
        )
        for label in args.sizes:
            r = one(Path(tmp), label)
            print(
                f"{r.label:>18} ({r.megapixels:5.1f} MP, {r.file_mb:6.1f} MB file): peak "
                f"{r.peak_mb:5.0f} MB = {r.peak_mb / base.peak_mb:4.2f}× baseline, "
                f"{r.seconds:5.1f} s, {r.outcome}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
