"""YAML syntax errors in words a clerk reads: PyYAML's English problem, and the same in Mongolian.

PyYAML words its problems for programmers ("expected <block end>, but found '<scalar>'"). The
English line keeps them, so a maintainer can look them up; the Mongolian line says what went
wrong in the clerk's terms and how to fix it. PyYAML's messages are a fixed set (its scanner
and parser), matched here by pattern; one it may add later gets a general Mongolian sentence,
never English text.
"""

from __future__ import annotations

import re

import yaml

# PyYAML's token names, as the clerk sees them in the file.
_TOKENS = {
    "<scalar>": "утга",
    "<block end>": "бүтцийн төгсгөл",
    "<block mapping start>": "түлхүүр: утга",
    "<block sequence start>": "'-' жагсаалт",
    "<block entry>": "'-'",
    "<flow sequence start>": "'['",
    "<flow sequence end>": "']'",
    "<flow mapping start>": "'{'",
    "<flow mapping end>": "'}'",
    "<flow entry>": "','",
    "<key>": "'?'",
    "<value>": "':'",
    "<anchor>": "'&'",
    "<alias>": "'*'",
    "<tag>": "'!'",
    "<document start>": "'---'",
    "<document end>": "'...'",
    "<directive>": "'%'",
    "<stream end>": "файлын төгсгөл",
    "<stream start>": "файлын эхлэл",
}

_QUOTES = 'утгыг хашилтад ("…") бичнэ үү'

# (pattern of PyYAML's problem, Mongolian explanation); {found} is what the parser met.
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), mn)
    for p, mn in (
        (
            r"^expected <block end>, but found (?P<found>.+)$",
            (
                "догол мөрийн зай дээд мөрүүдийнхтэй таарахгүй байна ({found} олдлоо); "
                "ижил түвшний мөрүүдийг ижил тооны хоосон зайгаар эхлүүлнэ үү"
            ),
        ),
        (
            r"^mapping values are not allowed here$",
            f"':' тэмдэг энд байж болохгүй; текстэд ':' орсон бол {_QUOTES}",
        ),
        (
            r"^could not find expected ':'$",
            f"түлхүүрийн ард ':' тэмдэг олдсонгүй; олон мөр текст бол {_QUOTES}",
        ),
        (
            r"^found character (?P<found>.+) that cannot start any token$",
            f"{{found}} тэмдэгтээр утга эхэлж болохгүй; {_QUOTES}",
        ),
        (
            r"^found unexpected end of stream$",
            'хашилт хаагдаагүй байна; текстийн төгсгөлд хаах хашилт (") нэмнэ үү',
        ),
        (
            r"^found unexpected document separator$",
            (
                "хашилт хаагдаагүй байна ('---' эсвэл '...' мөр хашилтын дотор орсон); хашилтыг "
                "хаана уу"
            ),
        ),
        (
            r"^found unknown escape character (?P<found>.+)$",
            (
                "хашилтад бичсэн текстэд \\ тэмдгийн ард буруу тэмдэгт ({found}) байна; "
                "\\ тэмдгийг \\\\ гэж бичих, эсвэл текстийг дан хашилтад ('…') бичнэ үү"
            ),
        ),
        (
            r"^expected escape sequence of (?P<n>\d+) hexadecimal numbers, but found (?P<f>.+)$",
            "\\x, \\u, \\U тэмдэглэгээний ард {n} арван зургаатын цифр байх ёстой; {f} байна",
        ),
        (
            r"^sequence entries are not allowed here$",
            "'-' жагсаалтын мөр энд байж болохгүй; догол мөрийн зайг шалгана уу",
        ),
        (
            r"^mapping keys are not allowed here$",
            f"'?' тэмдэг энд байж болохгүй; {_QUOTES}",
        ),
        (
            r"^expected ',' or '\]', but got (?P<found>.+)$",
            "',' эсвэл хаах ']' хаалт байх ёстой; {found} байна",
        ),
        (
            r"^expected ',' or '}', but got (?P<found>.+)$",
            "',' эсвэл хаах '}' хаалт байх ёстой; {found} байна",
        ),
        (
            r"^expected the node content, but found (?P<found>.+)$",
            "утга байх ёстой; {found} байна",
        ),
        (
            r"^(?:expected a single document in the stream|but found another document)$",
            "файлд нэг л баримт байх ёстой; '---' тусгаарлагч мөрийг устгана уу",
        ),
        (
            r"^found undefined tag handle (?P<found>.+)$",
            f"'!' тэмдгээр эхэлсэн утга ({{found}}); {_QUOTES}",
        ),
        (
            r"^expected alphabetic or numeric character, but found (?P<found>.+)$",
            f"'&' эсвэл '*' тэмдгийн ард үсэг, тоо байх ёстой; {{found}} байна; {_QUOTES}",
        ),
        (
            r"^invalid indentation or unclosed '\[' or '{'$",
            "догол мөрийн зай буруу эсвэл '[' '{' хаалт хаагдаагүй байна",
        ),
        (
            r"^expected a comment or a line break, but found (?P<found>.+)$",
            f"мөрийн үлдсэн хэсэг ({{found}}) илүүц байна; {_QUOTES}",
        ),
        (
            r"^expected chomping or indentation indicators, but found (?P<found>.+)$",
            "'|' эсвэл '>' тэмдгийн ард мөр шилжих ёстой; {found} байна",
        ),
        (
            r"^expected '<document start>', but found (?P<found>.+)$",
            "файлын бүтэц буруу ({found} олдлоо); догол мөрийн зайг шалгана уу",
        ),
    )
)

