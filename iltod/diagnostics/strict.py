"""Which diagnostics stop a strict build: one rule for ``mkdocs build --strict``, ``iltod
validate`` and ``iltod import``.

The pull-request check runs ``iltod validate`` and the strict build; a clerk runs validate
alone. A warning only one of them stopped on told the clerk "all is well", then the check
failed. So every warning stops the strict build, and makes validate (and an import that writes
the plan) exit 1, unless it is one of :data:`NEVER_STOP`: a note about the checkout or about a
conversion, which no fix to a plan file could remove. The hook counts these itself, so
``mkdocs build --strict -q`` (whose quiet logging drops warnings before MkDocs counts them)
stops too.
"""

from __future__ import annotations

from collections.abc import Iterable

from iltod.diagnostics import Diagnostic

NEVER_STOP = frozenset({"W201", "W203", "W204"})
"""Warnings reported and never fatal: no git at all (a preview copy, W201), a past version of a
plan git cannot parse (W203: history is what it was), an agency without owners (W204,
``iltod codeowners``). Every import warning (W1xx) also never stops: it describes what the
importer did to a cell and never reaches a build; the plan it wrote is validated on its own."""


def stops_strict(d: Diagnostic) -> bool:
    """True when ``d`` fails a strict build (and so ``iltod validate``)."""
    if d.severity == "error":
        return True
    return d.code not in NEVER_STOP and not d.code.startswith("W1")


def stopping_warnings(ds: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The warnings of ``ds`` a strict build stops on."""
    return [d for d in ds if d.severity == "warning" and stops_strict(d)]


def verdict(ds: Iterable[Diagnostic], lang: str = "both") -> str:
    """The line that says why the exit status is 1 when only warnings stop the build ("" when
    nothing does, or when errors do: an error needs no explanation)."""
    ds = list(ds)
    if any(d.severity == "error" for d in ds):
        return ""
    n = len(stopping_warnings(ds))
    if not n:
        return ""
    en = (
        f"{n} warning{'s' if n != 1 else ''} stop{'s' if n == 1 else ''} "
        "`mkdocs build --strict` (the pull-request check): write what each one says"
    )
    check = "`mkdocs build --strict`-ийг зогсооно (шалгалт)"
    mn = f"{n} анхааруулга {check}: тус бүрт заасныг бичнэ үү"
    return {"en": en, "mn": mn}.get(lang, f"{en} / {mn}")


def aborted(stopping: list[Diagnostic]) -> str:
    """What a strict build says when it stops on warnings: their number and places (printed
    even under ``-q``, which hides the warnings' own lines)."""
    n = len(stopping)
    places = "; ".join(f"{d.file}:{d.line}:{d.column} {d.code}" for d in stopping[:20])
    more = f"; … (+{n - 20})" if n > 20 else ""
    return (
        f"strict: {n} warning{'s stop' if n != 1 else ' stops'} the build ({places}{more}); "
        f"`iltod validate` prints each with what to write instead / "
        f"strict: {n} анхааруулга бүтээлтийг зогсоов; `iltod validate` тус бүрийг засах аргатай нь "
        "харуулна"
    )
