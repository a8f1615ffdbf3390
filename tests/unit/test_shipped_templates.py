"""Templates compiled when the package is made (iltod/site/shippedtemplates.py): a build reads
the code of the templates it uses from the package instead of compiling them, the very code
Jinja would have compiled; a template that is not the same (changed, or in an environment that
generates other code) is compiled as before."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import pytest
from jinja2 import DictLoader, Environment, pass_context

from iltod.site import bidi, shippedtemplates, templating
from iltod.site.material import shell
from iltod.site.shippedtemplates import Shipped

INDEX: list[dict[str, str]] = json.loads(
    (shippedtemplates.FOLDER / "index.json").read_text("utf-8")
)
PACKAGES = {
    "iltod": Path(shippedtemplates.__file__).parents[2],
    "material": Path(jinja2.__file__).parents[1],  # the installed mkdocs-material, MkDocs
    "mkdocs": Path(jinja2.__file__).parents[1],
}
OWN = sorted(e["name"] for e in INDEX if e["file"].startswith("iltod/site/templates/"))
NOT_SHIPPED = {
    "iltod/site/templates/partials/gallery.html": "no photo in the fixture the script builds",
    "iltod/site/material/overrides/iltod-cached.html": "a cached page is not rendered by MkDocs",
}


def _renderers_environment(cache: Shipped) -> Environment:
    """iltod's own environment as :class:`iltod.site.render.Renderer` makes it."""
    templating.keep_compiled(None)
    env = templating.environment()
    env.bytecode_cache = cache
    env.filters["mn"] = str  # a method there: passed the same way (no context)
    env.filters["bdi"] = bidi.isolate
    return env


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The names of the templates Jinja compiles from source."""
    names: list[str | None] = []
    real = Environment.compile

    def counting(self: Environment, source: str, name: str | None = None, *a: object) -> object:
        names.append(name)
        return real(self, source, name, *a)  # type: ignore[call-overload]

    monkeypatch.setattr(Environment, "compile", counting)
    return names


def test_every_shipped_template_is_the_template_the_package_holds_now() -> None:
    slots = {shippedtemplates.source_hash(s) for s in (shell.NAV_SLOT, shell.PATH_SLOT)}
    stale = []
    for e in INDEX:
        if e["file"]:
            source = (PACKAGES[e["file"].split("/")[0]] / e["file"]).read_text("utf-8")
            if shippedtemplates.source_hash(source) != e["sha1"]:
                stale.append(e["file"])
        elif e["sha1"] not in slots:  # the page shell's slots (iltod/site/material/shell.py)
            stale.append(e["name"])
    assert stale == [], "a template changed: run scripts/compile-templates"


def test_every_template_of_iltod_is_shipped() -> None:
    root = PACKAGES["iltod"]
    files = {
        p.relative_to(root).as_posix()
        for folder in ("iltod/site/templates", "iltod/site/material/overrides")
        for p in (root / folder).rglob("*.html")
    }
    shipped = {e["file"] for e in INDEX}
    assert sorted(files - shipped) == sorted(NOT_SHIPPED)


def test_a_build_reads_iltods_templates_from_the_package_and_compiles_none(
    compiled: list[str | None],
) -> None:
    cache = Shipped(None)
    env = _renderers_environment(cache)
    for name in OWN:
        env.get_template(name)
    assert len(OWN) >= 20
    assert compiled == []  # without the package's code: one compile per template
    assert (cache.shipped, cache.compiled) == (len(OWN), 0)


def test_the_code_read_is_the_code_jinja_compiles() -> None:
    cache = Shipped(None)
    env = _renderers_environment(cache)
    assert env.loader is not None
    for name in OWN:
        source, filename, _ = env.loader.get_source(env, name)
        read = cache.get_bucket(env, name, filename, source).code
        assert read is not None, name
        fresh = env.compile(source, name, filename)
        # code objects compare by their bytecode, constants (nested code too), names, line table
        assert read == fresh, name
        assert read.co_filename == fresh.co_filename == filename


def test_a_template_error_points_at_the_template_not_at_the_compiled_module() -> None:
    env = _renderers_environment(Shipped(None))
    template = env.get_template("measure.html")
    assert template.filename == str(PACKAGES["iltod"] / "iltod/site/templates/measure.html")


def _one(name: str, source: str, **options: object) -> tuple[Shipped, Environment]:
    cache = Shipped(None)
    env = Environment(loader=DictLoader({name: source}), bytecode_cache=cache, **options)  # type: ignore[arg-type]
    env.filters["mn"] = str
    env.filters["bdi"] = bidi.isolate
    return cache, env


def test_a_changed_template_is_compiled(compiled: list[str | None]) -> None:
    cache, env = _one("partials/trend.html", "changed {{ 1 }}")
    assert env.get_template("partials/trend.html").render() == "changed 1"
    assert compiled == ["partials/trend.html"]
    assert (cache.shipped, cache.compiled) == (0, 1)


@pytest.mark.parametrize(
    "change", [None, "autoescape off", "a filter taking the context", "other whitespace control"]
)
def test_the_same_template_where_jinja_would_generate_other_code_is_compiled(
    change: str | None,
) -> None:
    own = _renderers_environment(Shipped(None))
    assert own.loader is not None
    source, _, _ = own.loader.get_source(own, "measure.html")
    options: dict[str, object] = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}
    if change == "autoescape off":
        options["autoescape"] = False
    if change == "other whitespace control":
        options["lstrip_blocks"] = False
    cache, env = _one("measure.html", source, **options)
    if change == "a filter taking the context":
        env.filters["mn"] = pass_context(lambda context, text: text)
    bucket = cache.get_bucket(env, "measure.html", None, source)
    if change is None:  # the same as iltod's: read from the package
        assert bucket.code is not None
        assert (cache.shipped, cache.compiled) == (1, 0)
    else:
        assert bucket.code is None
        assert (cache.shipped, cache.compiled) == (0, 1)
