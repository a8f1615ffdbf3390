"""The one translation table for the site's own labels: Mongolian by default, English complete.

The language is chosen by ``theme.language`` in mkdocs.yml (``mn`` or ``en``). Agency text (plan
titles, measures, results) is shown as filed, in the language the agency wrote it.
"""

from __future__ import annotations

from iltod.progress import WORDS
from iltod.site.i18n_answers import ANSWERS

LANGUAGES = ("mn", "en")

LABELS: dict[str, tuple[str, str]] = {
    # each key: the Mongolian label, then the English one
    "site_name": ("Ил тод: үйл ажиллагааны төлөвлөгөөний биелэлт", "Iltod: action plan progress"),
    "home": ("Нүүр", "Home"),
    "regions": ("Бүс нутаг", "Regions"),
    "region": ("Бүс нутаг", "Region"),
    "agencies": ("Байгууллагууд", "Agencies"),
    "agency": ("Байгууллага", "Agency"),
    "plans": ("Төлөвлөгөө", "Plans"),
    "plan": ("Төлөвлөгөө", "Plan"),
    "year": ("Он", "Year"),
    "objective": ("Зорилт", "Objective"),
    "objectives": ("Зорилтууд", "Objectives"),
    "measure": ("Арга хэмжээ", "Measure"),
    "measures": ("Арга хэмжээнүүд", "Measures"),
    "number": ("Дугаар", "No."),
    "timeframe": ("Хэрэгжих хугацаа", "Timeframe"),
    "due": ("Дуусах огноо", "Due date"),
    "indicators": ("Шалгуур үзүүлэлт", "Indicators"),
    "target": ("Хүрэх түвшин, үр дүн", "Target level and result"),
    "baseline": ("Суурь түвшин", "Baseline"),
    "target_level": ("Зорилтот түвшин", "Target level"),
    "responsible": ("Хариуцах эзэн", "Responsible"),
    "budget": (
        "Зарцуулсан хөрөнгө, эх үүсвэр (сая төгрөг)",
        "Money spent and source (million MNT)",
    ),
    "budget_none": ("Зарцуулаагүй (-)", "None (-)"),
    "budget_spent": ("Зарцуулсан", "Spent"),
    "budget_source": ("Эх үүсвэр", "Source"),
    "result": ("Хүрсэн түвшин, үр дүн", "Achieved result"),
    "percent": ("Хэрэгжилтийн хувь", "Implementation"),
    "status": ("Төлөв", "Status"),
    "overdue": ("Хугацаа хэтэрсэн", "Overdue"),
    "overdue_col": ("Хугацаа", "Deadline"),
    "on_time": ("—", "—"),
    "average": ("Дундаж хэрэгжилт", "Average implementation"),
    "average_short": ("Дундаж", "Average"),
    "assessed_of": (
        "{assessed}/{total} арга хэмжээ үнэлэгдсэн",
        "{assessed} of {total} measures assessed",
    ),
    "not_stated": ("Бичээгүй", "Not stated"),
    "attachments": ("Хавсралт, нотлох баримт", "Attachments and evidence"),
    "attachments_declared": (
        "Тайлангийн системд бүртгэгдсэн (энэ сайтад байршаагүй)",
        "Registered in the reporting system (not published here)",
    ),
    "att_total": ("Нийт", "Total"),
    "att_files": ("Файл", "Files"),
    "att_images": ("Зураг", "Photos"),
    "no_attachments": ("Хавсралт байхгүй", "No attachments"),
    "notes": ("Тайлбар", "Notes"),
    "period": ("Тайлант хугацаа", "Reporting period"),
    "reported": ("Тайлан гаргасан огноо", "Report date"),
    "source": ("Эх сурвалж", "Source"),
    "scale": ("Үнэлгээний шатлал", "Scoring scale"),
    "scale_free": ("Чөлөөт (0–100)", "Free (0–100)"),
    "data_downloads": ("Нээлттэй өгөгдөл татах", "Open data downloads"),
    "edit_data": ("Энэ өгөгдлийг засах (GitHub)", "Edit this data (GitHub)"),
    "chart_table": ("Тоон утгыг хүснэгтээр харах", "Show the numbers as a table"),
    "chart_agencies": (
        "Байгууллага тус бүрийн дундаж хэрэгжилт",
        "Average implementation per agency",
    ),
    "chart_regions": ("Бүс нутаг тус бүрийн дундаж хэрэгжилт", "Average implementation per region"),
    "national": ("Улсын хэмжээнд", "Nationwide"),
    "figures": ("Гол үзүүлэлт", "Key figures"),
    "count_agencies": ("Байгууллага", "Agencies"),
    "count_plans": ("Төлөвлөгөө", "Plans"),
    "count_measures": ("Арга хэмжээ", "Measures"),
    "count_assessed": ("Үнэлэгдсэн", "Assessed"),
    "count_overdue": ("Хугацаа хэтэрсэн", "Overdue"),
    "latest": ("Сүүлд шинэчлэгдсэн", "Latest updates"),
    # the history of changes and feedback, in iltod/site/timeline.py
    "history": ("Өөрчлөлтийн түүх", "History of changes"),
    "last_updated": ("Өгөгдөл сүүлд өөрчлөгдсөн", "Data last changed"),
    "no_history": (
        "Өөрчлөлтийн түүх алга (git түүхгүй).",
        "No history of changes (no git history).",
    ),
    "report_problem": ("Санал хүсэлт, алдаа мэдэгдэх", "Report a problem"),
    "feed": ("Шинэчлэлтийг Atom-аар дагах", "Follow updates (Atom feed)"),
    "published": ("Нийтлэгдсэн", "Published"),
    "pull_request": ("Өөрчлөлтийн хүсэлт #{n}", "Pull request #{n}"),
    "submitted_report": (
        "Тайлангаар илгээсэн: {file}, SHA-256 {sha}…, илгээгч {who}, асуудал",
        "Submitted as a report: {file}, SHA-256 {sha}…, by {who} through issue",
    ),
    "change_message": ("Тайлбар", "Message"),
    "change_author": ("Оруулсан", "Written by"),
    "change_commit": ("Git commit", "Git commit"),
    "plans_by_year": ("Оны төлөвлөгөөнүүд", "Plans by year"),
    "all_measures": ("Бүх арга хэмжээ", "All measures"),
    "about_data": ("Тоо баримт байгууллагын ирүүлснээр", "Figures as filed by the agency"),
    "not_assessed_note": (
        "Үнэлээгүй болон хугацаа болоогүй арга хэмжээ дундажид орохгүй.",
        "Measures not assessed or not yet due are left out of averages.",
    ),
    "search": ("Хайх", "Search"),
    "name": ("Нэр", "Name"),
    "measures_changed": ("{count} арга хэмжээ өөрчлөгдсөн", "{count} measures changed"),
    "parent": ("Харьяалах байгууллага", "Parent body"),
    "website": ("Цахим хуудас", "Website"),
    "previous": ("Өмнөх", "Previous"),
    "next": ("Дараах", "Next"),
    "print_view": ("Хэвлэх хувилбар", "Print view"),
    "submit_report": ("Тайлан илгээх", "Submit a report"),
    "download_xlsx": ("Тайлангийн хүснэгт (Excel)", "Report table (Excel)"),
    "download_docx": ("Тайлангийн хүснэгт (Word)", "Report table (Word)"),
    "period.year-end": ("жилийн эцэс", "year-end"),
    "period.half-year": ("хагас жил", "half-year"),
    "period.q1": ("I улирал", "1st quarter"),
    "period.q2": ("II улирал", "2nd quarter"),
    "period.q3": ("III улирал", "3rd quarter"),
    "period.q4": ("IV улирал", "4th quarter"),
    # evidence gallery (iltod.site.gallery)
    "gallery.photos": ("Зураг", "Photos"),
    "gallery.files": ("Баримт бичиг", "Documents"),
    "gallery.photo": ("Нотлох баримтын зураг {n}", "Evidence photo {n}"),
    "gallery.enlarge": ("томруулж харах", "view larger"),
    "gallery.close": ("Хаах", "Close"),
    "gallery.counter": ("{n} / {total}", "{n} of {total}"),
    "gallery.original": ("Эх хувь", "Original"),
    "gallery.download": ("Татах", "Download"),
    # comparisons, map and status distribution (issue 14)
    "map_legend": ("Тайлбар", "Legend"),
    "map_table": ("Газрын зургийн тоог хүснэгтээр харах", "Show the map's numbers as a table"),
    "by_status": ("Арга хэмжээ төлөвөөр", "Measures by status"),
    "ranking": ("Байгууллагууд дундаж хэрэгжилтээр", "Agencies ranked by average implementation"),
    "ranking_note": (
        "Хамгийн сүүлийн оны төлөвлөгөөгөөр; үнэлгээгүй байгууллага сүүлд.",
        "By each agency's latest plan; agencies with nothing assessed come last.",
    ),
    "assessed_share": ("Үнэлэгдсэн", "Assessed"),
    "year_over_year": ("Зорилт бүрийн хэрэгжилт, оноор", "Each objective, year over year"),
    "feedback_no_account": (
        "GitHub бүртгэлгүйгээр санал хүсэлт илгээх",
        "Send feedback (no GitHub account needed)",
    ),
    # the footer: who publishes the site (iltod/site/options.py)
    "publisher": ("Нийтлэгч", "Published by"),
    "contact": ("Холбоо барих", "Contact"),
    "data_licence": ("Өгөгдлийн лиценз", "Data licence"),
    "source_code": ("Эх код, өгөгдөл", "Source and data"),
    "data_as_of": ("Өгөгдлийн огноо", "Data as of"),
    "skip": ("Агуулга руу шууд очих", "Skip to content"),
    "breadcrumb": ("Хуудасны зам", "Breadcrumb"),
    "not_found": ("Хуудас олдсонгүй", "Page not found"),
    "nav_all": ("Бүгдийг харах ({n})", "See all ({n})"),
    "not_found_text": (
        "Энэ хаягаар хуудас алга. Нүүр хуудаснаас эсвэл хайлтаар хайна уу.",
        "There is no page at this address. Start from the home page, or search.",
    ),
    # one site per reporting year (iltod/site/years.py)
    "archive_notice": ("{years} оны тайлангийн архив", "Archive of the {years} reports"),
    "archive_notice_text": (
        (
            "Энэ бол тухайн оны төлөвлөгөө, биелэлтийн нийтлэгдсэн хувилбар, дахин "
            "өөрчлөгдөхгүй. Сүүлийн оны тайлан, бүх оны жагсаалт одоогийн сайтад байна."
        ),
        (
            "These pages keep that year's plans and progress as published; they no longer "
            "change. The latest reports and the list of every year are on the current site."
        ),
    ),
    "archive_current": ("Одоогийн сайт руу очих", "Go to the current site"),
    "archives": (
        "Өмнөх онуудын тайлан тус бүр өөрийн сайттай, хайлттай",
        "Each past year's reports have their own site and search",
    ),
    "archive_search": ("{year} оны тайлангаас хайх", "Search the {year} reports"),
    "all_years_current": (
        "Бүх оны төлөвлөгөө одоогийн сайтад",
        "Every year's plans on the current site",
    ),
}

