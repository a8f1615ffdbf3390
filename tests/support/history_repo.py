"""Build small git repositories of plans for the history, feed and diff tests.

Commits get fixed author and committer dates, so every date in an assertion is known in advance.
Git runs with no global or system configuration, so the tester's own settings cannot leak in.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_COMMITTER_NAME": "Integrator",
    "GIT_COMMITTER_EMAIL": "ci@example.org",
}


class GitRepo:
    """A throw-away repository with a ``plans/`` folder."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        done = subprocess.run(
            ["git", *args],
            cwd=self.root,
            env={**os.environ, **ENV, **(env or {})},
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    @staticmethod
    def clone_shallow(source: Path, target: Path, depth: int) -> None:
        subprocess.run(
            ["git", "clone", "-q", f"--depth={depth}", f"file://{source}", str(target)],
            env={**os.environ, **ENV},
            check=True,
            capture_output=True,
        )

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def commit(
        self, message: str, date: str, author: str = "Clerk", authored: str | None = None
    ) -> str:
        """Commit everything with committer date ``date`` (ISO) and author date ``authored``
        (default: the same); return the hash."""
        self.git("add", "-A")
        when = {"GIT_AUTHOR_DATE": authored or date, "GIT_COMMITTER_DATE": date}
        who = {"GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "clerk@example.org"}
        self.git("commit", "-q", "--allow-empty-message", "-m", message, env={**when, **who})
        return self.git("rev-parse", "HEAD")

    def branch(self, name: str) -> None:
        """Start branch ``name`` from ``main`` and switch to it (a clerk's pull request)."""
        self.git("switch", "-q", "-c", name, "main")

    def merge(self, branch: str, pr: int, date: str, title: str = "Update") -> str:
        """Merge ``branch`` into ``main`` as GitHub's "Create a merge commit" does, at ``date``
        (ISO): subject ``Merge pull request #<pr> from org/<branch>``, the title in the body."""
        self.git("switch", "-q", "main")
        when = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
        who = {"GIT_AUTHOR_NAME": "Reviewer", "GIT_AUTHOR_EMAIL": "reviewer@example.org"}
        message = f"Merge pull request #{pr} from org/{branch}\n\n{title}"
        self.git("merge", "-q", "--no-ff", "-m", message, branch, env={**when, **who})
        return self.git("rev-parse", "HEAD")

    def squash(self, branch: str, pr: int, date: str, title: str = "Update") -> str:
        """Merge ``branch`` into ``main`` as GitHub's "Squash and merge" does, at ``date``:
        one new commit, subject ``<title> (#<pr>)``."""
        self.git("switch", "-q", "main")
        self.git("merge", "-q", "--squash", branch)
        return self.commit(f"{title} (#{pr})", date, "Reviewer")

    def commit_object(self, raw: bytes) -> str:
        """Write a commit object byte for byte, as a crafted push could (``git commit`` refuses
        some of them); return its hash. :meth:`move_main` makes it the branch's head."""
        done = subprocess.run(
            ["git", "hash-object", "-w", "-t", "commit", "--literally", "--stdin"],
            cwd=self.root,
            env={**os.environ, **ENV},
            input=raw,
            capture_output=True,
            check=True,
        )
        return done.stdout.decode().strip()

    def move_main(self, sha: str) -> None:
        self.git("update-ref", "refs/heads/main", sha)
        self.git("reset", "-q", "--hard", sha)


def agency_yaml(
    slug: str, owners: list[str] | None = None, name: str = "Туршилтын байгууллага"
) -> str:
    lines = [f"slug: {q(slug)}", "name:", f"  mn: {q(name)}", 'region: "govisumber"']
    if owners:
        lines.append("owners: [" + ", ".join(q(o) for o in owners) + "]")
    return "\n".join(lines) + "\n"


def plan_yaml(agency: str, year: int, measures: list[dict[str, Any]], comment: str = "") -> str:
    """A plan with one objective per leading digit of the measure numbers."""
    out = [f"# {comment}"] if comment else []
    out += [
        f"agency: {q(agency)}",
        f"year: {year}",
        'title: "Төлөвлөгөө"',
        'period: "year-end"',
        "objectives:",
    ]
    for obj in sorted({m["number"].split(".")[0] for m in measures}, key=int):
        out += [f"  - number: {obj}", f"    title: {q('Зорилт ' + obj)}", "    measures:"]
        for m in (m for m in measures if m["number"].split(".")[0] == obj):
            out.append(f"      - number: {q(m['number'])}")
            base = {
                "text": "Арга хэмжээ " + m["number"],
                "timeframe": f"{year} он",
                "percent": None,
            }
            for key, value in {**base, **m}.items():
                if key != "number":
                    out.append(f"        {key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def scenario(root: Path) -> tuple[GitRepo, dict[str, str]]:
    """The story every history, feed and diff test reads; returns the repo and commit hashes.

    1. 2021-03-01 Болд adds plan old-name/2021 with 1.1 (30 %), 1.2 (0 %), 2.1 (not assessed)
    2. 2021-06-30 Сараа reports: 1.1 30 → 70 %, 1.2 gains a result text
    3. 2021-07-15 Сараа adds evidence to 1.1 (photo.jpg, declared total 3)
    4. 2021-08-01 Сараа commits a broken file (a tab in the indentation)
    5. 2021-08-02 Сараа fixes it and sets 1.2 to 100 %
    6. 2021-09-01 Болд renames the agency: plans/old-name → plans/new-name
    7. 2021-10-01 Болд adds 2.2 (not due) and removes 2.1
    8. 2021-11-01 Болд edits only a comment
    """
    repo = GitRepo(root)
    sha: dict[str, str] = {}
    ms: list[dict[str, Any]] = [
        {"number": "1.1", "percent": 30},
        {"number": "1.2", "percent": 0},
        {"number": "2.1"},
    ]

    def save(agency: str, label: str, date: str, who: str, message: str, comment: str = "") -> None:
        repo.write(f"plans/{agency}/2021.yml", plan_yaml(agency, 2021, ms, comment))
        sha[label] = repo.commit(message, date, who)

    repo.write("plans/old-name/agency.yml", agency_yaml("old-name"))
    save("old-name", "add", "2021-03-01T10:00:00+08:00", "Болд", "Add the 2021 plan")
    ms[0]["percent"] = 70
    ms[1]["result"] = "Сургалт зохион байгуулсан."
    save("old-name", "report", "2021-06-30T17:30:00+08:00", "Сараа", "Half-year report")
    ms[0]["attachments"] = {
        "items": [{"file": "photo.jpg", "caption": "Самбар"}],
        "declared": {"total": 3},
    }
    save("old-name", "evidence", "2021-07-15T09:00:00+08:00", "Сараа", "Evidence for 1.1")
    good = (root / "plans/old-name/2021.yml").read_text(encoding="utf-8")
    repo.write("plans/old-name/2021.yml", good.replace("year: 2021", "year: 2021\n\tbroken: true"))
    sha["broken"] = repo.commit("Oops", "2021-08-01T09:00:00+08:00", "Сараа")
    ms[1]["percent"] = 100
    save("old-name", "fix", "2021-08-02T09:00:00+08:00", "Сараа", "Fix the file; 1.2 done")
    repo.git("mv", "plans/old-name", "plans/new-name")
    repo.write("plans/new-name/agency.yml", agency_yaml("new-name"))
    save("new-name", "rename", "2021-09-01T09:00:00+08:00", "Болд", "Rename the agency")
    ms[:] = [m for m in ms if m["number"] != "2.1"] + [
        # due after the 2021 reporting period: "not yet due" holds (W008 otherwise)
        {"number": "2.2", "not_due": True, "timeframe": "2022 он"}
    ]
    save("new-name", "measures", "2021-10-01T09:00:00+08:00", "Болд", "Add 2.2, drop 2.1")
    save(
        "new-name",
        "comment",
        "2021-11-01T09:00:00+08:00",
        "Болд",
        "Comment only",
        comment="reviewed",
    )
    return repo, sha
