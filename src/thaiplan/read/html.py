"""Web pages: the text of an HTML page, one line per block element.

Scripts and styles are dropped; the cells of a table row stay on one line, a tab apart.

>>> read_html("<h2>วิสัยทัศน์</h2><p>ผู้เรียนมีคุณภาพ</p>".encode(), ReadOptions()).text
'วิสัยทัศน์\\nผู้เรียนมีคุณภาพ'
"""

from __future__ import annotations

import html as html_module
import re
from functools import lru_cache
from html.parser import HTMLParser

from ..layout import Document
from .options import ReadOptions
from .text import decode_bytes

__all__ = ["html_to_text", "read_html"]

_BLOCK_TAGS = frozenset([
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "tfoot", "thead", "title", "tr", "ul",
])
_CELL_TAGS = frozenset(["td", "th"])
_SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "head"])


class _TextExtractor(HTMLParser):
    """Text of an HTML page, one line per block element; scripts and styles dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            # Cells of a table row stay on one line, a tab apart: "1.<TAB>ส่งเสริม…".
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Source line breaks inside a block are just spaces in HTML.
            self.parts.append(" ".join(data.split("\n")))


# The well-formed markup most pages consist of, read by one regular expression
# (about 20 times faster than html.parser). Anything else — a stray ``<``, a
# comment holding ``--`` or ``>``, an odd tag — makes :func:`_simple_html_text`
# give up, and html.parser reads the page: both give the same text.
_START_TAG = r"""<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)
      (?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`/]+))?)*
      \s*(?P<empty>/)?>"""
_END_TAG = r"</(?P<end>[a-zA-Z][a-zA-Z0-9]*)\s*>"
_DECLARATION = r"<![dD][oO][cC][tT][yY][pP][eE][^<>]*>|<\?[^<>]*>"
_HTML_TOKEN = re.compile(
    rf"""(?P<text>[^<]+)|{_START_TAG}|{_END_TAG}
    |(?P<skip><!--(?:[^->]|-(?!-))*-->|{_DECLARATION})
    |(?P<other><)""",
    re.VERBOSE,
)
# Elements whose content html.parser (depending on the Python version) reads as
# raw text: the simple reader accepts them only when their content is plain text.
_RAW_TEXT_TAGS = frozenset(["script", "style", "xmp", "iframe", "noembed", "noframes",
                            "noscript", "textarea", "title"])


def _simple_html_text(html: str) -> list[str] | None:
    """What :class:`_TextExtractor` collects from ``html`` (its ``parts``), or ``None``
    when the page holds markup this reader does not handle."""
    parts: list[str] = []
    skip = 0
    raw: str | None = None  # a raw-text element whose end tag must come next
    for m in _HTML_TOKEN.finditer(html):
        text, tag, empty, end, _, other = m.groups()  # one call: this loop runs per tag
        if text is not None:
            if raw is not None and ("&" in text or m.end() == len(html)):
                return None
            if not skip:
                if "&" in text:
                    text = html_module.unescape(text)
                parts.append(" ".join(text.split("\n")))
            continue
        if raw is not None and (end is None or end.lower() != raw):
            return None
        raw = None
        if end is not None:
            end = end.lower()
            if end in _SKIP_TAGS and end != "head":
                skip = max(0, skip - 1)
            elif end in _BLOCK_TAGS:
                parts.append("\n")
            continue
        if tag is None:
            if other is not None:
                return None
            continue  # a comment, a doctype or a processing instruction
        tag = tag.lower()
        if tag == "plaintext":
            return None
        if empty:  # <br/>: html.parser calls handle_startendtag
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            continue
        if tag in _RAW_TEXT_TAGS:
            raw = tag
        if tag in _SKIP_TAGS and tag != "head":
            skip += 1
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
        elif tag in _CELL_TAGS:
            parts.append("\t")
    return None if raw is not None else parts


# The tags of _HTML_TOKEN alone, to split a page at C speed (see _plain_html_text).
_TAG = re.compile(f"{_START_TAG}|{_END_TAG}|{_DECLARATION}", re.VERBOSE)
_CAREFUL_TAGS = _RAW_TEXT_TAGS | _SKIP_TAGS - {"head"} | {"plaintext"}
_START_MARK = dict.fromkeys(_BLOCK_TAGS, "\n") | dict.fromkeys(_CELL_TAGS, "\t")
_EMPTY_OR_END_MARK = dict.fromkeys(_BLOCK_TAGS, "\n")


@lru_cache(maxsize=1024)
def _tag_mark(tag: str | None, empty: str | None, end: str | None) -> str | None:
    """What _simple_html_text adds for a tag split by _TAG, or ``None`` for the start
    of an element it reads with care (a script, a raw-text element...)."""
    if tag is not None:
        name = tag.lower()
        if name in _CAREFUL_TAGS:
            return None
        return (_START_MARK if empty is None else _EMPTY_OR_END_MARK).get(name, "")
    return "" if end is None else _EMPTY_OR_END_MARK.get(end.lower(), "")


def _plain_html_text(html: str) -> str | None:
    """``"".join(_simple_html_text(html))`` for a page of plain markup (tags and
    declarations; no entity, comment, script or other raw-text element), else ``None``.

    The page is split at its tags in one call: between two tags, text holding no
    ``<`` is what _simple_html_text reads as one text token; at each ``<`` both
    then match the same tag (the same expression, tried from the same place).
    """
    if "&" in html or "<!--" in html:
        return None
    # Line breaks are spaces in text, and \s inside a tag either way.
    pieces = _TAG.split(html.replace("\n", " "))  # text, (tag, empty, end), text...
    texts = pieces[::4]
    marks = list(map(_tag_mark, pieces[1::4], pieces[2::4], pieces[3::4]))
    if None in marks or "<" in "".join(texts):  # (a "<" in text starts no tag)
        return None
    joined = texts + texts[1:]  # texts and marks, in order:
    joined[::2] = texts
    joined[1::2] = marks
    return "".join(joined)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per block element (no network, no scripts).

    >>> html_to_text("<h2>วิสัยทัศน์</h2><p>ผู้เรียน<b>มีคุณภาพ</b></p><script>x()</script>")
    'วิสัยทัศน์\\nผู้เรียนมีคุณภาพ'
    >>> html_to_text("<table><tr><td>1.</td><td>จัดการศึกษา</td></tr></table>")
    '1.\\tจัดการศึกษา'
    """
    text = _plain_html_text(html)
    if text is None:
        parts = _simple_html_text(html)
        if parts is None:
            parser = _TextExtractor()
            parser.feed(html)
            parser.close()
            parts = parser.parts
        text = "".join(parts)
    return "\n".join(filter(None, map(str.strip, text.split("\n"))))


def read_html(data: bytes, options: ReadOptions) -> Document:
    """A web page: its text, one block per line."""
    text, encoding, bad = decode_bytes(data, source=options.source)
    return Document.from_text(html_to_text(text), source=options.source, encoding=encoding,
                              bad_bytes=bad, format="html")