_GENERAL = "YAML-ийн бүтэц буруу; хашилт, догол мөрийн зай, ':' тэмдгийг шалгана уу"

# What PyYAML was reading when it failed ("while parsing a block mapping").
_CONTEXTS = {
    "block mapping": "түлхүүр: утга бүтэц",
    "flow mapping": "{ } бүтэц",
    "block collection": "жагсаалт",
    "flow sequence": "[ ] жагсаалт",
    "quoted scalar": "хашилтад бичсэн текст",
    "double-quoted scalar": "хашилтад бичсэн текст",
    "simple key": "түлхүүр",
    "block scalar": "олон мөр текст (| эсвэл >)",
    "node": "утга",
    "flow node": "утга",
    "block node": "утга",
    "alias": "'*' холбоос",
    "anchor": "'&' зангуу",
    "tag": "'!' шошго",
    "directive": "'%' заалт",
}


def _found_mn(found: str) -> str:
    """A token PyYAML names in English (``'<scalar>'``), as the clerk sees it."""
    bare = found.strip("'\"")
    return _TOKENS.get(bare, found)


def problem_mn(problem: str) -> str:
    """The Mongolian explanation of one of PyYAML's problems."""
    for pattern, mn in _PROBLEMS:
        m = pattern.match(problem)
        if m:
            for name, value in m.groupdict().items():
                shown = _found_mn(value) if name == "found" else value
                mn = mn.replace("{" + name + "}", shown)  # not str.format: the texts hold { }
            return mn
    return _GENERAL


def context_mn(context: str) -> str:
    """``while parsing a block mapping`` → the construct's Mongolian name."""
    m = re.match(r"while (?:parsing|scanning) (?:a |an )?(?P<what>.+)$", context.strip())
    what = m.group("what") if m else ""
    return _CONTEXTS.get(what, "бүтэц")


def describe(e: yaml.MarkedYAMLError) -> tuple[str, str]:
    """PyYAML's problem (English) and its Mongolian explanation, each with where the construct
    it was reading began."""
    problem = (e.problem or e.context or "").strip()
    mn = problem_mn(problem)
    if e.problem and e.context and e.context_mark:
        line = e.context_mark.line + 1
        problem += f" ({e.context.strip()} from line {line})"
        if e.context.startswith("while"):
            mn += f" ({line}-р мөрөөс эхэлсэн {context_mn(e.context)} дотор)"
        else:  # the composer's "expected a single document": the first one began there
            mn += f" (эхний баримт {line}-р мөрөөс эхэлсэн)"
    return problem, mn
