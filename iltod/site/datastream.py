"""The open data files written as each plan's part is made, none held (issue 28: memory that
does not grow with the country).

:func:`iltod.site.downloads.write` made every file's bytes first — the bulk ``plans.json`` and
``measures.csv`` and each plan's two files: the country's open data three times over, held
together (about 0.3 MB an agency with the parts). Here the bulk files are written part by part
and each plan's files as soon as its part is made; what the descriptions need of a file is its
size and hash (:class:`~iltod.release.written.Written`). The bytes are those of
:func:`iltod.site.dataparts.document_json` and ``document_csv`` (``tests/unit/test_datastream.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any

from iltod import urls
from iltod.release.written import Data, Written
from iltod.site import dataparts
from iltod.site.dataparts import _PLANS, _STUB


class _Sink:
    """A file written under a temporary name, hashed as it is written, renamed when closed."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path, self.tmp = path, path.with_name(f"{path.name}.{os.getpid()}.tmp")
        self.file: IO[bytes] = self.tmp.open("wb")
        self.hash, self.size = hashlib.sha256(), 0

    def write(self, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.file.write(data)
        self.hash.update(data)
        self.size += len(data)

    def close(self) -> Written:
        self.file.close()
        self.tmp.replace(self.path)
        return Written(self.size, self.hash.hexdigest())


def _put(folder: Path, name: str, data: bytes, out: dict[str, Data]) -> None:
    sink = _Sink(folder / name)
    sink.write(data)
    out[name] = sink.close()


def write(
    doc: dict[str, Any], parts: dataparts.Parts, folder: Path, notice: bytes
) -> dict[str, Data]:
    """Write ``LICENSE.txt`` (``notice``), the bulk files and each plan's files into ``folder``;
    returns each file's path in it and its size and hash, in :func:`downloads._files`' order."""
    if not doc[_PLANS] or list(doc)[-1] != _PLANS:  # not the parts' layout: made whole
        made = [parts.of(plan) for plan in doc[_PLANS]]
        out: dict[str, Data] = {}
        _put(folder, "LICENSE.txt", notice, out)
        _put(folder, "plans.json", dataparts.document_json(doc, made), out)
        _put(folder, "measures.csv", dataparts.document_csv(made), out)
        return out
    head = {k: v for k, v in doc.items() if k != _PLANS}
    text = json.dumps({**head, _PLANS: [0]}, ensure_ascii=False, indent=1)
    out = {}
    _put(folder, "LICENSE.txt", notice, out)
    bulk, rows = _Sink(folder / "plans.json"), _Sink(folder / "measures.csv")
    bulk.write(text[: -len(_STUB)] + "\n")
    rows.write(dataparts.document_csv([]))  # the byte order mark and the header
    each: dict[str, Data] = {}
    for i, plan in enumerate(doc[_PLANS]):
        part = parts.of(plan)
        bulk.write((",\n" if i else "") + part.json)
        rows.write(part.csv)
        key = (plan["agency"], plan["year"])
        one = {**doc, _PLANS: [plan]}
        _put(folder, urls.data_file(*key, "json"), dataparts.document_json(one, [part]), each)
        _put(folder, urls.data_file(*key, "csv"), dataparts.document_csv([part]), each)
    bulk.write("\n ]\n}")
    out["plans.json"], out["measures.csv"] = bulk.close(), rows.close()
    return {**out, **each}
