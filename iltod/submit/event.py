"""From a GitHub issue event to a :class:`~iltod.submit.Request`: the form's answers read, the
uploads fetched (only from GitHub's own upload addresses, each at most the report limit).

``fetch`` is given: the workflow passes :func:`download`, the tests a dictionary's lookup, so
everything but the network is tested from recorded payloads.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from iltod.evidence.kinds import sniff
from iltod.submit import MAX_REPORT, Request
from iltod.submit.evidence import Upload
from iltod.submit.issue import HOSTS, Link, Submission, read

Fetch = Callable[[str], bytes]
_EXT = {"jpeg": ".jpg", "png": ".png", "webp": ".webp", "heif": ".heic", "pdf": ".pdf"}


def request(payload: dict[str, Any], fetch: Fetch) -> tuple[Submission, Request | None]:
    """The submission the event describes, and its request (None when the form lacks an
    answer: ``Submission.problems`` says which)."""
    sub = read(payload)
    if sub.problems or sub.report is None:
        return sub, None
    report = _upload(sub.report, fetch)
    evidence = [(link.measure, _upload(link, fetch)) for link in sub.evidence]
    req = Request(report, sub.agency, sub.year, evidence, None, sub.number, sub.submitter)
    req.new_agency = sub.new_agency or None
    return sub, req


def _upload(link: Link, fetch: Fetch) -> Upload:
    data = fetch(link.url)
    name = PurePosixPath(link.name.replace("\\", "/")).name or "upload"
    if not PurePosixPath(name).suffix and (ext := _EXT.get(sniff(data[:4096]))):
        name += ext  # GitHub names an uploaded photo without its extension
    return Upload(name, data, link.caption)


def download(url: str) -> bytes:
    """An upload's bytes from GitHub (the repository is public: no token is sent)."""
    if not url.startswith(HOSTS):
        raise ValueError(f"not a GitHub upload: {url}")
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read(MAX_REPORT + 1)
    return data
