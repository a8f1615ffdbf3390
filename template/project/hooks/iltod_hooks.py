"""MkDocs hooks: hand MkDocs' events to the iltod package (iltod/engine/mkdocs_hooks.py)."""

from iltod.engine.mkdocs_hooks import *  # noqa: F403
