"""axe on a page as its reader sees it once it has loaded.

Material's script bundle is fetched after the load event (``overrides/main.html``) and then
changes the page (it wraps the guides' tables, mounts the navigation): an audit started at the
load event raced it, and failed or passed by the machine's load. Every audit waits for the
script to have mounted its components first. (What a page is before the script runs is
tested by ``test_first_screen`` and ``test_phone_load``.)
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe, AxeResults
from playwright.sync_api import Page

# Material's script has run and mounted its components, as it does on DOMContentLoaded: the
# script marks the page "js", and the navigation's scroll fix takes its attribute off its list.
MOUNTED = """() => document.documentElement.classList.contains("js")
  && document.querySelector("[data-md-scrollfix]") === null"""


def axe(page: Page, options: dict[str, Any] | None = None) -> AxeResults:
    """axe's results on ``page`` once Material's script has mounted it."""
    page.wait_for_function(MOUNTED)
    return Axe().run(page) if options is None else Axe().run(page, options=options)
