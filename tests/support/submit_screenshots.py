"""Screenshots for docs/submit-update.md, rendered from the real templates (issue 24).

The form: .github/ISSUE_TEMPLATE/submit-report.yml drawn field by field (its labels,
descriptions and the agency and year the site's link fills in), a sketch of the form, not
GitHub's own page. The bot's answer: the golden comment of tests/golden/submit/ (what
`iltod submit` writes for the SYNTHETIC download with 1.3 at 100 and two photos) as Markdown.
Run from the repository root: scripts/submit-screenshots (Debian's Chromium, Playwright).
"""

from __future__ import annotations

import html

import markdown
import yaml
from playwright.sync_api import sync_playwright

from tests.support.sitekit import CHROMIUM, CHROMIUM_ARGS, ROOT

IMAGES = ROOT / "iltod/site/guides/img"  # the submit guide's pictures (package data)

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 24px; color: #1f2328; max-width: 760px; }
h1 { font-size: 20px; } label { font-weight: 600; display: block; margin-top: 16px; }
.d { color: #59636e; font-size: 13px; } .sketch { color: #59636e; font-size: 12px; }
.i { border: 1px solid #d1d9e0; border-radius: 6px; padding: 6px 8px; margin-top: 4px;
     min-height: 20px; }
.u { border: 1px dashed #d1d9e0; border-radius: 6px; padding: 10px; color: #59636e;
     margin-top: 4px; }
pre { background: #f6f8fa; padding: 8px; white-space: pre-wrap; font-size: 12px; }
table { border-collapse: collapse; } td, th { border: 1px solid #d1d9e0; padding: 4px 8px; }
"""
PREFILLED = {"agency": "govisumber-zdtg", "year": "2021"}


def form_html() -> str:
    form = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE/submit-report.yml").read_text())
    out = [f"<h1>{html.escape(form['name'])}</h1>"]
    out.append('<p class="sketch">.github/ISSUE_TEMPLATE/submit-report.yml — sketch</p>')
    for f in form["body"]:
        a = f["attributes"]
        if f["type"] == "markdown":
            out.append(markdown.markdown(a["value"]))
            continue
        out.append(f"<label>{html.escape(a['label'])}</label>")
        if a.get("description"):
            out.append(f'<div class="d">{html.escape(a["description"])}</div>')
        if f["type"] == "upload":
            accept = html.escape(f["validations"].get("accept", ""))
            out.append(f'<div class="u">⇪ Paste, drop, or click to add files ({accept})</div>')
        else:
            value = PREFILLED.get(f.get("id", ""), a.get("placeholder", ""))
            out.append(f'<div class="i">{html.escape(value)}</div>')
    return "".join(out)


def comment_html() -> str:
    text = (ROOT / "tests/golden/submit/applied.comment.md").read_text(encoding="utf-8")
    body = markdown.markdown(text, extensions=["tables", "fenced_code"])
    return '<p class="sketch">iltod-submit[bot] (tests/golden/submit/applied.comment.md)</p>' + body


def main() -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 800, "height": 600})
        for name, content in (("submit-form", form_html()), ("submit-comment", comment_html())):
            page.set_content(f"<!doctype html><meta charset=utf-8><style>{STYLE}</style>{content}")
            page.screenshot(path=str(IMAGES / f"{name}.png"), full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
