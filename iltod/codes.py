"""The catalogue of diagnostic codes, with their English and Mongolian message templates.

Codes are stable: tests, documentation and agency clerks refer to them. Add new codes at the end
of their group; never reuse a retired one. ``E`` codes are errors, ``W`` codes warnings.
"""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    en: str
    mn: str
    summary: str


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
        "YAML бичлэгийн алдаа: {problem}",
        "YAML syntax error",
    ),
    "E005": Code(
        "expected each key once, got '{key}' again (first at line {first})",
        "түлхүүр нэг л удаа байх ёстой; '{key}' давтагдсан байна ({first}-р мөрөнд анх гарсан)",
        "Duplicate key",
    ),
    "E006": Code(
        "expected plain values, got a YAML {kind} ({name}); anchors, aliases and tags are not allowed",
        "энгийн утга байх ёстой; YAML {kind} ({name}) ашиглахгүй",
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
        "expected plans/<agency>/<year>.yml (e.g. 2021.yml) or plans/<agency>/agency.yml, got '{got}'",
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
    # --- warnings -------------------------------------------------------------------------
    "W001": Code(
        "expected measure numbers in order, got {got} after {previous}",
        "арга хэмжээний дугаар дарааллаараа байх ёстой; {previous}-ийн дараа {got} байна",
        "Measures out of order",
    ),
    "W002": Code(
        "expected a caption (used as the image's alt text), got none",
        "тайлбар бичих хэрэгтэй (зургийн alt текст болно); бичээгүй байна",
        "Attachment without caption",
    ),
    "W003": Code(
        "expected a timeframe iltod can date (e.g. '2021 он'), got '{got}'; "
        "overdue cannot be computed — add due: YYYY-MM-DD",
        "хугацааг огноо болгож уншиж чадсангүй ('{got}'); хоцорсон эсэхийг тооцохын тулд "
        "due: YYYY-MM-DD нэмнэ үү",
        "Timeframe has no computable end date",
    ),
}

# Other modules declare their own codes with CODES.update({...}), each in its own range:
# E1xx/W1xx import (iltod.importers), E2xx/W2xx history and review (iltod.history, iltod.diff,
# iltod.codeowners), E3xx/W3xx images and evidence files (iltod.images), E4xx/W4xx site build.
