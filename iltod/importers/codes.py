"""Diagnostic codes of the importers (range E1xx/W1xx), English and Mongolian.

Importers never raise on bad input: every problem becomes one of these, located at the source
line (text exports) or row (sheets and Word tables) and column.
"""

from __future__ import annotations

from iltod.codes import CODES, Code

CODES.update({
    "E101": Code(
        "expected a report as .txt (reporting-system export), .docx or .xlsx, got {got}",
        "тайлан .txt (тайлангийн системийн экспорт), .docx эсвэл .xlsx байх ёстой; {got} байна",
        "Unreadable or unsupported file",
    ),
    "E102": Code(
        "expected a header row with the IAAC columns (Арга хэмжээ, Хэрэгжилтийн хувь …), got none",
        "ТАХ-ийн хүснэгтийн толгой мөр (Арга хэмжээ, Хэрэгжилтийн хувь …) олдсонгүй",
        "No IAAC table header",
    ),
    "E103": Code(
        "expected a column '{header}', got none (columns found: {found})",
        "'{header}' багана байх ёстой; олдсонгүй (олдсон баганууд: {found})",
        "Required column missing",
    ),
    "E104": Code(
        "expected at least one measure (a row numbered like 1.1), got none",
        "дор хаяж нэг арга хэмжээ (1.1 гэх мэт дугаартай мөр) байх ёстой; олдсонгүй",
        "No measures found",
    ),
    "E105": Code(
        "expected the agency's slug (--agency), got none; the report names '{got}'",
        "байгууллагын slug (--agency) өгөх шаардлагатай; тайланд '{got}' гэж бичигдсэн",
        "Agency unknown",
    ),
    "E106": Code(
        "expected the plan year (--year, or a line such as '2021 оны жилийн эцэс'), got none",
        "төлөвлөгөөний он (--year, эсвэл '2021 оны жилийн эцэс' гэх мөр) олдсонгүй",
        "Year unknown",
    ),
    "E107": Code(
        "expected a measure the plan can hold, got {problem}; the measure is not imported",
        "арга хэмжээг уншиж чадсангүй: {problem}; импортлогдсонгүй",
        "Measure refused",
    ),
    "E108": Code(
        "expected plan fields the model accepts, got {problem}",
        "төлөвлөгөөний талбар буруу: {problem}",
        "Plan refused",
    ),
    "W101": Code(
        "expected row number {expected} (the measure's position in the plan), got {got}; kept in notes",
        "мөрийн дугаар {expected} (арга хэмжээний дараалал) байх ёстой; {got} байна; тайлбарт хадгалав",
        "Row number (Д/д) does not match",
    ),
    "W102": Code(
        "expected a percent cell, got none (the row ends early); stored as null (not assessed)",
        "хэрэгжилтийн хувийн нүд байх ёстой; алга (мөр дутуу); үнэлээгүй (null) гэж хадгалав",
        "Percent missing",
    ),
    "W103": Code(
        "expected a percent such as 100% or 91,7, got '{got}'; kept in notes, percent null",
        "хувь 100% эсвэл 91,7 гэх мэт байх ёстой; '{got}' байна; тайлбарт хадгалж, хувийг null болгов",
        "Percent not readable",
    ),
    "W104": Code(
        "expected the percent in its own cell, got it inside the text '{got}'; read {value}",
        "хувь тусдаа нүдэнд байх ёстой; '{got}' текст дотроос {value} гэж уншив",
        "Percent read from text",
    ),
    "W105": Code(
        "expected a known IAAC column, got '{got}'; its cells are kept in notes",
        "ТАХ-ийн хүснэгтийн багана байх ёстой; '{got}' үл мэдэгдэх багана; утгыг тайлбарт хадгалав",
        "Unknown column",
    ),
    "W106": Code(
        "expected a table cell, got text outside any measure: '{got}'; not imported",
        "хүснэгтийн нүд байх ёстой; аль ч арга хэмжээнд хамаарахгүй текст байна: '{got}'; импортлоогүй",
        "Text outside the table",
    ),
    "W107": Code(
        "expected {expected} cells in the row of measure {number}, got {got}",
        "{number} арга хэмжээний мөрөнд {expected} нүд байх ёстой; {got} байна",
        "Row has missing cells",
    ),
    "W108": Code(
        "expected a measure number starting with {objective}., got {got}",
        "арга хэмжээний дугаар {objective}.-ээр эхлэх ёстой; {got} байна",
        "Measure number does not match its objective",
    ),
    "W109": Code(
        "expected measures under objective '{got}', got none; the objective is not imported",
        "'{got}' зорилтод арга хэмжээ байх ёстой; алга; зорилт импортлогдсонгүй",
        "Objective without measures",
    ),
    "W110": Code(
        "expected one value per cell, got a merged cell spanning {span}; its value is read for every row it spans",
        "нүд бүрт нэг утга байх ёстой; {span} нэгтгэсэн нүд байна; утгыг хамрах мөр бүрт уншив",
        "Merged cell",
    ),
    "W111": Code(
        "expected percents on the scale {scale}, got {got}; the plan's scale is set to free",
        "хувь {scale} шатлалд байх ёстой; {got} байна; төлөвлөгөөний шатлалыг free болгов",
        "Percent off the default scale",
    ),
    "W112": Code(
        "expected the IAAC table on sheet '{got}', got none there; read sheet '{used}'",
        "'{got}' хуудсанд ТАХ-ийн хүснэгт байх ёстой; алга; '{used}' хуудсыг уншив",
        "Table found on another sheet",
    ),
    "W113": Code(
        "expected a measure number such as 1.1 at the start of '{got}', got none; numbered {number} by position",
        "'{got}' эхэнд 1.1 гэх мэт дугаар байх ёстой; алга; дарааллаар нь {number} гэж дугаарлав",
        "Measure without number",
    ),
    "W114": Code(
        "expected an attachment count such as 'Хавсралт нийт : 9 Файл : 1 Зураг : 8', got '{got}'; kept in notes",
        "хавсралтын тоо 'Хавсралт нийт : 9 Файл : 1 Зураг : 8' хэлбэртэй байх ёстой; '{got}' байна; тайлбарт хадгалав",
        "Attachment line not readable",
    ),
    "W115": Code(
        "expected {expected} cells in a row, got an extra cell '{got}'; kept in notes",
        "мөрөнд {expected} нүд байх ёстой; илүү нүд '{got}' байна; тайлбарт хадгалав",
        "Extra cell",
    ),
    "W116": Code(
        "expected a unique measure number, got {got} again (first at {first})",
        "арга хэмжээний дугаар давтагдахгүй байх ёстой; {got} дахин гарсан (анх {first})",
        "Duplicate measure number",
    ),
    "W117": Code(
        "expected a measure row, got an empty row; skipped",
        "арга хэмжээний мөр байх ёстой; хоосон мөр байна; алгасав",
        "Empty row",
    ),
    "W118": Code(
        "expected an objective heading (e.g. 'НЭГ. …') before measure {number}, got none; titled it '{title}'",
        "{number} арга хэмжээний өмнө зорилтын гарчиг ('НЭГ. …') байх ёстой; алга; '{title}' гэж нэрлэв",
        "Objective heading missing",
    ),
    "W120": Code(
        "expected the reporting period (e.g. '2021 оны жилийн эцэс'), got {got}; set to {period}",
        "тайлант хугацаа ('2021 оны жилийн эцэс' гэх мэт) байх ёстой; {got} байна; {period} гэж тохируулав",
        "Reporting period not found",
    ),
    "W121": Code(
        "expected the plan title on the first line, got none; used '{title}'",
        "эхний мөрөнд төлөвлөгөөний нэр байх ёстой; алга; '{title}' гэж нэрлэв",
        "Plan title not found",
    ),
    "W122": Code(
        "expected a column '{header}', got none; the field stays empty",
        "'{header}' багана байх ёстой; олдсонгүй; утга хоосон үлдэнэ",
        "Optional column missing",
    ),
    "W119": Code(
        "expected the exact-values cell to hold JSON, got '{got}'; ignored, the table cells are used",
        "нарийвчилсан утгын нүд JSON байх ёстой; '{got}' байна; хүснэгтийн утгыг ашиглав",
        "Exact-values cell not readable",
    ),
})  # fmt: skip
