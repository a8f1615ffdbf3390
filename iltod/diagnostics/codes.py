"""The catalogue of diagnostic codes, with their English and Mongolian message templates.

This is the one catalogue: every code of every module is declared here, in ranges — E0xx/W0xx
files, fields and numbering (iltod.load); E1xx/W1xx import (iltod.iaac.read); E2xx/W2xx history
and review (iltod.history); E3xx/W3xx evidence files (iltod.evidence); E4xx/W4xx site build
(iltod.site). Codes are stable: tests, documentation and agency clerks refer to them. Add new
codes at the end of their group; never reuse a retired one. ``E`` codes are errors, ``W`` codes
warnings.

The Mongolian template of a code is read by a clerk who may know no English: each of its
placeholders is either Mongolian (named ``…_mn``) or in :data:`NEUTRAL`, a value that reads the
same in both languages. Text from a parser or a library (``problem``) is English and only ever
goes into the English line.
"""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    en: str
    mn: str
    summary: str


NEUTRAL = frozenset(
    {
        # values as the file, the document or the repository writes them
        "got", "key", "first", "name", "allowed", "previous", "value", "title", "header",
        "found", "span", "ext", "folder", "path", "link", "root", "reserved", "agency",
        "kind", "owners", "names",
        # numbers, dates, codes, characters and format names
        "byte", "files", "images", "sum", "total", "objective", "number", "expected", "used",
        "scale", "period", "limit", "size", "sha", "date", "rule", "char", "position", "bytes",
        "count", "stated", "year",
        # YAML's own words for a value (true, false)
        "reads",
        # dates and files (issue 25)
        "end", "plan", "other",
        # values of a plan and of a report (issue 24)
        "main",
    }
)  # fmt: skip
"""Placeholders whose values are language-neutral: they may appear in a Mongolian template."""


