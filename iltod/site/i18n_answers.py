"""The labels of the pages that answer a citizen's questions (issue 29): what is late, who is
behind, what changed, is it getting better. Each key: the Mongolian label, then the English
one; :mod:`iltod.site.i18n` adds them to its one table."""

from __future__ import annotations

ANSWERS: dict[str, tuple[str, str]] = {
    "table_scroll": ("Хүснэгт {n} (хажуу тийш гүйлгэнэ)", "Table {n} (scrolls sideways)"),
    "change_details": ("Git-ийн дэлгэрэнгүй", "Git details"),
    "map_no_agency": ("тайлагнасан байгууллага алга", "no reporting agency"),
}
