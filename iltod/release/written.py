"""A file already written to the open data folder, known by its size and hash (issue 28:
memory that does not grow with the country).

The open data's descriptions (``datapackage.json``, ``catalog.jsonld``) give each file's size
and SHA-256. They were computed from every file's bytes held at once — the whole country's plans
twice over (the bulk files and one file per plan), about 0.3 MB an agency. A file written as it
is made is described by a :class:`Written` instead: what the descriptions need, not the bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Written:
    """A file's size in bytes and its SHA-256 (hex)."""

    size: int
    sha256: str

    def __len__(self) -> int:
        return self.size

    @classmethod
    def of(cls, data: bytes) -> Written:
        return cls(len(data), hashlib.sha256(data).hexdigest())


def sha256(data: bytes | Written) -> str:
    """The SHA-256 (hex) of a file given by its bytes or as :class:`Written`."""
    return data.sha256 if isinstance(data, Written) else hashlib.sha256(data).hexdigest()


Data = bytes | Written
"""An open data file as its descriptions take it."""