SEARCH: dict[str, tuple[str, str]] = {
    # Pagefind's search box (iltod/site/assets/search.js), by Pagefind's own keys
    "placeholder": ("Хайх", "Search"),
    "clear_search": ("Цэвэрлэх", "Clear"),
    "load_more": ("Цааш үзэх", "Load more results"),
    "search_label": ("Энэ сайтаас хайх", "Search this site"),
    "filters_label": ("Шүүлтүүр", "Filters"),
    "zero_results": (
        "[SEARCH_TERM] гэсэн үр дүн олдсонгүй",
        "No results for [SEARCH_TERM]. The plans are written in Mongolian: try a Mongolian word",
    ),
    "many_results": ("[SEARCH_TERM]: [COUNT] үр дүн", "[COUNT] results for [SEARCH_TERM]"),
    "one_result": ("[SEARCH_TERM]: [COUNT] үр дүн", "[COUNT] result for [SEARCH_TERM]"),
    "total_zero_results": ("Үр дүн алга", "No results"),
    "total_one_result": ("[COUNT] үр дүн", "[COUNT] result"),
    "total_many_results": ("[COUNT] үр дүн", "[COUNT] results"),
    "alt_search": (
        "[SEARCH_TERM] олдсонгүй. Оронд нь [DIFFERENT_TERM] гэж хайсан үр дүн",
        "No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead",
    ),
    "search_suggestion": (
        "[SEARCH_TERM] олдсонгүй. Эдгээрийн аль нэгээр хайж үзнэ үү:",
        "No results for [SEARCH_TERM]. Try one of the following searches:",
    ),
    "searching": ("[SEARCH_TERM] хайж байна…", "Searching for [SEARCH_TERM]..."),
    "results_label": ("Хайлтын үр дүн", "Search results"),
    "keyboard_navigate": ("шилжих", "navigate"),
    "keyboard_select": ("сонгох", "select"),
    "keyboard_clear": ("цэвэрлэх", "clear"),
    "keyboard_close": ("хаах", "close"),
    "keyboard_search": ("хайх", "search"),
    "error_search": ("Хайлт амжилтгүй боллоо", "Search failed"),
    "filter_selected_one": ("[COUNT] сонгосон", "[COUNT] selected"),
    "filter_selected_many": ("[COUNT] сонгосон", "[COUNT] selected"),
    "input_hint": ("Бичих тусам үр дүн гарна", "Results will appear as you type"),
    "loading": ("Ачаалж байна", "Loading"),
}
"""Every string of Pagefind's component UI, in Mongolian and English (its own keys)."""

