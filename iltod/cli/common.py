"""What several commands share: choosing plans from paths, writing output, the language flag.

**No command destroys work.** Every file a command writes goes through :func:`target` and
:func:`write_bytes`: the name must end in the format's own extension (so a plan, ``.yml``, is
never overwritten by a spreadsheet or a schema), a file that exists is replaced only with
``--force``, and the bytes are written under a temporary name then renamed, so an interrupted
command leaves the old file whole. A refusal is a usage error (exit 2), in English and
Mongolian, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from iltod.load import loader
from iltod.regions import Regions
from iltod.site import config, options

PLAN_SUFFIXES = (".yml", ".yaml")


def usage(en: str, mn: str) -> loader.UsageError:
    """A usage error told in English, then in Mongolian on an indented line."""
    return loader.UsageError(f"{en}\n    мн: {mn}")


def settings(language: config.Language = "mn") -> config.Settings:
    """What the environment sets (iltod.site.config, the one reader), a malformed variable a
    usage error."""
    try:
        return config.settings_from(language)
    except config.ConfigError as exc:
        raise loader.UsageError(str(exc)) from None


def today() -> dt.date:
    """The day overdue is judged against: ``ILTOD_TODAY`` when set, else the machine's date."""
    return settings().today or dt.date.today()


def regions(root: Path) -> Regions:
    """The deployment's regions: the file ``extra.iltod.regions`` of the repository's
    mkdocs.yml names, else the built-in; a missing or wrong file is a usage error."""
    config_file = root / "mkdocs.yml"
    extra = options.from_file(config_file) if config_file.is_file() else None
    value = extra.get("regions") if isinstance(extra, dict) else None
    try:
        return config.regions_of(options.parse({"regions": value}, config_file), config_file)
    except (options.OptionsError, config.ConfigError) as exc:
        raise loader.UsageError(str(exc)) from None


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=["both", "en", "mn"], default="both")


def add_force(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--force", action="store_true", help="replace the output file when it already exists"
    )


def load(paths: list[str]) -> loader.Repository:
    """Load the repository around ``paths`` (default: the current folder), only those plans."""
    selection = [Path(p) for p in paths] or [Path.cwd()]
    for p in selection:
        try:
            exists = p.exists()
        except OSError as e:  # e.g. a name longer than the file system allows (Errno 36)
            raise loader.UsageError(f"{p}: {e.strerror}") from None
        if not exists:
            raise loader.UsageError(f"{p}: no such file or folder")
    root = loader.find_root(selection[0])
    whole = any(p.resolve() in (root, root / "plans") for p in selection)
    return loader.load(root, None if whole else selection, today=today(), regions=regions(root))


def target(output: str | Path, suffixes: tuple[str, ...], force: bool) -> Path:
    """The file ``output`` names, once it is certain it may be written.

    Raises:
        UsageError: its extension is not one of ``suffixes`` (the format being written), it is
            a folder, or it exists and ``force`` is false.
    """
    path = Path(output)
    if path.suffix.lower() not in suffixes:
        wanted = " or ".join(suffixes)
        got = path.suffix or "no extension"
        raise usage(
            f"{path}: expected a file name ending in {wanted}, got {got}; nothing written",
            f"{path}: файлын нэр {wanted}-ээр төгсөх ёстой, {got} байна; юу ч бичээгүй",
        )
    if path.is_dir():
        raise usage(
            f"{path}: expected a file name, got a folder; nothing written",
            f"{path}: файлын нэр байх ёстой, хавтас байна; юу ч бичээгүй",
        )
    if (path.exists() or path.is_symlink()) and not force:
        raise usage(
            f"{path} already exists: add --force to replace it; nothing written",
            f"{path} файл аль хэдийн байна: солих бол --force нэмнэ үү; юу ч бичээгүй",
        )
    return path


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` under a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def write(text: str, output: str | None, suffixes: tuple[str, ...], force: bool) -> None:
    """Write ``text`` to ``output`` (checked by :func:`target`), or to standard output when
    there is none."""
    if output:
        write_bytes(target(output, suffixes, force), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
