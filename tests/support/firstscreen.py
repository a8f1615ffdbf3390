"""Which selectors of the site's stylesheets style the first screen of built pages, found in
Chromium: the profile iltod/site/material/firstscreen.json holds.

    python -m tests.support.firstscreen SITE [SITE …]     # rewrite the profile

Each page is opened with JavaScript off (the page as served, before any script has run), at 375
and 719 px wide (a phone, upright and turned: from 720 px up the stylesheets block the first
paint as before, firstscreen.NARROW_EM) and :data:`HEIGHT` tall, styled by its stylesheets (its
``<noscript>`` links). Its first screen is every element up to the last one, in document order,
that has a box starting above :data:`HEIGHT` (so with its ancestors, and whatever a rule hides
there), and every element of fixed position (drawn over the first screen wherever it is in the
document); but nothing inside an element that is not drawn (``display: none``) or inside a fixed
one off the screen (a phone's closed navigation drawer): their own rules hide them, and what is
inside shows only once the stylesheets have loaded; a selector is the first screen's when one of
those elements matches it, pseudo-elements taken off (``.x::before`` counts when ``.x``
matches). What needs a reader's action (``:hover``, ``:focus``) matches nothing on a page just
opened. The kind of a page is the one its head names (``<style data-kind>``)."""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from iltod.site.material import site_stylesheets
from iltod.site.material.firstscreen import GUIDE, PROFILE, kind_of, selectors
from tests.support import sitekit

WIDTHS = (375, 719)  # phones: wider screens wait for the stylesheets (firstscreen.NARROW_EM)
HEIGHT = 1000  # the screenshot tests' 900, and a margin
PER_KIND = 8  # pages of each kind looked at in each site, spread over the kind's pages

COLLECT = r"""([selectors, height]) => {
  const all = [...document.body.querySelectorAll("*")];
  const fixed = new Set(), hidden = new Set(), unseen = new Set();
  let last = -1;
  all.forEach((e, i) => {
    const parent = e.parentElement;
    if (hidden.has(parent) || unseen.has(parent)) {
      unseen.add(e);  // inside an element not drawn: nothing of it shows
      return;
    }
    const r = e.getBoundingClientRect();
    const onScreen = r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < height;
    if (fixed.has(parent) || getComputedStyle(e).position === "fixed") {
      fixed.add(e);  // drawn over the first screen wherever it is in the document
      if (!onScreen) hidden.add(e);  // a closed drawer
    } else if (!e.getClientRects().length) {
      hidden.add(e);  // not drawn (display: none): its own rules say so
    } else if (r.top < height) {
      last = i;
    }
  });
  const first = [document.documentElement, document.body];
  all.forEach((e, i) => {
    if (!unseen.has(e) && (i <= last || fixed.has(e))) first.push(e);
  });
  const names = "before|after|first-line|first-letter|placeholder|selection|marker|backdrop";
  const pseudo = new RegExp(`::?(?:${names}|-webkit-[\\w-]+|-moz-[\\w-]+)(?![\\w-])`, "g");
  return selectors.filter((s) => {
    const plain = s.replace(pseudo, "").trim() || "*";
    try {
      return first.some((e) => e.matches(plain));
    } catch (error) {
      return true;  // a selector this browser cannot read: kept
    }
  });
}"""


def site_pages(site: Path) -> dict[str, list[str]]:
    """Kind → the site's pages of that kind (paths relative to it): every hand-written page
    (each is different), at most :data:`PER_KIND` of each generated kind, spread evenly."""
    found: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        kind = kind_of(path.read_text(encoding="utf-8")[:200_000])
        if kind is not None:
            found.setdefault(kind, []).append(path.relative_to(site).as_posix())
    return {
        k: v if k == GUIDE else v[:: max(1, len(v) // PER_KIND)][:PER_KIND]
        for k, v in found.items()
    }


def first_screen(browser: Any, url: str, names: list[str]) -> set[str]:
    """The selectors of ``names`` that style the first screen of the page at ``url``, as
    served and once Material's script has run (it wraps a guide's tables, for one)."""
    out: set[str] = set()
    for width, script in itertools.product(WIDTHS, (False, True)):
        context = browser.new_context(
            viewport={"width": width, "height": HEIGHT}, java_script_enabled=script
        )
        try:
            page = context.new_page()
            page.goto(url, wait_until="networkidle" if script else "load")
            out.update(page.evaluate(COLLECT, [names, HEIGHT]))
        finally:
            context.close()
    return out


def profile(sites: Iterable[Path], browser: Any) -> dict[str, list[str]]:
    """Kind → the sorted selectors that style the first screen of some page of that kind."""
    names = sorted({s for css in site_stylesheets() for s in selectors(css)})
    found: dict[str, set[str]] = {}
    for site in sites:
        with sitekit.serve(site) as base:
            for kind, paths in site_pages(site).items():
                for path in paths:
                    url = base + path.removesuffix("index.html")
                    found.setdefault(kind, set()).update(first_screen(browser, url, names))
    return {kind: sorted(found[kind]) for kind in sorted(found)}


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    with contextlib.ExitStack() as stack:
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=sitekit.CHROMIUM, args=sitekit.CHROMIUM_ARGS)
        stack.callback(browser.close)
        kinds = profile([Path(a) for a in argv], browser)
    text = json.dumps({"kinds": kinds}, indent=0, ensure_ascii=False)
    PROFILE.write_text(text + "\n", encoding="utf-8")
    print(f"{PROFILE}: {', '.join(f'{k} {len(v)}' for k, v in kinds.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
