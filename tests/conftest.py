from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import sitekit


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample repository built with ``mkdocs build --strict``."""
    out = tmp_path_factory.mktemp("sample-site")
    result = sitekit.build(sitekit.ROOT, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def sample_url(sample_site: Path) -> Iterator[str]:
    with sitekit.serve(sample_site) as url:
        yield url
