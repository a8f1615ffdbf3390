"""A bilingual guide's blocks are marked with their language when it is not the page's."""

from __future__ import annotations

from iltod.site import doclang

GUIDE = (
    "<h1>Тухай / About</h1>\n"
    "<p><strong>Ил тод</strong> нь сайт юм.</p>\n"
    "<p><strong>Iltod</strong> publishes plans <code>plans/ЖИШЭЭ</code>.</p>\n"
    "<ul>\n<li>Файл / File: <a href=x>data format</a></li>\n<li>Only English here</li>\n</ul>\n"
    "<pre><code>mkdocs build</code></pre>\n"
)


def test_on_the_mongolian_site_english_blocks_are_marked_english() -> None:
    out = doclang.mark(GUIDE, "mn")
    assert "<h1>Тухай / About</h1>" in out  # both languages: the page's
    assert "<p><strong>Ил тод</strong>" in out
    assert '<p lang="en"><strong>Iltod</strong>' in out  # code's Cyrillic does not count
    assert "<li>Файл / File:" in out
    assert '<li lang="en">Only English here</li>' in out
    assert "<pre><code>mkdocs build</code></pre>" in out


def test_on_the_english_site_mongolian_blocks_are_marked_mongolian() -> None:
    out = doclang.mark(GUIDE, "en")
    assert '<p lang="mn"><strong>Ил тод</strong>' in out
    assert "<p><strong>Iltod</strong>" in out
    assert '<li lang="en">' not in out


def test_a_mongolian_sentence_naming_git_is_mongolian_and_a_title_in_both_is_neither() -> None:
    assert doclang.language_of("Тоо баримт бүр байгууллагын ирүүлсэн YAML файлаас гардаг") == "mn"
    assert doclang.language_of("Тухай / About") is None
    assert doclang.language_of("123 — …") is None


def test_a_block_already_marked_is_left_as_it_is() -> None:
    assert doclang.mark('<p lang="mn">Hello</p>', "mn") == '<p lang="mn">Hello</p>'
