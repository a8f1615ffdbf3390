"""``mkdocs serve`` for a clerk editing plans: never stuck, always saying what is wrong.

MkDocs' development server holds every browser request while a rebuild has failed, until a
build succeeds ("the server will appear stuck"): one error in a plan, or one warning under
``strict: true``, and the clerk's browser hung until it was fixed. While serving, a build
with problems therefore does not fail:

- if the plans have errors, the site shown is the last one built without errors (or, when
  there has been none since the server started, a site with no plans), with the located
  diagnostics in Mongolian and English at the top of every page (:func:`banner`);
- if they have only warnings a strict build would stop on, the current site is shown with
  the warnings on every page;
- the diagnostics are logged at INFO, and the server builds without ``strict`` (the hook turns
  it off while serving: MkDocs counts the development server's own "GET … code 404" log lines
  as build warnings, so a browser asking for a missing page during a rebuild would abort it),
  so the build completes and the browser reloads; ``mkdocs build`` still fails on the same
  problems.

The server watches ``plans/`` and ``attachments/``, including when either is created after it
started (:func:`watch`): the repository's own folder is watched, not recursively, so a new
folder there triggers a rebuild, which then watches it.

State lives here, in a module imported once, not in the hook: MkDocs may load the hook's
module again for a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from iltod.diagnostics import Diagnostic
from iltod.diagnostics.strict import aborted
from iltod.site import Site

Level = Literal["error", "warning", "info"]
WATCHED = ("plans", "attachments")
NOTHING = ".iltod-no-plans"
"""A selection under plans/ that matches no file: the site with no plans."""


@dataclass
class Preview:
    """What the development server remembers between builds."""

    serving: bool = False
    last_good: Site | None = None
    server: Any = None
    watched: set[Path] = field(default_factory=set)


STATE = Preview()


def start(command: str) -> None:
    """MkDocs' ``on_startup``: whether this process is a development server."""
    STATE.serving = command == "serve"
    STATE.last_good, STATE.watched = None, set()


def choose(
    site: Site, make: Callable[..., Site], *, strict: bool = False
) -> tuple[Site | None, list[tuple[Level, Diagnostic]]]:
    """The site to build and the messages to log, at their levels.

    ``None``: the build must stop (it is not a development server, and the site failed, or
    it is ``strict`` and has warnings a strict build stops on: counted here, not by MkDocs,
    whose quiet mode ``-q`` drops warnings before its strict mode counts them).
    ``make(selection=…)`` makes another site of the same repository, for the site with no plans.
    """
    messages = site.messages()
    if not STATE.serving:
        return (None if site.failed or (strict and site.stopping()) else site), messages
    problems = [d for level, d in messages if level in ("error", "warning")]
    if site.cache is not None:
        site.cache.mode = "serve"  # keeps the build's pages, and the build keeps its own
    shown = site
    if site.failed:
        site.close()
        shown = STATE.last_good or make(selection=[site.root / "plans" / NOTHING])
    else:
        STATE.last_good = site
    shown.banner = shown.notice + banner(problems, stale=site.failed, first=STATE.last_good is None)
    return shown, [("info", d) for _, d in messages]


def stopped(site: Site) -> str:
    """Why a build stops (:func:`choose` returned ``None``): its errors, or the warnings a
    strict build stops on, with their places (shown even under ``-q``)."""
    return site.report.summary() if site.failed else aborted(site.stopping())


def banner(problems: list[Diagnostic], *, stale: bool, first: bool) -> str:
    """The notice at the top of every page while the plans have problems ("" without any).

    Every message is escaped: it quotes what the clerk wrote.
    """
    if not problems:
        return ""
    errors = sum(d.severity == "error" for d in problems)
    title = (
        f"Асуудал: {errors} алдаа, {len(problems) - errors} анхааруулга / "
        f"Problems: {errors} errors, {len(problems) - errors} warnings"
    )
    if stale and first:
        what = (
            "Алдааг засах хүртэл төлөвлөгөөг харуулахгүй. / "
            "The plans are not shown until the errors are fixed."
        )
    elif stale:
        what = (
            "Хуудсууд алдаагүй байсан сүүлийн хувилбарыг харуулж байна. / "
            "The pages show the last version without errors."
        )
    else:
        what = (
            "<code>mkdocs build</code> эдгээрийн улмаас зогсоно. / "
            "<code>mkdocs build</code> stops on these."
        )
    lines = "\n".join(escape(d.format("both")) for d in problems)
    return (
        f'<div class="admonition failure" role="alert" id="iltod-problems">'
        f'<p class="admonition-title">{title}</p>'
        f"<p>{what} Засаад хадгалмагц хуудас өөрөө шинэчлэгдэнэ. / "
        f"Save a fix and the page reloads by itself.</p>"
        f"<pre><code>{lines}</code></pre></div>"
    )


def watch(server: Any, root: Path, site_url: str | None = None) -> Any:
    """MkDocs' ``on_serve``: watch ``plans/`` and ``attachments/``, and the repository's folder
    (not recursively) so that either one created later triggers a rebuild; serve at the path
    of ``site_url`` (MkDocs chose its path from mkdocs.yml's, before the build configuration's
    replaced it: ``ILTOD_SITE_URL=http://127.0.0.1:8000/``, scripts/serve, serves at the root)."""
    STATE.server = server
    if site_url:
        server.mount_path = urlsplit(site_url).path or "/"
        server.url = urljoin(server.url, server.mount_path)
    server.watch(str(root), recursive=False)
    watch_new(root)
    return server


def watch_new(root: Path) -> None:
    """Watch the folders of :data:`WATCHED` that exist now and are not watched yet."""
    if STATE.server is None:
        return
    for name in WATCHED:
        folder = root / name
        if folder.is_dir() and folder not in STATE.watched:
            STATE.server.watch(str(folder))
            STATE.watched.add(folder)