# Status and band names live with the rules that define them (iltod.progress).
LABELS.update({f"status.{key}": words for key, words in WORDS.items()})
# The answers to a citizen's questions (late lists, ranking, trends): their own module.
LABELS.update(ANSWERS)

# Objective numbers as the report tables write them: "НЭГ.", "ХОЁР." …
ORDINALS_MN = (
    "НЭГ ХОЁР ГУРАВ ДӨРӨВ ТАВ ЗУРГАА ДОЛОО НАЙМ ЕС АРАВ "
    "АРВАН НЭГ|АРВАН ХОЁР|АРВАН ГУРАВ|АРВАН ДӨРӨВ|АРВАН ТАВ"
)


def ordinal_mn(n: int) -> str:
    """НЭГ for 1 … АРВАН ТАВ for 15; the number itself beyond that."""
    head, tail = ORDINALS_MN.split(" АРВАН НЭГ|", 1)
    words = head.split() + ("АРВАН НЭГ|" + tail).split("|")
    return words[n - 1] if 1 <= n <= len(words) else str(n)


class Translator:
    """Look up labels in one language; a missing key is a bug and raises ``KeyError``."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "mn"
        self.language = language
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **args: object) -> str:
        text = LABELS[key][self._index]
        return text.format(**args) if args else text
