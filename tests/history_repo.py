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
            ["git", *args], cwd=self.root, env={**os.environ, **ENV, **(env or {})},
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return done.stdout.strip()

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def commit(self, message: str, date: str, author: str = "Clerk") -> str:
        """Commit everything with author and committer date ``date`` (ISO); return the hash."""
        self.git("add", "-A")
        when = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
        who = {"GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "clerk@example.org"}
        self.git("commit", "-q", "-m", message, env={**when, **who})
        return self.git("rev-parse", "HEAD")


def agency_yaml(slug: str, owners: list[str] | None = None, name: str = "Туршилтын байгууллага") -> str:
    lines = [f"slug: {q(slug)}", "name:", f"  mn: {q(name)}", 'region: "govisumber"']
    if owners:
        lines.append("owners: [" + ", ".join(q(o) for o in owners) + "]")
    return "\n".join(lines) + "\n"


def plan_yaml(agency: str, year: int, measures: list[dict[str, Any]], comment: str = "") -> str:
    """A plan with one objective per leading digit of the measure numbers."""
    out = [f"# {comment}"] if comment else []
    out += [f"agency: {q(agency)}", f"year: {year}", 'title: "Төлөвлөгөө"', 'period: "year-end"', "objectives:"]
    for obj in sorted({m["number"].split(".")[0] for m in measures}, key=int):
        out += [f"  - number: {obj}", f"    title: {q('Зорилт ' + obj)}", "    measures:"]
        for m in (m for m in measures if m["number"].split(".")[0] == obj):
            out.append(f"      - number: {q(m['number'])}")
            base = {"text": "Арга хэмжээ " + m["number"], "timeframe": f"{year} он", "percent": None}
            for key, value in {**base, **m}.items():
                if key != "number":
                    out.append(f"        {key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
