"""The deploy encodes only new or changed photos: its image cache is kept between deploys, keyed
by the content of the evidence, and restored even when the key changed (SYNTHETIC photos)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PIL import Image

from iltod.evidence.publish import publish
from iltod.load import loader
from iltod.load.attachments import entries
from tests.support.images_repo import AGENCY, YEAR, encoded, evidence_dir, make_repo
from tests.support.sitekit import ROOT


def _steps(workflow: str, job: str) -> list[dict[str, Any]]:
    wf = yaml.safe_load((ROOT / ".github/workflows" / workflow).read_text(encoding="utf-8"))
    steps: list[dict[str, Any]] = wf["jobs"][job]["steps"]
    return steps


def _cache(step: dict[str, Any], kind: str, path: str) -> bool:
    """The step restores or saves (``kind``) the cache of ``path``."""
    uses = step.get("uses", "").split("@")[0]
    return uses == f"actions/cache/{kind}" and step["with"]["path"] == path


def test_the_deploy_keeps_the_image_cache_keyed_by_the_evidence() -> None:
    steps = _steps("deploy.yml", "build")
    build = next(i for i, s in enumerate(steps) if "iltod build" in s.get("run", ""))
    # the images' cache, and the build cache of pages, office files, the open data's parts and
    # the compiled theme (iltod/site/pagecache.py, dataparts.py; .cache/theme: issue 28), the
    # plan versions the history read (iltod/history/statecache.py) and the files the loader
    # read, iltod/load/sourcecache.py, and the Atom feeds, iltod/site/feedcache.py
    build_cache = (
        ".cache/pages\n.cache/office\n.cache/opendata\n.cache/theme\n.cache/history\n"
        ".cache/sources\n.cache/feeds\n"
    )
    for path in (".cache/images", build_cache):
        (restore_at,) = [i for i, s in enumerate(steps) if _cache(s, "restore", path)]
        (save_at,) = [i for i, s in enumerate(steps) if _cache(s, "save", path)]
        assert restore_at < build < save_at
        assert steps[save_at]["if"].startswith("always()")
        assert steps[save_at]["with"]["key"] == (
            f"${{{{ steps.{steps[restore_at]['id']}.outputs.cache-primary-key }}}}"
        )
    restore = next(s for s in steps if _cache(s, "restore", ".cache/images"))
    save = next(s for s in steps if _cache(s, "save", ".cache/images"))
    key = restore["with"]["key"]
    assert "hashFiles('attachments/**')" in key
    assert "hashFiles('iltod/evidence/**', 'requirements/locked.txt')" in key  # the pipeline
    pipeline = key.split("}}-")[0] + "}}-"
    assert restore["with"]["restore-keys"].splitlines() == [pipeline, "evidence-"]
    assert save["if"].startswith("always()")  # a build stopped by its time limit keeps its work
    assert "timeout-minutes" in steps[build]
    # the pull-request check reads the same cache and never writes it
    pr = [s.get("uses", "").split("@")[0] for s in _steps("pr.yml", "data")]
    assert "actions/cache/restore" in pr
    assert "actions/cache/save" not in pr
    assert "actions/cache" not in pr


def _photo(seed: int) -> bytes:
    return encoded(Image.new("RGB", (1000, 750), (seed * 50 % 256, 90, 160)), "JPEG", quality=90)


def test_a_deploy_with_one_new_photo_encodes_exactly_one(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {f"p{i}.jpg": _photo(i) for i in range(3)})
    cache = root / ".cache" / "images"  # what actions/cache keeps between deploys

    def deploy() -> tuple[int, int]:
        out = publish(entries(loader.load(root)), root / "site", cache, workers=1)
        return out.counters.encoded, out.counters.cached

    assert deploy() == (3, 0)
    assert deploy() == (0, 3)
    (evidence_dir(root) / "new.jpg").write_bytes(_photo(7))
    plan = root / "plans" / AGENCY / f"{YEAR}.yml"
    plan.write_text(plan.read_text(encoding="utf-8") + '            - file: "new.jpg"\n', "utf-8")
    assert deploy() == (1, 3)
