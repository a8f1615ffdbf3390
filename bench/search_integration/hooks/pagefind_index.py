"""MkDocs hook: index the built site with Pagefind after every build.

Enable in mkdocs.yml with ``hooks: [path/to/pagefind_index.py]`` and
``plugins: []`` (or a plugin list without ``search``) so Material's lunr
search is off. See docs/search.md.
"""

import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/
from search_eval import run_pagefind

log = logging.getLogger("mkdocs.hooks.pagefind_index")


def on_post_build(config, **kwargs):
    stats = run_pagefind(config["site_dir"])
    log.info("pagefind-stats %s", json.dumps(stats))
