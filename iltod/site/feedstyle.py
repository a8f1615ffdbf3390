"""The Atom feeds made readable in a browser (issue 29): a citizen who opens ``feeds/all.xml``
sees its changes as a page, not a wall of XML, and is told what the file is for.

A CSS stylesheet (``feeds/feed.css``), announced by an ``xml-stylesheet`` processing instruction
after each feed's XML declaration, which feed readers ignore (the feed stays valid Atom,
RFC 4287). Not XSLT: Chromium 156 paints a red "XSLT is being removed from this browser very
soon" banner over a page made with it (seen in this project's browser tests' Chromium), and
will stop applying it. CSS cannot make links; the note names the page in words, ``feeds/``.
"""

from __future__ import annotations

from pathlib import Path

from iltod.site.i18n import Translator

NAME = "feed.css"
PI = f'<?xml-stylesheet type="text/css" href="{NAME}"?>\n'.encode()


def styled(body: bytes) -> bytes:
    """The feed with the stylesheet's processing instruction after its XML declaration."""
    head, sep, rest = body.partition(b"?>\n")
    if not head.startswith(b"<?xml") or not sep:
        return PI + body
    return head + sep + PI + rest


def _css_string(text: str) -> str:
    """``text`` as a CSS string (a new line as ``\\A``)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return f'"{escaped}"'


def stylesheet(t: Translator, page_url: str) -> str:
    """The stylesheet: the feed's title, a note saying what the file is (in the site's
    language) and where its page in words is, then each change: title, date, summary."""
    note = f"{t('feed_file_note')}\n{page_url}"
    return (
        "/* iltod: the Atom feed shown in a browser (iltod/site/feedstyle.py) */\n"
        "@namespace url(http://www.w3.org/2005/Atom);\n"
        "feed { display: block; max-width: 46rem; margin: 0 auto; padding: 1rem;"
        " font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }\n"
        "feed::before { display: block; white-space: pre-line; overflow-wrap: anywhere;"
        " margin-bottom: 1rem; padding: .75rem; border: 1px solid #1f5aa6;"
        f" background: #eef3fb; content: {_css_string(note)}; }}\n"
        "feed > title { display: block; font-size: 1.5rem; font-weight: 700; }\n"
        "id, link, generator, content, author, feed > updated { display: none; }\n"
        "entry { display: block; padding: .6rem 0; border-top: 1px solid #ccc; }\n"
        "entry > title { display: block; font-weight: 700; overflow-wrap: anywhere; }\n"
        "entry > updated { display: block; color: #4a4a4a; font-size: .875rem; }\n"
        "summary { display: block; white-space: pre-line; overflow-wrap: anywhere; }\n"
    )


def apply(paths: list[Path], t: Translator, page_url: str) -> None:
    """Add the stylesheet to the feeds at ``paths`` and write it beside them."""
    if not paths:
        return
    for path in paths:
        path.write_bytes(styled(path.read_bytes()))
    (paths[0].parent / NAME).write_text(stylesheet(t, page_url), encoding="utf-8")
