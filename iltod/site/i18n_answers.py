"""The labels of the pages that answer a citizen's questions (issue 29): what is late, who is
behind, what changed, is it getting better. Each key: the Mongolian label, then the English
one; :mod:`iltod.site.i18n` adds them to its one table."""

from __future__ import annotations

ANSWERS: dict[str, tuple[str, str]] = {
    "table_scroll": ("Хүснэгт {n} (хажуу тийш гүйлгэнэ)", "Table {n} (scrolls sideways)"),
    "change_details": ("Git-ийн дэлгэрэнгүй", "Git details"),
    "updates_title": ("Шинэчлэлтийг дагах", "Follow updates"),
    "updates_text": (
        (
            "Мэдээ дагах (Atom) програмд доорх хаягийг нэмбэл шинэ тайлан, өөрчлөлт бүр "
            'тэнд харагдана. Хаягийг хуулж аваад програмынхаа "нэмэх" хэсэгт буулгана уу.'
        ),
        (
            "Add the address below to a feed reader app and every new report or change shows "
            'up there. Copy the address and paste it into your app\'s "add" box.'
        ),
    ),
    "updates_site_feed": ("Бүх сайтын шинэчлэлтийн хаяг", "The whole site's feed address"),
    "updates_agency_feeds": ("Байгууллага бүрийн шинэчлэлт", "Each agency's feed"),
    "search_page": ("Хайлт", "Search"),
    "search_in_mongolian": (
        "Төлөвлөгөөний текст монгол хэлээр бичигдсэн.",
        (
            'The plans\' own text is written in Mongolian: an English word such as "training" '
            "finds nothing; search with Mongolian words."
        ),
    ),
    "trend": ("Өмнөх тайлант оноос", "Since the previous year"),
    "trend_improved": ("{points} нэгжээр сайжирсан", "improved by {points} points"),
    "trend_unchanged": ("өөрчлөгдөөгүй", "unchanged"),
    "trend_fell": ("{points} нэгжээр буурсан", "fell by {points} points"),
    "find_words": ("Хайх үг", "Words to search for"),
    "find_filters": ("Шүүлтүүр", "Filters"),
    "find_any": ("Бүгд", "All"),
    "filter_region": ("Бүс нутаг", "Region"),
    "filter_status": ("Арга хэмжээний төлөв", "Status of a measure"),
    "filter_year": ("Тайлант он", "Reporting year"),
    "find_found": ("{n} үр дүн олдлоо", "{n} results found"),
    "find_none": ("Олдсонгүй", "Nothing found"),
    "find_failed": ("Хайлт амжилтгүй боллоо", "Search failed"),
    "find_more": ("Цааш үзэх", "Show more"),
    "find_measures": (
        "Энэ төлөвтэй {n} арга хэмжээ: {status}",
        "{n} measures of this status: {status}",
    ),
    "find_unfiltered": (
        "Шүүлтүүрийг ачаалж чадсангүй: шүүлтгүй үр дүн.",
        "The filters could not be loaded: results are not narrowed.",
    ),
    "find_noscript": (
        "Хайлт JavaScript шаарддаг. Түүнгүйгээр эдгээр жагсаалтыг үзнэ үү:",
        "Search needs JavaScript. Without it, see these lists:",
    ),
    "trend_years": ("Тайлант оноор", "Over the reporting years"),
    "trend_objective": (
        "{number}-р зорилтын дундаж хэрэгжилт, тайлант он бүрээр",
        "Objective {number}: average implementation in each reporting year",
    ),
    "trend_measure": (
        "{number} арга хэмжээний хэрэгжилт, тайлант он бүрээр",
        "Measure {number}: implementation in each reporting year",
    ),
    "trend_group": (
        "Дундаж хэрэгжилт, тайлант он бүрээр (тоо нь энэ хуудасны онуудын жагсаалтад)",
        "Average implementation in each reporting year (the figures are in this page's years)",
    ),
    "trend_by_number": (
        (
            "Он бүрийн ижил дугаартай зорилт, арга хэмжээг харьцуулсан; тухайн оны текстийг "
            "оны холбоосоор үзнэ үү."
        ),
        "Each year's objective or measure of the same number; its text is on that year's page.",
    ),
    "feed_file_note": (
        (
            "Энэ бол мэдээ дагах (Atom) програмд зориулсан файл. Энэ хуудасны хаягийг програмдаа "
            "нэмбэл шинэ тайлан, өөрчлөлт бүр тэнд харагдана. Тайлбар:"
        ),
        (
            "This file is for a feed reader app (Atom). Add this page's address to your app and "
            "every new report or change shows up there. How to follow updates:"
        ),
    ),
    "map_no_agency": ("тайлагнасан байгууллага алга", "no reporting agency"),
    "late": ("Хугацаа хэтэрсэн арга хэмжээ", "Overdue measures"),
    "late_in": ("{place}: хугацаа хэтэрсэн арга хэмжээ", "{place}: overdue measures"),
    "late_note": (
        (
            "{year} оны төлөвлөгөөнүүдийн {date}-ны байдлаар дуусах хугацаа нь өнгөрсөн ч бүрэн "
            "хэрэгжээгүй арга хэмжээ, хамгийн удаан хэтэрсэн нь эхэнд."
        ),
        (
            "The measures of the {year} plans whose due date had passed on {date} and which are "
            "not fully implemented, longest overdue first."
        ),
    ),
    "late_note_all": (
        (
            "Бүх оны төлөвлөгөөний {date}-ны байдлаар дуусах хугацаа нь өнгөрсөн ч бүрэн "
            "хэрэгжээгүй арга хэмжээ, хамгийн удаан хэтэрсэн нь эхэнд."
        ),
        (
            "The measures of every year's plans whose due date had passed on {date} and which "
            "are not fully implemented, longest overdue first."
        ),
    ),
    "days_overdue": ("Хэтэрсэн хоног", "Days overdue"),
    "no_late": ("Хугацаа хэтэрсэн арга хэмжээ алга.", "No measure is overdue."),
    "ranking_all": ("Бүх байгууллагын эрэмбэ", "All agencies ranked"),
    "regions_ranked": ("Бүс нутгууд дундаж хэрэгжилтээр", "Regions ranked by average"),
    "see_late": (
        "Юу хоцорч байна: {n} арга хэмжээний хугацаа хэтэрсэн",
        "What is late: {n} overdue measures",
    ),
    "see_ranking": (
        "Хэн хоцорч байна: бүх байгууллагын эрэмбэ",
        "Who is behind: all agencies ranked",
    ),
    "by_region": ("Бүс нутаг бүрээр", "In each region"),
}
