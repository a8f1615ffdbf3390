"""Templates compiled when the package is made, not at every build.

Jinja compiles a template's source into Python source, then into a code object. For a
one-agency site that is most of the rendering: ~0.9 s CPU for the 59 templates of the bench's
site, iltod's and Material's, at every cold build (an empty ``.cache/``, where the compiled
templates are kept between builds: :func:`iltod.site.templating.keep_compiled`).

The Python source Jinja generates for each template a build uses is shipped in the package
(``iltod/site/compiled/``: one module per template and ``index.json``), so installing iltod
compiles it as every module (pip writes its ``.pyc``), and a build reads the code objects from
there: no ``.cache/`` involved. ``scripts/compile-templates`` regenerates the folder by
building the bench's SYNTHETIC site in-process and recording what it compiles (run it after
changing a template; ``tests/unit/test_shipped_templates.py`` fails while a shipped template is
stale).

A shipped module is used only when what Jinja would generate is the same: the same template
name and source (SHA-1), Jinja version, environment options that change the generated code
(delimiters, whitespace, extensions, autoescape of that template, finalize) and, for each
filter and test the template names, the same kind of argument passing. Anything else is
compiled as before (and kept in ``.cache/``), so a changed template, a deployment's own
override or a newer Material is never served stale code.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import re
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from jinja2.utils import _PassArg

FOLDER = Path(__file__).parent / "compiled"
PACKAGE = f"{__package__}.compiled"
_NAMED = re.compile(r"environment\.(filters|tests)\['([^']*)'\]")


def options(env: Environment, name: str) -> str:
    """What, besides the source and the filters' and tests' kinds, decides the code Jinja
    generates for template ``name`` in ``env``."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    finalize = None if env.finalize is None else _PassArg.from_obj(env.finalize)
    return repr(
        (
            jinja2.__version__,
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            sorted(env.extensions),
            env.optimized,
            env.is_async,
            bool(autoescape),
            str(finalize),
            env.code_generator_class.__qualname__,
        )
    )


def named(env: Environment, python: str) -> dict[str, str]:
    """The kind of argument passing of each filter and test ``python`` (generated code)
    takes from ``env``: it decides how the generated code calls them."""
    kinds: dict[str, str] = {}
    for table, name in sorted(set(_NAMED.findall(python))):
        func = getattr(env, table).get(name)
        kinds[f"{table}:{name}"] = "missing" if func is None else str(_PassArg.from_obj(func))
    return kinds


def source_hash(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


class Shipped(BytecodeCache):
    """Jinja's bytecode cache: the package's compiled templates first, then ``kept`` (the
    build cache's, or none)."""

    def __init__(self, kept: BytecodeCache | None, folder: Path | None = None) -> None:
        self.kept, self.folder = kept, folder or FOLDER
        self._index: dict[str, dict[str, Any]] | None = None
        self.shipped = 0  # templates whose code was read from the package
        self.compiled = 0  # compiled from source (or from ``kept``): none shipped, or not the same
        self._codes: dict[tuple[str, str], CodeType] = {}  # a template loaded by two environments

    def index(self) -> dict[str, dict[str, Any]]:
        if self._index is None:
            path = self.folder / "index.json"
            entries = json.loads(path.read_text("utf-8")) if path.is_file() else []
            self._index = {f"{e['name']}\0{e['sha1']}": e for e in entries}
        return self._index

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        bucket = Bucket(environment, self.get_cache_key(name, filename), source_hash(source))
        entry = self.index().get(f"{name}\0{bucket.checksum}")
        if entry is not None and self._same(entry, environment, name):
            bucket.code = self._code(entry["module"], filename or "<template>")
            self.shipped += 1
            return bucket
        self.compiled += 1
        if self.kept is not None:
            return self.kept.get_bucket(environment, name, filename, source)
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        if self.kept is not None:
            self.kept.set_bucket(bucket)

    def load_bytecode(self, bucket: Bucket) -> None:  # the two above do the work
        pass

    def dump_bytecode(self, bucket: Bucket) -> None:
        pass

    @staticmethod
    def _same(entry: dict[str, Any], env: Environment, name: str) -> bool:
        if entry["options"] != options(env, name):
            return False
        kinds: dict[str, str] = entry["named"]
        for key, kind in kinds.items():
            table, _, item = key.partition(":")
            func = getattr(env, table).get(item)
            if ("missing" if func is None else str(_PassArg.from_obj(func))) != kind:
                return False
        return True

    def _code(self, module: str, filename: str) -> CodeType:
        """The module's code object (from its ``.pyc`` when the install compiled it), named
        after the template's file."""
        if (module, filename) not in self._codes:
            path = str(self.folder / f"{module}.py")
            fullname = f"{PACKAGE}.{module}"
            code = importlib.machinery.SourceFileLoader(fullname, path).get_code(fullname)
            assert code is not None
            self._codes[module, filename] = _renamed(code, filename)
        return self._codes[module, filename]


def summary(cache: object) -> str:
    """The build log's line on its templates (empty without a :class:`Shipped`)."""
    if not isinstance(cache, Shipped) or isinstance(cache, Recorder):
        return ""
    return f"{cache.shipped} read compiled from the package, {cache.compiled} compiled"


def _renamed(code: CodeType, filename: str) -> CodeType:
    """``code`` as Jinja's own compile names it: the template's file (tracebacks point there)."""
    consts = tuple(_renamed(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


class Recorder(Shipped):
    """Records the generated code of every template a build compiles into ``folder``
    (scripts/compile-templates): what :class:`Shipped` then reads."""

    def __init__(self, folder: Path) -> None:
        super().__init__(None, folder)
        self.entries: dict[str, dict[str, Any]] = {}

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        python = environment.compile(source, name, filename, raw=True)
        sha1 = source_hash(source)
        module = "t_" + hashlib.sha1(f"{name}\0{sha1}".encode()).hexdigest()[:16]
        header = f"# Generated by scripts/compile-templates from {name}, Jinja {jinja2.__version__}"
        # at the end: a line before the code would move its line numbers (tracebacks)
        (self.folder / f"{module}.py").write_text(f"{python}\n{header}\n", "utf-8")
        self.entries[f"{name}\0{sha1}"] = {
            "name": name,
            "sha1": sha1,
            "module": module,
            "file": _package_path(filename),
            "options": options(environment, name),
            "named": named(environment, python),
        }
        return Bucket(environment, self.get_cache_key(name, filename), sha1)

    def write_index(self) -> None:
        entries = sorted(self.entries.values(), key=lambda e: (e["name"], e["file"]))
        (self.folder / "index.json").write_text(json.dumps(entries, indent=1) + "\n", "utf-8")


def _package_path(filename: str | None) -> str:
    """Where the template comes from, for a reader of index.json: the path from the
    installed package's folder (``iltod/...``, ``material/...``)."""
    if filename is None:
        return ""
    path = Path(filename)
    for packages in ("site-packages", "dist-packages"):
        if packages in path.parts:
            return "/".join(path.parts[path.parts.index(packages) + 1 :])
    return path.relative_to(_PACKAGES).as_posix() if path.is_relative_to(_PACKAGES) else path.name


_PACKAGES = Path(__file__).parents[2]  # the folder holding the iltod package


_active: Shipped | None = None


def record(folder: Path) -> Recorder:
    """From now on, every environment iltod makes records into ``folder``."""
    global _active
    _active = Recorder(folder)
    return _active


def cache(kept: BytecodeCache | None) -> BytecodeCache:
    """The bytecode cache of a build's environments (iltod.site.templating)."""
    if _active is not None:
        return _active
    return Shipped(kept)
