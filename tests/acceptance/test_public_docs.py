"""The public site carries what a citizen or a clerk needs; engineering documents stay on GitHub.

The engineering documents live in dev/ and are never built, so the site can neither show them
nor find them. The search claim is checked on the built Pagefind index itself, not through a
browser: Pagefind returns only documents it indexed, and it keeps one fragment per indexed
document (``pagefind/fragment/*.pf_fragment``: gzip, the signature ``pagefind_dcd``, then JSON
with the document's ``url`` and full indexed ``content``). Reading every fragment gives
everything any query can return, the plans' search documents included, which are indexed but
never published as pages (so reading the built pages would miss them). A query matches words
that start with it, so every document «сургалт» can return contains that string. A browser
query would show only the results the search box lists first, and needs Chromium.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.support.sitekit import ROOT

ENGINEERING = ("architecture", "deployment", "performance", "search")


def indexed(site: Path) -> dict[str, str]:
    """Every document of the site's search index: its URL → its indexed text, lower case."""
    documents = {}
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd"), f"{fragment.name}: not a Pagefind fragment"
        doc = json.loads(data.removeprefix(b"pagefind_dcd"))
        documents[doc["url"]] = " ".join([doc["content"], *doc["meta"].values()]).lower()
    return documents


@pytest.mark.parametrize("name", ENGINEERING)
def test_an_engineering_document_is_in_dev_and_not_on_the_site(
    sample_site: Path, name: str
) -> None:
    assert (ROOT / "dev" / f"{name}.md").is_file()
    assert not (ROOT / "docs" / f"{name}.md").exists()
    assert not (sample_site / name).exists()


def test_a_search_for_surgalt_finds_the_plan_and_no_engineering_document(
    sample_site: Path,
) -> None:
    found = {url for url, text in indexed(sample_site).items() if "сургалт" in text}
    assert "/govisumber-zdtg/2021/" in found  # the plan: objective 2, measures 2.1–2.4
    assert [url for url in found if url.strip("/") in ENGINEERING] == []
