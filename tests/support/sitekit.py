"""Helpers for tests that build and serve real sites: a strict MkDocs build in a subprocess
(exactly what a maintainer runs) and a static server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-25"  # fixed "today" so overdue is reproducible
CHROMIUM = (
    "/usr/bin/chromium"  # Debian's package; Playwright's own browser download does not work here
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def make_repo(dest: Path, plans: Path | None = None) -> Path:
    """A repository of this checkout's engine (mkdocs.yml, mkdocs.en.yml, hooks/, docs/) whose
    ``plans/`` is a copy of ``plans`` (empty without it). Never the root's own plans/: those are
    the agencies' data, not a fixture."""
    dest.mkdir(parents=True, exist_ok=True)
    for config in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / config, dest / config)
    for folder in ("hooks", "docs"):
        shutil.copytree(ROOT / folder, dest / folder, dirs_exist_ok=True)
    if plans is None:
        (dest / "plans").mkdir(exist_ok=True)
    else:
        shutil.copytree(plans, dest / "plans", dirs_exist_ok=True)
    return dest


def build_env(**env: str) -> dict[str, str]:
    """The environment of a test build: fixed today, this checkout's iltod first on the path."""
    environ = {**os.environ, "ILTOD_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", **env}
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environ.get("PYTHONPATH")]))
    return environ


def build(
    repo: Path, out: Path, config: str = "mkdocs.yml", **env: str
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict -f repo/config`` into ``out``; the result carries stdout/stderr."""
    cmd = build_command(repo, out, config)
    return subprocess.run(cmd, capture_output=True, text=True, env=build_env(**env), timeout=600)


def build_command(repo: Path, out: Path, config: str = "mkdocs.yml") -> list[str]:
    """The strict build a maintainer runs: ``mkdocs build --strict -f repo/config -d out``."""
    config_path = str(repo / config)
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config_path, "-d", str(out)]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(
    directory: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = _Quiet
) -> Iterator[str]:
    """Serve ``directory`` on a free port of 127.0.0.1 (with ``handler_class``, e.g. the
    bench's gzip handler); yields the base URL."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
