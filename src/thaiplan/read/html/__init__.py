"""Web pages: one block per displayed line, with headings, lists and tables kept.

The page is decoded with :func:`~thaiplan.read.text.decode_bytes` (exact for the
encodings Thai sites use; nothing the page or the network declares is trusted) and
parsed by lxml (libxml2's HTML parser, which recovers from any markup). Then:

* every block element (``p``, ``div``, ``li``, ``h1``…) starts a line; ``br`` breaks a
  line inside its paragraph (the lines share a :attr:`~thaiplan.layout.Block.block`);
  inline elements (``b``, ``span``, ``a``, ``font``…) do not; source line breaks are
  spaces, except in ``pre``;
* ``h1``–``h6`` give :attr:`~thaiplan.layout.Block.heading_level`;
* ``li`` gives :attr:`~thaiplan.layout.Block.list_level` (the nesting of lists), and in
  an ``ol`` the number the browser shows — from ``start``, ``type`` (``1 a A i I``),
  ``reversed``, ``li value`` and an inline ``list-style-type`` (``thai``: ๑ ๒ ๓) — is
  put before the text as displayed (``"1. "``) and in
  :attr:`~thaiplan.layout.Block.list_label`; an item whose text starts with a number
  of its own keeps only that one (pages that number items by hand inside an ``ol``
  hide the browser's numbers with a style sheet). Bullets of ``ul`` are not added:
  they are decoration, and pages often number such items by hand;
* a table row whose cells each hold one line at most becomes one block whose
  :attr:`~thaiplan.layout.Block.cells` are the cell texts and whose text is the
  non-empty cells joined by tabs; a row with a cell of several lines (paragraphs,
  line breaks, a list), a heading or a table in it is read as the paragraphs it
  holds — pages are laid out in tables, a menu in one cell and the page in the next;
* hidden elements (``hidden``, ``aria-hidden="true"``, an inline ``display:none`` or
  ``visibility:hidden``; ``script``, ``style``, ``noscript``, ``template``, ``svg``,
  ``iframe``, ``select``…) and navigation (``nav``, ``role="navigation"``, menus) are
  left out; page headers and footers stay (the banner names the office, the footer
  often holds a school's motto);
* ``bold`` when every visible character is in ``b``/``strong``/``th``, a heading, or
  an inline ``font-weight`` of 600 or more; ``size`` from inline ``font-size`` in
  ``pt``/``px`` or ``<font size>``.

A page nested deeper than libxml2 allows (2048 elements, unclosed tags on every line)
is read as plain lines without structure, with a warning.

The parts: :mod:`.walker` (the walk through the element tree), :mod:`.elements` (what
each element is, what an inline style says) and :mod:`.lists` (the numbers of ordered
lists).

>>> doc = read_html('''<h2>วิสัยทัศน์</h2><p>ผู้เรียน<b>มีคุณภาพ</b></p>
... <h2>พันธกิจ</h2><ol style="list-style-type: thai"><li>จัดการศึกษา</li>
... <li>พัฒนาครู<br>และบุคลากร</li></ol>'''.encode(), ReadOptions())
>>> print(doc.text)
วิสัยทัศน์
ผู้เรียนมีคุณภาพ
พันธกิจ
๑. จัดการศึกษา
๒. พัฒนาครู
และบุคลากร
>>> for b in doc.blocks:
...     print(b.block, b.heading_level, b.list_level, repr(b.list_label), b.bold)
0 2 None '' True
1 None None '' False
2 2 None '' True
3 None 1 '๑.' False
4 None 1 '๒.' False
4 None 1 '' False
"""

from __future__ import annotations

import itertools
from typing import Any

from ...layout import Document
from ...model import ParseWarning, WarningCode
from .._lines import Line, to_blocks
from ..options import ReadOptions, name_of
from ..text import decode_bytes
from .elements import BLOCK, HIDDEN, LINE_BREAKS
from .walker import Walker

__all__ = ["html_to_text", "read_html"]


class _FlatText:
    """lxml parser target: the text of a page, block elements on lines of their own.

    For pages nested too deeply for a tree: a parser target keeps no tree.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._hidden = 0

    def start(self, tag: str, attrib: Any) -> None:
        if tag in HIDDEN:
            self._hidden += 1
        elif tag in BLOCK or tag == "br":
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if tag in HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(LINE_BREAKS.sub(" ", data))

    def close(self) -> str:
        return "".join(self.parts)


def _read(html: str, options: ReadOptions) -> tuple[list[Line], list[ParseWarning]]:
    """Lines of a page, and the warnings of reading it."""
    from lxml import etree

    data = html.encode("utf-8", errors="replace")
    # The text is decoded already: libxml2 must not follow a <meta charset>.
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                              huge_tree=True, no_network=True)
    root = etree.fromstring(data, parser)
    if root is None:  # nothing but blanks and comments
        return [], []
    options.check_time("parsing")
    if not any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return Walker(options, itertools.count()).walk(root), []
    target = _FlatText()
    flat = etree.HTMLParser(target=target, encoding="utf-8", no_network=True)
    text = etree.fromstring(data, flat)
    groups = itertools.count()
    lines = [Line(line, next(groups)) for line in map(str.strip, text.split("\n")) if line]
    warning = ParseWarning(
        WarningCode.DAMAGED_TEXT,
        f"{name_of(options.source)}: elements nested deeper than the HTML parser allows "
        "(unclosed tags?): read as plain lines, without headings, lists or tables")
    return lines, [warning]


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per displayed line (no network, no scripts).

    >>> html_to_text("<h2>วิสัยทัศน์</h2><p>ผู้เรียน<b>มีคุณภาพ</b></p><script>x()</script>")
    'วิสัยทัศน์\\nผู้เรียนมีคุณภาพ'
    >>> html_to_text("<table><tr><td>1.</td><td>จัดการศึกษา</td></tr></table>")
    '1.\\tจัดการศึกษา'
    """
    return "\n".join(line.text for line in _read(html, ReadOptions())[0])


def read_html(data: bytes, options: ReadOptions) -> Document:
    """A web page: one block per displayed line (see the module's docstring).

    Raises:
        LimitExceededError: the page is larger than ``options.max_bytes``, or reading
            it takes longer than ``options.max_seconds``.
        UndecodableFileError: the bytes are not text in a supported encoding.
    """
    options.check_bytes(len(data))
    text, encoding, bad = decode_bytes(data, source=options.source)
    lines, warnings = _read(text, options)
    return Document(tuple(to_blocks(lines)), source=options.source, encoding=encoding,
                    format="html", bad_bytes=bad, warnings=tuple(warnings))
