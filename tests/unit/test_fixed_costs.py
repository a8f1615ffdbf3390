"""A build's fixed costs are paid once, not by every build (issue 28): compiled templates and
Material's trimmed stylesheet are kept in the build cache (``.cache/theme``) and give what
making them again gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment

from iltod.site import material, shippedtemplates, templating


@pytest.fixture(autouse=True)
def _nothing_kept() -> object:
    yield
    templating.keep_compiled(None)
    material.keep_css(None)
    material.material_css.cache_clear()


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    # templates the package does not ship compiled (iltod.site.shippedtemplates), as a
    # deployment's own or a changed one: what the build cache is for
    monkeypatch.setattr(shippedtemplates, "FOLDER", Path("no-compiled-templates"))
    compiled: list[str] = []
    original = Environment.compile

    def counting(self: Environment, source: str, name: str | None = None, *a: object) -> object:
        compiled.append(str(name))
        return original(self, source, name, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(Environment, "compile", counting)
    return compiled


def test_a_template_compiled_once_is_not_compiled_by_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = _compiles(monkeypatch)
    templating.keep_compiled(tmp_path / "jinja")
    first = templating.environment().get_template("partials/freshness.html")
    assert compiled == ["partials/freshness.html"]
    assert list((tmp_path / "jinja").iterdir())
    compiled.clear()
    second = templating.environment().get_template("partials/freshness.html")  # a new build
    assert compiled == []
    assert first.root_render_func.__code__.co_code == second.root_render_func.__code__.co_code


def test_without_the_cache_every_build_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _compiles(monkeypatch)
    templating.keep_compiled(None)
    templating.environment().get_template("partials/freshness.html")
    templating.environment().get_template("partials/freshness.html")
    assert compiled == ["partials/freshness.html"] * 2


def test_the_kept_stylesheet_is_the_one_made_again(tmp_path: Path) -> None:
    made = material.material_css()
    material.material_css.cache_clear()
    (tmp_path / "material-0123.css").write_text("/* another version's */", encoding="utf-8")
    material.keep_css(tmp_path)
    assert material.material_css() == made
    kept = list(tmp_path.glob("material-*.css"))
    assert len(kept) == 1  # the other version's is removed
    assert kept[0].read_text(encoding="utf-8") == made
    material.material_css.cache_clear()
    assert material.material_css() == made  # read from the kept file
