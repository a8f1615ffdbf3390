"""The Atom feeds carry a CSS stylesheet so that a citizen opening one in a browser reads a page
(iltod/site/feedstyle.py), and stay valid Atom for feed readers."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from iltod.site import feedstyle
from iltod.site.i18n import Translator

FEED = b"""<?xml version='1.0' encoding='utf-8'?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>
"""


def test_the_stylesheet_follows_the_xml_declaration_and_the_feed_still_parses() -> None:
    body = feedstyle.styled(FEED)
    lines = body.splitlines()
    assert lines[0] == b"<?xml version='1.0' encoding='utf-8'?>"
    assert lines[1] == b'<?xml-stylesheet type="text/css" href="feed.css"?>'
    assert ET.fromstring(body).tag == "{http://www.w3.org/2005/Atom}feed"


def test_the_note_is_in_the_site_s_language_and_a_quote_cannot_end_it(tmp_path: Path) -> None:
    feed = tmp_path / "feeds" / "all.xml"
    feed.parent.mkdir()
    feed.write_bytes(FEED)
    feedstyle.apply([feed], Translator("en"), 'https://x.example/"feeds/')
    css = (tmp_path / "feeds" / "feed.css").read_text("utf-8")
    assert "This file is for a feed reader app (Atom)" in css
    assert 'https://x.example/\\"feeds/' in css
    assert feed.read_bytes() == feedstyle.styled(FEED)
    mn = feedstyle.stylesheet(Translator("mn"), "u")
    assert "мэдээ дагах (Atom) програмд" in mn
