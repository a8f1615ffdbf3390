"""MkDocs' Markdown pass over a generated page's empty text runs once a build, not once a page
(iltod.engine.mkdocs_hooks): every other generated page is given its empty result directly.
Counted in a build of SYNTHETIC plans; that the pages are unchanged is what the reproducible
and page-cache acceptance tests compare."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support import sitekit, synthetic

COUNT = """
import json, sys
import markdown
from mkdocs.__main__ import cli
from iltod.engine import mkdocs_hooks

made = []
init = markdown.Markdown.__init__
def counted(self, *args, **kwargs):
    made.append(1)
    init(self, *args, **kwargs)
markdown.Markdown.__init__ = counted
try:
    cli.main(["build", "--strict", "-f", sys.argv[1], "-d", sys.argv[2]])
except SystemExit as e:
    assert not e.code, e.code
pages = mkdocs_hooks._current().pages
print(json.dumps({"markdown": len(made), "generated": len(pages), "empty": mkdocs_hooks._empty}))
"""


def test_markdown_runs_once_for_all_generated_pages(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "repo")
    synthetic.write_repository(repo, 2, measures=4)
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-c", COUNT, str(repo / "mkdocs.yml"), str(site)],
        capture_output=True,
        text=True,
        env=sitekit.build_env(),
        cwd=repo,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts["empty"] is True
    assert counts["generated"] > 10
    guides = sum(1 for p in site.rglob("*.html")) - counts["generated"]
    # every page MkDocs reads (the guides, 404) has its Markdown pass; of the generated, one
    assert counts["markdown"] <= guides + 1
    assert (site / "synthetic-0001/2024/measure-1-1/index.html").is_file()
