"""The one Jinja2 environment setup for every template iltod renders.

Autoescaping is on for every template, strings included: agency text only ever reaches HTML
escaped. StrictUndefined makes a misspelt variable fail the build instead of printing nothing.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)

from iltod.site import shippedtemplates

_bytecode: BytecodeCache | None = None


def keep_compiled(folder: Path | None) -> BytecodeCache | None:
    """Keep compiled templates in ``folder`` between builds (None: do not), for every
    environment made from now on; returns the cache, for the theme's environment too.

    Compiling the ~50 templates of a page (Material's and iltod's) is a fixed cost of every
    build, about a second: most of a one-agency site's rendering. Jinja checks each compiled
    template against its source's hash, so a changed template is compiled again. The templates
    the package ships compiled are read from it first (iltod.site.shippedtemplates)."""
    global _bytecode
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    kept = FileSystemBytecodeCache(str(folder)) if folder is not None else None
    _bytecode = shippedtemplates.cache(kept)
    return _bytecode


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("iltod.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode,
    )
