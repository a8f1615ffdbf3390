"""The adapters between a site generator and iltod: :mod:`iltod.engine.mkdocs_hooks` runs
iltod inside MkDocs 1.6 (and ProperDocs, its fork), and is the only module of the package that
imports mkdocs. A deployment's ``hooks/iltod_hooks.py`` is the two lines that hand MkDocs'
events to it::

    from iltod.engine.mkdocs_hooks import *  # noqa: F403
"""
