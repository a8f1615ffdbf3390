"""What a build does not always need is not imported by it (issue 28: fixed costs paid only
when needed). A site without PDF evidence never loads pikepdf (qpdf, ~50 ms); the Excel and
Word libraries are loaded by the worker that makes the office files, not by the build; the
HTTP client (urllib.request) only when published snapshots are fetched."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.support import sample

PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import iltod.engine.mkdocs_hooks  # what MkDocs loads: the adapter and the whole site
    from iltod.site import Site
    site = Site(Path(sys.argv[1]), "mn")
    assert site.office is not None and not site.failed
    site.close()
    lazy = ("pikepdf", "docx", "openpyxl", "urllib.request")
    print(" ".join(sorted(m for m in lazy if m in sys.modules)))
    """
)


def test_loading_a_site_imports_no_library_it_does_not_use() -> None:
    pdfs = list(sample.SAMPLE.rglob("*.pdf"))
    assert pdfs == []
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(sample.SAMPLE)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.split() == []