CODES: dict[str, Code] = {
    # --- file and YAML syntax -------------------------------------------------------------
    "E001": Code(
        "expected UTF-8 text, got byte 0x{byte} that is not UTF-8",
        "UTF-8 кодчилолтой текст байх ёстой; UTF-8 биш 0x{byte} байт байна",
        "File is not UTF-8",
    ),
    "E002": Code(
        "expected no byte-order mark, got a UTF-8 BOM at the start of the file",
        "файлын эхэнд BOM тэмдэгт байх ёсгүй; BOM байна",
        "File starts with a byte-order mark",
    ),
    "E003": Code(
        "expected spaces for indentation, got a tab character",
        "догол мөрийг хоосон зайгаар (space) хийнэ; таб (tab) тэмдэгт байна",
        "Tab in indentation",
    ),
    "E004": Code(
        "expected valid YAML, got a syntax error: {problem}",
        "YAML бичлэгийн алдаа: {problem_mn}",
        "YAML syntax error",
    ),
    "E005": Code(
        "expected each key once, got '{key}' again (first at line {first})",
        "түлхүүр нэг л удаа байх ёстой; '{key}' давтагдсан байна ({first}-р мөрөнд анх гарсан)",
        "Duplicate key",
    ),
    "E006": Code(
        "expected plain values, got a YAML {kind} ({name}); anchors, aliases and tags are not "
        "allowed",
        "энгийн утга байх ёстой; YAML-ийн {kind_mn} ({name}) ашиглахгүй",
        "Anchor, alias or tag",
    ),
    "E007": Code(
        "expected true/false or quoted text, got {got} (YAML 1.1 reads it as {reads}); "
        "write it in quotes if it is text",
        "true/false эсвэл хашилтад бичсэн текст байх ёстой; {got} байна "
        "(YAML 1.1 үүнийг {reads} гэж уншина); текст бол хашилтад бичнэ үү",
        "Ambiguous plain value (yes/no/on/off)",
    ),
    "E008": Code(
        "expected a YAML mapping at the top of the file, got {got}",
        "файлын эхэнд түлхүүр: утга бүхий бүтэц байх ёстой; {got_mn} байна",
        "Top level is not a mapping",
    ),
    "E009": Code(
        "expected a file, got an empty document",
        "файл хоосон байна",
        "Empty file",
    ),
    # --- fields and types -----------------------------------------------------------------
    "E010": Code(
        "expected this required field, got nothing",
        "заавал бөглөх талбар; бөглөөгүй байна",
        "Missing required field",
    ),
    "E011": Code(
        "expected one of the known fields ({allowed}), got unknown field '{key}'",
        "зөвшөөрөгдсөн талбарууд ({allowed}); үл мэдэгдэх '{key}' талбар байна",
        "Unknown field",
    ),
    "E012": Code(
        "expected one of {allowed}; got {got}",
        "{allowed}-ийн аль нэг байх ёстой; {got} байна",
        "Value not on the plan's scale",
    ),
    "E013": Code(
        "expected {expected}, got {got}",
        "{expected_mn} байх ёстой; {got_mn} байна",
        "Wrong type",
    ),
    "E014": Code(
        "expected {expected}, got {got}",
        "{expected_mn} байх ёстой; {got_mn} байна",
        "Value out of range or badly formed",
    ),
    "E015": Code(
        'expected text in quotes, got {got} which YAML reads as a {reads}; write "{got}"',
        "хашилтад бичсэн текст байх ёстой; {got} байна, YAML үүнийг {reads_mn} гэж уншина; "
        '"{got}" гэж бичнэ үү',
        "Number or date where text is expected",
    ),
    "E016": Code(
        "expected a percent or not_due, got both percent {got} and not_due: true",
        "хувь эсвэл not_due-ийн аль нэг; хувь {got} болон not_due: true хоёулаа байна",
        "Percent given for a measure that is not due",
    ),
    "E017": Code(
        "expected total = files + images ({files} + {images} = {sum}), got total {total}",
        "нийт = файл + зураг ({files} + {images} = {sum}) байх ёстой; нийт {total} байна",
        "Declared attachment counts do not add up",
    ),
    "E018": Code(
        "expected text without control characters, got {char} ({what}) at character "
        "{position}; {fix}",
        "текстэд удирдах тэмдэгт байж болохгүй; {position}-р тэмдэгт дээр {char} ({what_mn}) "
        "байна; {fix_mn}",
        "Control character or lone surrogate in the file",
    ),
    "E019": Code(
        "expected at most {limit} levels of nesting, got more than {limit}; a plan needs about 8 "
        "— check the indentation and the brackets [ ] {{ }} from this line",
        "{limit}-аас ихгүй түвшний бүтэц байх ёстой; түүнээс гүн байна (төлөвлөгөөнд 8 орчим "
        "түвшин хангалттай) — энэ мөрөөс эхлэн догол мөр, [ ] {{ }} хаалтыг шалгана уу",
        "Nesting too deep",
    ),
    # --- cross-file and numbering ---------------------------------------------------------
    "E020": Code(
        "expected the agency slug to equal its folder name '{folder}', got '{got}'",
        "байгууллагын slug хавтасны нэртэй ('{folder}') ижил байх ёстой; '{got}' байна",
        "Agency slug differs from folder",
    ),
    "E021": Code(
        "expected the plan year to equal the file name {expected}, got {got}",
        "төлөвлөгөөний он файлын нэртэй ({expected}) ижил байх ёстой; {got} байна",
        "Plan year differs from file name",
    ),
    "E022": Code(
        "expected the plan's agency to be its folder '{folder}', got {got}",
        "төлөвлөгөөний байгууллага хавтасны нэр '{folder}' байх ёстой; {got} байна",
        "Plan agency differs from folder",
    ),
    "E023": Code(
        "expected a unique objective number, got {got} again (first at line {first})",
        "зорилтын дугаар давтагдахгүй байх ёстой; {got} дахин гарсан ({first}-р мөрөнд анх)",
        "Duplicate objective number",
    ),
    "E024": Code(
        "expected a unique measure number, got {got} again (first at line {first})",
        "арга хэмжээний дугаар давтагдахгүй байх ёстой; {got} дахин гарсан ({first}-р мөрөнд анх)",
        "Duplicate measure number",
    ),
    "E025": Code(
        "expected a measure number starting with {objective}., got {got}",
        "арга хэмжээний дугаар {objective}.-ээр эхлэх ёстой; {got} байна",
        "Measure number does not match its objective",
    ),
    "E026": Code(
        "expected an agency.yml beside the plan in {folder}, got none",
        "{folder} хавтаст agency.yml файл байх ёстой; алга байна",
        "Agency file missing",
    ),
    "E027": Code(
        "expected plans/<agency>/<year>.yml (e.g. 2021.yml) or plans/<agency>/agency.yml, got "
        "'{got}'",
        "plans/<байгууллага>/<он>.yml (жишээ нь 2021.yml) эсвэл plans/<байгууллага>/agency.yml "
        "байх ёстой; '{got}' байна",
        "Unexpected file name",
    ),
    "E028": Code(
        "expected a known region ({hint}), got '{got}'",
        "бүртгэлтэй бүс нутаг ({hint_mn}) байх ёстой; '{got}' байна",
        "Unknown region",
    ),
    "E029": Code(
        "expected a slug that is not a reserved site folder ({reserved}), got '{got}'",
        "сайтын нөөцөлсөн нэр ({reserved}) биш байх ёстой; '{got}' байна",
        "Reserved agency slug",
    ),
    # --- attachments ----------------------------------------------------------------------
    "E030": Code(
        "expected an existing file {path}, got nothing there",
        "{path} файл байх ёстой; олдсонгүй",
        "Attachment file missing",
    ),
    "E031": Code(
        "expected a path inside {root}, got '{got}' which leaves it",
        "{root} хавтас дотор байх ёстой; '{got}' зам гадагш гарч байна",
        "Attachment path leaves its folder",
    ),
    "E032": Code(
        "expected a regular file, got a path through the symbolic link {link}",
        "энгийн файл байх ёстой; {link} тэмдэгт холбоосоор (symlink) дамжиж байна",
        "Attachment path passes through a symlink",
    ),
    "E033": Code(
        "expected each attachment once, got '{got}' again",
        "хавсралт нэг удаа бичигдэх ёстой; '{got}' давтагдсан",
        "Duplicate attachment",
    ),
    # --- files of the repository ----------------------------------------------------------
    "E034": Code(
        "expected a regular file or folder, got a symbolic link; it is not read or published — "
        "put the file itself here",
        "энгийн файл эсвэл хавтас байх ёстой; тэмдэгт холбоос (symlink) байна; уншихгүй, "
        "нийтлэхгүй — файлыг өөрийг нь энд байрлуулна уу",
        "Symbolic link under plans/ or docs/",
    ),
    "E035": Code(
        "expected a file name of at most {limit} bytes (in UTF-8) per folder or file, got "
        "{bytes} bytes; shorten it",
        "хавтас, файлын нэр UTF-8-аар {limit} байтаас ихгүй байх ёстой; {bytes} байт байна; "
        "богиносгоно уу",
        "File name too long",
    ),
    # E040–E049: the reviewer's assessment file, plans/<agency>/<year>.assessment.yml (issue 25)
    "E040": Code(
        "expected the number of a measure of {plan}, got {got}",
        "{plan} төлөвлөгөөний арга хэмжээний дугаар байх ёстой; {got} байна",
        "Assessed measure not in the plan",
    ),
    "E041": Code(
        "expected one of {allowed} (the plan's scale) or no-evidence; got {got}",
        "{allowed} (төлөвлөгөөний шатлал) эсвэл no-evidence-ийн аль нэг байх ёстой; {got} байна",
        "Assessed level not on the plan's scale",
    ),
    "E042": Code(
        "expected the plan this assessment is of, {path}, got no such valid plan",
        "энэ үнэлгээний төлөвлөгөө {path} байх ёстой; зөв төлөвлөгөө олдсонгүй",
        "Assessment without its plan",
    ),
    "E043": Code(
        "expected each measure assessed once, got {got} again (first at line {first})",
        "арга хэмжээ бүрийг нэг удаа үнэлнэ; {got} давтагдсан байна ({first}-р мөрөнд анх)",
        "Measure assessed twice",
    ),
    # --- warnings -------------------------------------------------------------------------
    "W001": Code(
        "expected measure numbers in order, got {got} after {previous}; move measure {got} "
        "before {previous}",
        "арга хэмжээний дугаар дарааллаараа байх ёстой; {previous}-ийн дараа {got} байна; "
        "{got}-г {previous}-ийн өмнө шилжүүлнэ үү",
        "Measures out of order",
    ),
    "W002": Code(
        "expected a caption (used as the image's alt text), got none; add a line "
        'caption: "…" under file:, saying what the photo shows',
        "тайлбар бичих хэрэгтэй (зургийн alt текст болно); бичээгүй байна; file:-ийн доор "
        'зураг юуг харуулж байгааг caption: "…" мөрөөр бичнэ үү',
        "Attachment without caption",
    ),
    "W003": Code(
        "expected a timeframe iltod can date (e.g. '2021 он', '2021 оны II улирал', "
        "'Жилийн турш'), got '{got}'; overdue cannot be computed — add a line due: YYYY-MM-DD "
        "under it (every form iltod reads: the site's progress/ page)",
        "хугацааг огноо болгож уншиж чадсангүй ('{got}'); хоцорсон эсэхийг тооцохын тулд "
        "доор нь due: YYYY-MM-DD мөр нэмнэ үү (уншигдах хэлбэрүүд: сайтын progress/ хуудас)",
        "Timeframe has no computable end date",
    ),
    # W008–W019: the reviewer's assessment and honesty checks (issue 25)
    "W008": Code(
        "expected not_due only for a measure due after the reporting period, got not_due: true "
        "on a measure due {date}, within the {period} period ending {end}; write its percent "
        "(the site counts it as not implemented, 0, and overdue until then)",
        "хугацаа болоогүй (not_due) гэж зөвхөн тайлант хугацааны дараа дуусах арга хэмжээнд "
        "бичнэ; {date}-нд дуусах арга хэмжээнд not_due: true байна ({period} тайлант хугацаа "
        "{end}-нд дуусна); хувийг нь бичнэ үү (тэр болтол сайт үүнийг хэрэгжээгүй, 0, "
        "хугацаа хэтэрсэн гэж тооцно)",
        "Not-yet-due on a measure due within the reporting period",
    ),
    "W009": Code(
        "expected text without bidirectional controls, got {char} at character {position}; "
        "delete it: it is invisible and can make the text read in a different order from what "
        "it holds (the site shows it isolated)",
        "текстэд бичгийн чиглэл өөрчлөх удирдах тэмдэгт байж болохгүй; {position}-р тэмдэгт "
        "дээр {char} байна; устгана уу: харагддаггүй бөгөөд текстийг агуулгаас нь өөр "
        "дарааллаар уншигдуулж болно (сайт үүнийг тусгаарлаж харуулна)",
        "Bidirectional control character in text",
    ),
    "W010": Code(
        "expected a plan year that has begun or the next one, got {got}; check the year (a "
        "plan for a later year has nothing to report yet)",
        "төлөвлөгөөний он эхэлсэн он эсвэл дараа жил байх ёстой; {got} байна; оныг шалгана уу "
        "(хойшхи оны төлөвлөгөөнд тайлагнах зүйл хараахан байхгүй)",
        "Plan year after the next year",
    ),
    # --- import of Word, Excel and reporting-system documents (E1xx/W1xx) ---
    "E101": Code(
        "expected a report as .txt (reporting-system export or text), .docx, .xlsx or .html, "
        "got {what}",
        "тайлан .txt (тайлангийн системийн экспорт эсвэл текст), .docx, .xlsx эсвэл .html байх "
        "ёстой; {what_mn}",
        "Unreadable or unsupported file",
    ),
    "E102": Code(
        "expected a header row with the IAAC columns (Арга хэмжээ, Хэрэгжилтийн хувь …), got "
        "none; if the measures' column has another header, name it in a --map file "
        "(columns: <its header>: text)",
        "ТАХ-ийн хүснэгтийн толгой мөр (Арга хэмжээ, Хэрэгжилтийн хувь …) олдсонгүй; арга "
        "хэмжээний багана өөр толгойтой бол --map файлд нэрлэнэ үү (columns: <толгой>: text)",
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
        "арга хэмжээг уншиж чадсангүй: {problem_mn}; импортлогдсонгүй",
        "Measure refused",
    ),
    "E108": Code(
        "expected plan fields the model accepts, got {problem}",
        "төлөвлөгөөний талбар буруу: {problem_mn}",
        "Plan refused",
    ),
    "W101": Code(
        "expected row number {expected} (the measure's position in the plan), got {got}; kept in "
        "notes",
        "мөрийн дугаар {expected} (арга хэмжээний дараалал) байх ёстой; {got} байна; тайлбарт "
        "хадгалав",
        "Row number (Д/д) does not match",
    ),
    "W102": Code(
        "expected a percent cell, got none (the row ends early); stored as null (not assessed)",
        "хэрэгжилтийн хувийн нүд байх ёстой; алга (мөр дутуу); үнэлээгүй (null) гэж хадгалав",
        "Percent missing",
    ),
    "W103": Code(
        "expected a percent such as 100% or 91,7, got '{got}'; kept in notes, percent null",
        "хувь 100% эсвэл 91,7 гэх мэт байх ёстой; '{got}' байна; тайлбарт хадгалж, хувийг null "
        "болгов",
        "Percent not readable",
    ),
    "W104": Code(
        "expected the percent in its own cell, got it inside the text '{got}'; read {value}",
        "хувь тусдаа нүдэнд байх ёстой; '{got}' текст дотроос {value} гэж уншив",
        "Percent read from text",
    ),
    "W105": Code(
        "expected a known IAAC column, got '{got}'; its cells are kept in notes (a --map "
        "file line '{got}: <role>' gives it a role)",
        "ТАХ-ийн хүснэгтийн багана байх ёстой; '{got}' үл мэдэгдэх багана; утгыг тайлбарт "
        "хадгалав (--map файлын '{got}: <үүрэг>' мөр үүрэг өгнө)",
        "Unknown column",
    ),
    "W106": Code(
        "expected a table cell, got text outside any measure: '{got}'; not imported",
        "хүснэгтийн нүд байх ёстой; аль ч арга хэмжээнд хамаарахгүй текст байна: '{got}'; "
        "импортлоогүй",
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
        "expected one value per cell, got a merged cell spanning {span}; its value is read for "
        "every row it spans",
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
        "expected a measure number such as 1.1 at the start of '{got}', got none; numbered "
        "{number} by position",
        "'{got}' эхэнд 1.1 гэх мэт дугаар байх ёстой; алга; дарааллаар нь {number} гэж дугаарлав",
        "Measure without number",
    ),
    "W114": Code(
        "expected an attachment count such as 'Хавсралт нийт : 9 Файл : 1 Зураг : 8', got "
        "'{got}'; kept in notes",
        "хавсралтын тоо 'Хавсралт нийт : 9 Файл : 1 Зураг : 8' хэлбэртэй байх ёстой; '{got}' "
        "байна; тайлбарт хадгалав",
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
        "expected an objective heading (e.g. 'НЭГ. …') before measure {number}, got none; titled "
        "it '{title}'",
        "{number} арга хэмжээний өмнө зорилтын гарчиг ('НЭГ. …') байх ёстой; алга; '{title}' гэж "
        "нэрлэв",
        "Objective heading missing",
    ),
    "W120": Code(
        "expected the reporting period (e.g. '2021 оны жилийн эцэс'), got {got}; set to {period}",
        "тайлант хугацаа ('2021 оны жилийн эцэс' гэх мэт) байх ёстой; {got} байна; {period} гэж "
        "тохируулав",
        "Reporting period not found",
    ),
    "W121": Code(
        "expected the plan title on the first line, got none; used '{title}'",
        "эхний мөрөнд төлөвлөгөөний нэр байх ёстой; алга; '{title}' гэж нэрлэв",
        "Plan title not found",
    ),
    "W122": Code(
        "expected a column '{header}', got none; that field is left empty (not stated) in "
        "every measure",
        "'{header}' багана байх ёстой; олдсонгүй; бүх арга хэмжээнд энэ талбар хоосон "
        "(бичээгүй) үлдэнэ",
        "Optional column missing",
    ),
    "W119": Code(
        "expected the exact-values cell to hold JSON, got '{got}'; ignored, the table cells are "
        "used",
        "нарийвчилсан утгын нүд JSON байх ёстой; '{got}' байна; хүснэгтийн утгыг ашиглав",
        "Exact-values cell not readable",
    ),
    "W123": Code(
        "expected a table row, got the column-number row '{got}' under the header; skipped",
        "хүснэгтийн мөр байх ёстой; толгойн доорх баганын дугаарын мөр '{got}' байна; алгасав",
        "Column-number row",
    ),
    "W124": Code(
        "expected a table row, got the header again (repeated on a new page); skipped",
        "хүснэгтийн мөр байх ёстой; толгой мөр дахин гарсан (шинэ хуудас); алгасав",
        "Repeated header row",
    ),
    "W125": Code(
        "expected a percent, got the grade word '{got}'; read {value} on the plan's scale "
        "({step} on [{scale}]; --grades FILE changes the step, --scale the percents)",
        "хувь байх ёстой; '{got}' үнэлгээний үг байна; төлөвлөгөөний шатлалаар {value} гэж уншив "
        "([{scale}] шатлалын '{step_mn}' шат; шатыг --grades FILE, хувийг --scale өөрчилнө)",
        "Percent read from a grade word",
    ),
    "W126": Code(
        "expected the percent column and the result to agree, got {value} in the column and "
        "{stated} in '{got}'; the column wins",
        "хувийн багана, үр дүн хоёр таарах ёстой; баганад {value}, '{got}'-д {stated} байна; "
        "баганын утгыг авав",
        "Percent column and result disagree",
    ),
    "W127": Code(
        "expected the plan's {what} in the lines above the table, got '{got}', which does not "
        "look like one; not taken",
        "хүснэгтийн дээрх мөрөнд төлөвлөгөөний {what_mn} байх ёстой; '{got}' нь тийм биш "
        "харагдаж байна; аваагүй",
        "Line above the table not taken as metadata",
    ),
    "W128": Code(
        "expected printable text, got the control character {char}; {action}",
        "хэвлэгдэх текст байх ёстой; {char} удирдах тэмдэгт байна; {action_mn}",
        "Control character in a cell",
    ),
    "W129": Code(
        "expected a measure number such as 1.1, got the one-level number '{got}'; numbered "
        "{number} under objective {objective}",
        "1.1 гэх мэт арга хэмжээний дугаар байх ёстой; нэг түвшний '{got}' дугаар байна; "
        "{objective}-р зорилтод {number} гэж дугаарлав",
        "One-level measure number",
    ),
    "W130": Code(
        "expected one cell per tab-started line (the reporting system's export), got one cell "
        "per line; {guess}",
        "нүд бүр таб-аар эхэлсэн мөрөнд байх ёстой (тайлангийн системийн экспорт); нүд бүр "
        "тусдаа мөрөнд байна; {guess_mn}",
        "Cells one per line: a guess",
    ),
    "W131": Code(
        "expected the year in the document or on the command line, got none; took {year} from "
        "the output file name",
        "он баримтад эсвэл командад байх ёстой; алга; гаралтын файлын нэрээс {year} гэж авав",
        "Year taken from the output file name",
    ),
    "W132": Code(
        "expected a percent or a grade word, got the text '{got}' and the table has no result "
        "column; read as the result",
        "хувь эсвэл үнэлгээний үг байх ёстой; '{got}' текст байна, хүснэгтэд үр дүнгийн багана "
        "алга; үр дүн гэж уншив",
        "Percent column holds the result",
    ),
    # issue 27: untrusted inputs bounded (iltod.untrusted)
    "E120": Code(
        "expected a report iltod can read within its bounds, got {what}",
        "iltod-ийн хязгаарт багтах тайлан байх ёстой; {what_mn}",
        "Report too large to import",
    ),
    "W133": Code(
        "expected a measure number starting with {objective}. (numbering: source keeps the "
        "source's own numbers), got {got}; kept as written",
        "арга хэмжээний дугаар {objective}.-ээр эхлэх нь заншил (numbering: source: эх "
        "баримтын дугаарыг хадгална); {got} байна; бичсэнээр нь үлдээв",
        "Measure numbered as its source numbers it",
    ),
    "W134": Code(
        "expected percents on the scale [{scale}], got {got}; the report's percents read as "
        "the scale {found}",
        "хувь [{scale}] шатлалд байх ёстой; {got} байна; тайлангийн хувиудаас шатлалыг {found} "
        "гэж уншив",
        "Scale inferred from the report's percents",
    ),
    "W135": Code(
        "expected the column '{header}' to hold what its header names ({expected}), got mostly "
        "{got}; read as {role}",
        "'{header}' багана толгойдоо нэрлэснээ ({expected_mn}) агуулах ёстой; ихэнхдээ {got_mn} "
        "байна; {role_mn} гэж уншив",
        "Column role read from its cells",
    ),
    "W136": Code(
        "expected plans/{agency}/agency.yml, got none; wrote it with the name '{name}' and the "
        "region '{region}' ({why}); check both",
        "plans/{agency}/agency.yml байх ёстой; алга; '{name}' нэр, '{region_mn}' бүс ({why_mn}) "
        "гэж бичив; хоёуланг нь шалгана уу",
        "Agency file written by the import",
    ),
    "W137": Code(
        "expected a map line to change the reading, got '{got}'; {what}",
        "зураглалын мөр уншлагыг өөрчлөх ёстой; '{got}' байна; {what_mn}",
        "Column map line",
    ),
    "W138": Code(
        "expected a measure, got a total or average row '{got}'; not imported (the site "
        "computes its own averages)",
        "арга хэмжээ байх ёстой; нийт дүн эсвэл дунджийн мөр '{got}' байна; импортлоогүй "
        "(сайт дунджийг өөрөө тооцоолно)",
        "Total row",
    ),
    "W139": Code(
        "expected a measure, got a note or signature under the table '{got}'; not imported",
        "арга хэмжээ байх ёстой; хүснэгтийн доорх тайлбар эсвэл гарын үсгийн мөр '{got}' "
        "байна; импортлоогүй",
        "Note under the table",
    ),
    "W140": Code(
        "expected a row of its own, got text going on from measure {number} ('{got}'); "
        "joined to that measure's text",
        "тусдаа мөр байх ёстой; {number} арга хэмжээний үргэлжлэл текст ('{got}') байна; тэр "
        "арга хэмжээний текстэд нэгтгэв",
        "Measure text continued on the next row",
    ),
    "W141": Code(
        "expected measure {number} after {previous}, got {got} again (a number typed into "
        "Excel loses its last zero); read as {number}",
        "{previous}-ийн дараа {number} арга хэмжээ байх ёстой; {got} дахин байна (Excel-д "
        "тоогоор бичсэн дугаар сүүлийн тэгээ алддаг); {number} гэж уншив",
        "Measure number that lost its last zero",
    ),
    # --- history and review: git, diff, CODEOWNERS (E2xx/W2xx) ---
    "W201": Code(
        'expected a git repository, got none: pages show no history or "last updated" date',
        'git репозитори байх ёстой; олдсонгүй: хуудсанд түүх, "сүүлд шинэчилсэн" огноо гарахгүй',
        "Not a git repository",
    ),
    "W202": Code(
        "expected the full git history, got a shallow clone: history starts at {date} ({sha}); "
        "run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0)",
        "git-ийн бүрэн түүх байх ёстой; хэсэгчилсэн (shallow) хуулбар байна: түүх {date} "
        "({sha})-аас "
        "эхэлнэ; `git fetch --unshallow` ажиллуулна уу",
        "Shallow clone: history is incomplete",
    ),
    "W203": Code(
        "expected readable YAML in commit {sha} ({date}), got {problem}; that version is left out "
        "of the history",
        "{sha} ({date}) коммит дахь хувилбарыг YAML-аар уншиж чадсангүй ({rule}); түүхэнд "
        "оруулаагүй",
        "A past version of a plan could not be read",
    ),
    "W204": Code(
        "expected owners (GitHub users or teams) for agency {agency}, got none and no default "
        "owners: nobody's review is required for its files",
        "{agency} байгууллагын owners (GitHub хэрэглэгч, баг) бичигдээгүй, анхдагч эзэн ч алга: "
        "түүний файлын өөрчлөлтийг хэн ч хянахгүй",
        "Agency without owners",
    ),
    "E201": Code(
        "expected .github/CODEOWNERS to match the agencies' owners, got an out-of-date file; "
        "run `iltod codeowners` and commit the result",
        ".github/CODEOWNERS файл байгууллагуудын owners-той таарахгүй, хуучирсан байна; "
        "`iltod codeowners` ажиллуулж, үр дүнг commit хийнэ үү",
        "CODEOWNERS out of date",
    ),
    "E202": Code(
        "expected an owner for {path} ({kind}), got none: a pull request could change it with "
        "nobody's review; set the default owners with `iltod codeowners --default-owner "
        "@org/maintainers` (a GitHub user, team or e-mail address)",
        "{path} ({kind}) файлыг хянах эзэн байх ёстой; алга: өөрчлөлтийг хэн ч "
        "хянахгүй; анхдагч эзнийг `iltod codeowners --default-owner @org/maintainers` "
        "(GitHub хэрэглэгч, баг эсвэл и-мэйл) гэж тохируулна уу",
        "Files nobody must review",
    ),
    "E203": Code(
        "expected the default owners to own {path} ({kind}), got {owners} (the rule on this "
        "line): an agency could change it on its own; set the default owners with `iltod "
        "codeowners --default-owner @org/maintainers` and keep later rules from taking the path "
        "over",
        "{path} ({kind}) файлын эзэн анхдагч эзэд байх ёстой; {owners} байна (энэ мөрийн "
        "дүрэм): "
        "байгууллага өөрөө өөрчилж чадна; анхдагч эзнийг `iltod codeowners --default-owner "
        "@org/maintainers` гэж тохируулж, дараагийн дүрмүүд энэ замыг авахгүй байлгана уу",
        "Rules or checks not owned by the default owners",
    ),
    "E204": Code(
        "expected a pull request to change either the reviewer's assessments or agencies' "
        "files, got both: {path} with {other}; the reviewing body's team sends assessments in "
        "a pull request of their own",
        "нэг хүсэлт (pull request) үнэлгээ эсвэл байгууллагын файлын аль нэгийг өөрчилнө; "
        "хоёуланг нь өөрчилсөн байна: {path} болон {other}; үнэлгээг хянагч байгууллагын баг "
        "тусдаа хүсэлтээр илгээнэ",
        "Assessment changed in an agency's pull request",
    ),
    "E205": Code(
        "expected the reviewers {owners} to own {path} (the assessment files), got {got} "
        "({where}): an agency could assess itself; run `iltod codeowners --reviewer "
        "{owners}` and keep later rules from taking the path over",
        "{path} (үнэлгээний файл)-ийн эзэн хянагч {owners} байх ёстой; {got} байна: "
        "байгууллага өөрийгөө үнэлж чадна; `iltod codeowners --reviewer {owners}` ажиллуулж, "
        "дараагийн дүрмүүд энэ замыг авахгүй байлгана уу",
        "Assessment files not owned by the reviewers",
    ),
    # --- evidence files (E3xx/W3xx) ---
    "E300": Code(
        "expected a file of at most {limit}, got {size}; make it smaller (photos: export at "
        "a lower resolution; documents: save as PDF)",
        "файлын хэмжээ {limit}-аас ихгүй байх ёстой; {size} байна; багасгана уу (зураг: "
        "бага нягтаршлаар хадгалах; баримт бичиг: PDF болгох)",
        "Attachment over the size limit",
    ),
    "E301": Code(
        "expected {expected} content for a '{ext}' file, got {got}",
        "'{ext}' өргөтгөлтэй файлд {expected} агуулга байх ёстой; {got} байна",
        "Content does not match the file extension",
    ),
    "E302": Code(
        "expected a photo or a document, got {got}, which can run scripts in a browser and "
        "is never published; export it as PNG or PDF",
        "зураг эсвэл баримт бичиг байх ёстой; {got} байна — хөтөч дээр скрипт ажиллуулж "
        "болох тул нийтлэхгүй; PNG эсвэл PDF болгож хадгална уу",
        "Active content (SVG or HTML) refused",
    ),
    "E303": Code(
        "expected an image of at most {limit} pixels, got {got}; this could exhaust the "
        "build's memory (a decompression bomb) — resize it",
        "зураг {limit} пикселээс ихгүй байх ёстой; {got} байна — санах ойг дүүргэж болзошгүй; "
        "хэмжээг нь багасгана уу",
        "Image too large in pixels (decompression bomb)",
    ),
    "E304": Code(
        "expected a complete, readable image, got a damaged file: {problem}; "
        "copy it again from the camera or phone",
        "бүтэн, уншигдах зураг байх ёстой; файл гэмтсэн байна; "
        "утас эсвэл камераасаа дахин хуулна уу",
        "Truncated or corrupt image",
    ),
    "E305": Code(
        "expected JPEG, PNG or WebP, got HEIC and this build cannot read it "
        "(its pillow-heif is missing: run scripts/setup); or export the photo as JPEG "
        "(iPhone: Settings → Camera → Formats → Most Compatible)",
        "JPEG, PNG эсвэл WebP байх ёстой; HEIC зураг уншигдахгүй байна; зургийг JPEG болгож "
        "хадгална уу (iPhone: Settings → Camera → Formats → Most Compatible)",
        "HEIC image without HEIC support",
    ),
    "E306": Code(
        "expected one of {allowed}, got '{ext}'",
        "{allowed}-ийн аль нэг төрлийн файл байх ёстой; '{ext}' байна",
        "Unsupported attachment type",
    ),
    "E307": Code(
        "expected the image to be published, got an error while processing it: {problem}",
        "зургийг нийтлэх явцад алдаа гарлаа",
        "Image could not be processed",
    ),
    "W300": Code(
        "expected {expected} content for a '{ext}' file, got {got}; it is published anyway "
        "(it is re-encoded), but rename the file",
        "'{ext}' файлд {expected} агуулга байх ёстой; {got} байна; нийтлэгдэнэ, гэхдээ "
        "файлын нэрийг засна уу",
        "Image format differs from its extension",
    ),
    # documents: scripts, embedded files, unreadable (E320-E329, iltod.evidence.scrub)
    "E320": Code(
        "expected a PDF without scripts, got {got}; a PDF that runs code is never published: "
        "print it to a new PDF (File → Print → Save as PDF) and attach that",
        "скриптгүй PDF байх ёстой; {got} байна — код ажиллуулдаг PDF-ийг нийтлэхгүй: "
        "файлыг шинэ PDF болгож хэвлэн (File → Print → Save as PDF) түүнийг хавсаргана уу",
        "PDF with JavaScript refused",
    ),
    "E321": Code(
        "expected a PDF without attached files, got {count} embedded file(s) ({names}); "
        "attach each file to the measure on its own",
        "дотроо файл хавсаргаагүй PDF байх ёстой; {count} файл ({names}) агуулсан байна; "
        "файл бүрийг арга хэмжээнд тусад нь хавсаргана уу",
        "PDF with embedded files refused",
    ),
    "E322": Code(
        "expected a document that can be read and cleaned of personal data, got one that "
        "cannot: {problem}; save it again (without a password) and attach it",
        "уншиж, хувийн мэдээллээс цэвэрлэж болох баримт бичиг байх ёстой; уншигдахгүй байна "
        "(гэмтсэн эсвэл нууц үгтэй); файлыг (нууц үггүйгээр) дахин хадгалж хавсаргана уу",
        "Document cannot be read or cleaned",
    ),
    # issue 27: documents bounded, calling no one (iltod.untrusted, iltod.evidence.ooxml)
    "E323": Code(
        "expected a document that unpacks within iltod's bounds, got {what}; it is a "
        "compression bomb or damaged: open it, save it again and attach that",
        "iltod-ийн хязгаарт задлагдах баримт байх ёстой; {what_mn}; шахалтын бөмбөг эсвэл "
        "гэмтсэн файл: нээгээд дахин хадгалж хавсаргана уу",
        "Document too large when unpacked",
    ),
    "E324": Code(
        "expected a document without macros, got {got}; macros run code on a reader's "
        "computer: save it as a plain {ext} (File → Save As → {ext}) and attach that",
        "макрогүй баримт байх ёстой; {got} байна; макро уншигчийн компьютерт код ажиллуулдаг: "
        "энгийн {ext} болгож (File → Save As → {ext}) хадгалаад хавсаргана уу",
        "Document with macros refused",
    ),
    # --- site build (E4xx/W4xx) ---
    "E401": Code(
        "expected a known build option ({allowed}), got unknown option '{key}'",
        "зөвшөөрөгдсөн тохиргоо ({allowed}) байх ёстой; үл мэдэгдэх '{key}' тохиргоо байна",
        "Unknown build option in extra.iltod",
    ),
    "E402": Code(
        "expected {expected}, got {got}",
        "{expected_mn} байх ёстой; {got} байна",
        "Wrong value of a build option",
    ),
    "E403": Code(
        "expected {expected}, got {got} (an environment variable of the build)",
        "{expected_mn} байх ёстой; {got} байна (бүтээлтийн орчны хувьсагч)",
        "Wrong value of a build's environment variable (ILTOD_*)",
    ),
    "E404": Code(
        "expected the build to select at least one plan, got none of {value} in plans/ "
        "(plans there: {found})",
        "бүтээлт дор хаяж нэг төлөвлөгөө сонгох ёстой; plans/ хавтсанд {value} алга "
        "(байгаа нь: {found})",
        "The build's selection of years or agencies holds no plan",
    ),
    "E405": Code(
        "expected every page the plans require ({total}), got {count} missing, e.g. {first}: "
        "the engine did not run iltod's hooks (mkdocs.yml: hooks: [hooks/iltod_hooks.py])",
        "төлөвлөгөөнөөс гарах бүх хуудас ({total}) бичигдэх ёстой; {count} хуудас дутуу, "
        "жишээ нь {first}: бүтээгч iltod-ийн hooks-ыг ажиллуулаагүй",
        "The engine wrote fewer pages than the plans require (page manifest)",
    ),
    # regions as deployment data (issue 22r): extra.iltod.regions and its files
    "E413": Code(
        "expected a regions file (a path relative to mkdocs.yml), got '{got}', which does not "
        "exist or is not a file",
        "бүс нутгийн файл (mkdocs.yml-ээс харьцангуй зам) байх ёстой; '{got}' файл олдсонгүй",
        "The regions file extra.iltod.regions names is missing",
    ),
    "E414": Code(
        "expected each region's id once, got '{got}' a second time",
        "бүс нутгийн id бүр нэг удаа байх ёстой; '{got}' давтагдсан байна",
        "A region id written twice in the regions file",
    ),
    "E415": Code(
        "expected the id of another region of this file, got '{got}'",
        "энэ файлын өөр бүс нутгийн id байх ёстой; '{got}' байна",
        "A region's parent is not a region of the file",
    ),
    "E416": Code(
        "expected the map's drawing beside the regions file, got '{got}', which does not exist "
        "or is not a file",
        "газрын зургийн файл бүс нутгийн файлын хажууд байх ёстой; '{got}' файл олдсонгүй",
        "The map's drawing the regions file names is missing",
    ),
    "E417": Code(
        "expected a region of the regions file, got '{got}', which it does not list",
        "бүс нутгийн файлд бүртгэлтэй бүс нутаг байх ёстой; '{got}' бүртгэлгүй байна",
        "The map draws a region the regions file does not list",
    ),
    "E418": Code(
        "expected the outline of at least one region, got none",
        "дор хаяж нэг бүс нутгийн хил байх ёстой; алга байна",
        "The map's drawing draws no region",
    ),
    # issue 24: a report submitted without git (iltod.submit)
    "E060": Code(
        "expected a report for {plan}, got a file made for {got} (the hidden sheet iltod-stamp)",
        "{plan}-ийн тайлан байх ёстой; {got}-д зориулсан файл байна (iltod-stamp хуудас)",
        "Report stamped for another plan",
    ),
    "E061": Code(
        "expected one value of {key}, got {main} on the site since the download and {got} "
        "in the report; nothing written",
        "{key} нэг утгатай байх ёстой; файл татсанаас хойш сайтад {main}, тайланд {got} "
        "болсон; юу ч бичээгүй",
        "Conflict: a measure changed on main and in the report",
    ),
    "E062": Code(
        "expected an evidence file named after its measure (1.3=photo.jpg or 1.3 photo.jpg), "
        "got '{got}'",
        "нотлох баримтын файл арга хэмжээний дугаараар эхлэх ёстой (1.3=зураг.jpg эсвэл 1.3 "
        "зураг.jpg); '{got}' байна",
        "Evidence file names no measure",
    ),
    "E063": Code(
        "expected evidence for a measure of the plan, got measure {number} ({got})",
        "нотлох баримт төлөвлөгөөний арга хэмжээнд хамаарах ёстой; {number} арга хэмжээ "
        "алга ({got})",
        "Evidence for a measure the plan does not have",
    ),
    "E064": Code(
        "expected a file of at most {limit}, got {size}",
        "файл {limit}-аас ихгүй байх ёстой; {size} байна",
        "Uploaded file too large",
    ),
    "E065": Code(
        "expected the commit the file was downloaded from ({sha}) in the repository's "
        "history, got none; nothing written",
        "файл татсан commit ({sha}) түүхэнд байх ёстой; олдсонгүй; юу ч бичээгүй",
        "Stamped commit not found",
    ),
    "E066": Code(
        "expected the agency's folder plans/{agency}/ with its agency.yml, got none: for a new "
        "agency, write its name in the form's 'New agency's name'",
        "plans/{agency}/ хавтас, agency.yml байх ёстой; алга: шинэ байгууллага бол маягтын "
        "'Шинэ байгууллагын нэр' талбарт нэрийг нь бичнэ",
        "Submitted report for an unknown agency",
    ),
    "W030": Code(
        "expected {key} as the site has it now, got the value of the download, unchanged; "
        "the site's newer value kept: {main} (the file had {got})",
        "{key} сайтын одоогийн утгатай байх ёстой; файлд татсан үеийн утга өөрчлөгдөөгүй "
        "байна; сайтын шинэ утгыг хадгалав: {main} (файлд {got})",
        "Newer value on main kept",
    ),
    "W031": Code(
        "expected a file downloaded from the site (stamped with its commit), got none; merged "
        "by measure number, every change listed",
        "сайтаас татсан файл (commit-той) байх ёстой; алга; арга хэмжээний дугаараар "
        "нэгтгэв, өөрчлөлт бүрийг жагсаав",
        "Report without a stamp merged by measure number",
    ),
    "W032": Code(
        "expected a value of {key}, got an empty cell; the plan's value kept: {main}",
        "{key} утгатай байх ёстой; нүд хоосон; төлөвлөгөөний утгыг хадгалав: {main}",
        "Empty cell in an unstamped report keeps the plan's value",
    ),
    "W033": Code(
        "expected measure {number} in the report, got none; the plan's measure kept",
        "тайланд {number} арга хэмжээ байх ёстой; алга; төлөвлөгөөнийхийг хадгалав",
        "Measure missing from the report kept",
    ),
    "W034": Code(
        "expected {key} as the plan has it ({main}), got {got}; not used (the plan's "
        "title and scale change only by review)",
        "{key} төлөвлөгөөнийх ({main}) байх ёстой; {got} байна; ашиглаагүй",
        "Plan field from the report not used",
    ),
}
