"""The one Jinja2 environment setup for every template iltod renders.

Autoescaping is on for every template, strings included: agency text only ever reaches HTML
escaped. StrictUndefined makes a misspelt variable fail the build instead of printing nothing.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("iltod.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
