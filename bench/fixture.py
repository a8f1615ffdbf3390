"""The SYNTHETIC national fixture: a repository of plans for iltod, and the same pages written as
hand-written Markdown for stock MkDocs + Material (the baseline).

Nothing here is real data: agencies and plans come from :mod:`iltod.synthetic` and say so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from bench import baseline
from iltod.model import Plan
from iltod.site import Site, guides
from iltod.site.options import SiteOptions
from tests.support import sample, sitekit, synthetic


def seed_plan() -> Plan:
    """The real seed report, as the frozen sample plan holds it (tests/fixtures/sample/, value for
    value; not plans/, which agencies update: the fixture's lengths and words stay put)."""
    return sample.plan()


def seed_lengths(plan: Plan | None = None) -> synthetic.Lengths:
    """Text lengths of the real seed report's measures."""
    return synthetic.Lengths.from_plan(plan or seed_plan())


def seed_vocabulary(plan: Plan | None = None) -> synthetic.Vocabulary:
    """Words of the real seed report and which word follows which."""
    return synthetic.Vocabulary.from_plan(plan or seed_plan())


def iltod_repo(
    dest: Path,
    agencies: int,
    measures: int,
    lengths: synthetic.Lengths | None,
    seed: int = 1,
    vocabulary: synthetic.Vocabulary | None = None,
    years: tuple[int, ...] = (2024,),
) -> Path:
    """The project's site configuration (mkdocs.yml, hooks, docs) plus ``agencies`` synthetic
    agencies whose texts have ``lengths`` (None: iltod.synthetic's longer default texts) and,
    with ``vocabulary``, the seed report's words; one plan per agency for each of ``years``
    (``bench.years.years_of(3)``: 2022, 2023, 2024)."""
    sitekit.make_repo(dest)
    synthetic.write_repository(
        dest,
        agencies,
        measures=measures,
        years=years,
        seed=seed,
        lengths=lengths,
        vocabulary=vocabulary,
    )
    _commit(dest)
    return dest


def seeded_repo(dest: Path, agencies: int, years: tuple[int, ...]) -> Path:
    """:func:`iltod_repo` with 25 measures a plan whose texts have the seed report's lengths
    and words: the fixture the small-site and rebuild benches measure."""
    plan = seed_plan()
    lengths, vocabulary = seed_lengths(plan), seed_vocabulary(plan)
    return iltod_repo(dest, agencies, 25, lengths, vocabulary=vocabulary, years=years)


def _commit(repo: Path) -> None:
    """One commit, as a national repository has history (the site reads it for its timelines)."""
    who = {
        "GIT_AUTHOR_NAME": "iltod bench",
        "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "iltod bench",
        "GIT_COMMITTER_EMAIL": "bench@example.invalid",
    }
    env = {
        **os.environ,
        **who,
        "GIT_AUTHOR_DATE": "2025-01-15T10:00:00",
        "GIT_COMMITTER_DATE": "2025-01-15T10:00:00",
    }
    for cmd in (
        ["init", "-q"],
        ["add", "-A"],
        ["commit", "-q", "-m", "SYNTHETIC national fixture"],
    ):
        subprocess.run(["git", *cmd], cwd=repo, env=env, check=True)


def baseline_repo(source: Path, dest: Path, years: list[int] | None = None) -> int:
    """Write the pages of the iltod site at ``source`` as Markdown files for stock Material.

    Same pages (one Markdown file per generated page, same URLs), same text, and a nav of the
    same hierarchy; Material's ``navigation.prune`` and its default search plugin. ``years``:
    only the pages of those reporting years, as the main site of one site per reporting year
    has them (``ILTOD_YEARS``, iltod/site/years.py); None: every year. Returns the number of
    pages written.
    """
    # Only the pages are needed: no Excel/Word worker, which would otherwise keep making files
    # in this process while the builds are being timed.
    site = Site(source, "mn", SiteOptions(office_downloads=False, years=years))
    docs = dest / "docs"
    shutil.copytree(source / "docs", docs, dirs_exist_ok=True)
    for src_uri, path in guides.published(docs).items():  # the engine's guides, as iltod adds them
        (docs / src_uri).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, docs / src_uri)
    for src_uri, text in site.generated_docs().items():
        (docs / src_uri).write_text(text, encoding="utf-8")
    writer = baseline.Writer(site)
    for src_uri, spec in site.pages.items():
        path = docs / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(writer.page(spec), encoding="utf-8")
    # The feeds page links the national Atom feed, which stock Material does not write: a
    # placeholder, so that its strict build does not stop on the missing target.
    if (docs / "feeds" / "index.md").is_file():
        (docs / "feeds" / "all.xml").write_text("<feed/>\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(
        _baseline_config(source / "mkdocs.yml", site.plan.nav), encoding="utf-8"
    )
    guide_pages = [u for u in guides.published(source / "docs") if u.endswith(".md")]
    own_pages = list((source / "docs").glob("*.md"))
    return len(site.pages) + len(own_pages) + len(guide_pages) + len(site.generated_docs())


def _baseline_config(project_config: Path, generated_nav: list) -> str:
    """The project's mkdocs.yml with stock search, no iltod hook, and the nav written out."""
    text = project_config.read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^hooks:\n(  .*\n)+", "", text)
    text = re.sub(r"(?m)^plugins:.*$", "plugins:\n  - search", text)
    head, _, docs_nav = text.partition("\nnav:\n")
    nav = yaml.safe_dump(generated_nav, allow_unicode=True, width=10_000, sort_keys=False)
    return head + "\nnav:\n" + _indent(nav) + docs_nav


def _indent(block: str) -> str:
    return "".join("  " + line + "\n" for line in block.splitlines())


def change_one_plan(repo: Path) -> str:
    """An agency's update, as a merged pull request brings it: one percent of the middle
    agency's newest plan changed and committed (the current year's, which the main site of one
    site per reporting year builds). Returns the plan's path."""
    agencies = sorted(p.parent for p in (repo / "plans").glob("*/agency.yml"))
    agency = agencies[len(agencies) // 2]
    path = max((p for p in agency.glob("*.yml") if p.name != "agency.yml"), key=lambda p: p.stem)
    text = path.read_text(encoding="utf-8")
    old = re.search(r"percent: (\d+)", text)
    assert old is not None, path
    new = "30" if old.group(1) != "30" else "70"
    path.write_text(text[: old.start(1)] + new + text[old.end(1) :], encoding="utf-8")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "iltod bench",
        "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "iltod bench",
        "GIT_COMMITTER_EMAIL": "bench@example.invalid",
        "GIT_AUTHOR_DATE": "2025-02-15T10:00:00",
        "GIT_COMMITTER_DATE": "2025-02-15T10:00:00",
    }
    rel = path.relative_to(repo).as_posix()
    subprocess.run(["git", "add", rel], cwd=repo, env=env, check=True)
    subprocess.run(
        ["git", "commit", "-q", "-m", f"SYNTHETIC update of {rel}"], cwd=repo, env=env, check=True
    )
    return rel
