"""``mkdocs serve`` while a clerk edits (issue 12, row 13), for real: the development server in a
subprocess on a free port of 127.0.0.1, against a temporary repository of the frozen sample.

It used to hold every browser request while a plan was broken (one hung 10 minutes), and never
watched ``attachments/`` when it was created after the start. Now a broken plan gives a page
with the located diagnostics in Mongolian and English, every request is answered, a fix
brings the page back, and a new ``attachments/`` folder is watched.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.support import sample, sitekit

REQUEST_TIMEOUT = 60  # a request that takes longer is the server hanging
WAIT = 180  # for a rebuild to show, on a busy machine
PLAN = "plans/govisumber-zdtg/2021.yml"
MEASURE = "govisumber-zdtg/2021/measure-1-3/"
BANNER = 'id="iltod-problems"'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(repo: Path) -> Iterator[str]:
    port = _free_port()
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", str(repo / "mkdocs.yml")]
    cmd += ["-a", f"127.0.0.1:{port}"]
    log = (repo / "serve.log").open("w", encoding="utf-8")
    # served at the root, as scripts/serve does (the configuration's site_url has a sub-path)
    env = sitekit.build_env(ILTOD_SITE_URL=f"http://127.0.0.1:{port}/")
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        url = f"http://127.0.0.1:{port}/"
        _until(lambda: _get(url)[0] == 200, "the first build", repo)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _get(url: str) -> tuple[int, str]:
    """Status and text; raises TimeoutError when the server holds the request."""
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError | socket.timeout):
            raise TimeoutError(f"{url}: no answer in {REQUEST_TIMEOUT} s") from e
        return 0, ""
    except (TimeoutError, ConnectionError) as e:
        if isinstance(e, TimeoutError):
            raise TimeoutError(f"{url}: no answer in {REQUEST_TIMEOUT} s") from e
        return 0, ""


def _until(ready: Callable[[], bool], what: str, repo: Path) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.5)
    log = (repo / "serve.log").read_text("utf-8")
    pytest.fail(f"{what} did not show in {WAIT} s; server log:\n{log[-3000:]}")


def _edit(repo: Path, old: str, new: str) -> None:
    path = repo / PLAN
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return sitekit.make_repo(tmp_path / "repo", plans=sample.PLANS)


def test_a_broken_plan_gives_its_diagnostics_and_a_fix_brings_the_page_back(repo: Path):
    with serving(repo) as url:
        status, page = _get(url + MEASURE)
        assert status == 200
        assert BANNER not in page
        _edit(repo, "percent: 70", "percent: 75")  # not on the plan's scale: E012
        _until(lambda: BANNER in _get(url + MEASURE)[1], "the diagnostics", repo)
        status, page = _get(url + MEASURE)
        assert status == 200
        assert "error[E012]" in page
        assert f"{PLAN}:" in page  # located
        assert "мн: " in page  # and in Mongolian
        assert "1.3" in page  # the last good version of the page is still shown
        for other in ("", "govisumber-zdtg/2021/"):  # every request is answered
            assert _get(url + other)[0] == 200
        _edit(repo, "percent: 75", "percent: 70")
        _until(lambda: BANNER not in _get(url + MEASURE)[1], "the fixed page", repo)


def test_a_server_started_on_a_broken_plan_answers_with_the_diagnostics(repo: Path):
    _edit(repo, "percent: 70", "percent: 75")
    with serving(repo) as url:
        status, page = _get(url)
        assert status == 200
        assert BANNER in page
        assert "error[E012]" in page
        _edit(repo, "percent: 75", "percent: 70")
        _until(lambda: _get(url + MEASURE)[0] == 200, "the plan's pages", repo)


def test_attachments_created_after_the_start_are_watched(repo: Path):
    assert not (repo / "attachments").exists()
    with serving(repo) as url:
        _edit(
            repo,
            "percent: 70\n        attachments:\n",
            "percent: 70\n        attachments:\n          items:\n"
            '            - file: "board.png"\n              caption: "SYNTHETIC самбар"\n',
        )
        _until(lambda: "error[E030]" in _get(url + MEASURE)[1], "the missing file", repo)
        folder = repo / "attachments/govisumber-zdtg/2021/1.3"
        folder.mkdir(parents=True)
        Image.new("RGB", (64, 48), "white").save(folder / "board.png")
        _until(lambda: BANNER not in _get(url + MEASURE)[1], "the new attachment", repo)
        assert ".webp" in _get(url + MEASURE)[1]
        Image.new("RGB", (64, 48), "white").save(folder / "board.png", "JPEG")  # not a PNG
        _until(lambda: "warning[W300]" in _get(url + MEASURE)[1], "the changed file", repo)
