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
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..layout import Document
from ..model import ParseWarning, WarningCode
from ..normalize import arabic_to_thai_digits
from ._lines import Font, Line, to_blocks
from .options import ReadOptions, name_of
from .text import decode_bytes

__all__ = ["html_to_text", "read_html"]

_BLOCK = frozenset([
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing",
    "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "search", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "xmp",
])
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BOLD = frozenset(["b", "strong", "th", *_HEADINGS])
# Not displayed (or not text): their content is left out.
# (Not head: libxml2 puts there the elements it does not know, like section, that come
# before the body's first known element; head's own elements are hidden or empty.)
_HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "canvas",
                     "audio", "video", "select", "datalist"])
_NAVIGATION_ROLES = frozenset(["navigation", "menu", "menubar"])
_LISTS = frozenset(["ol", "ul", "menu", "dir"])
_PRE = frozenset(["pre", "listing", "xmp", "plaintext", "textarea"])
_CELLS = ("td", "th")
# HTML's <font size=1..7> in points (10, 13, 16, 18, 24, 32, 48 px).
_FONT_SIZES = {"1": 7.5, "2": 10.0, "3": 12.0, "4": 13.5, "5": 18.0, "6": 24.0, "7": 36.0}
_TYPES = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman",
          "I": "upper-roman"}
_BULLETS = frozenset(["disc", "circle", "square", "disclosure-open", "disclosure-closed"])
_COUNTERS = frozenset(["decimal", "decimal-leading-zero", "lower-alpha", "lower-latin",
                       "upper-alpha", "upper-latin", "lower-roman", "upper-roman", "thai",
                       "none", *_BULLETS])
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# A number the item's text starts with: "1.", "๑)", "(2)", "3 ".
_OWN_NUMBER = re.compile(r"\(?[0-9๐-๙]{1,3}(?:[.)]|\s)")
_LINE_BREAKS = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]*)")
_LENGTH = re.compile(r"([0-9]*\.?[0-9]+)\s*(pt|px)\b")
_TIME_EVERY = 1024  # elements between checks of ReadOptions.max_seconds

# Entry flags of the element stack.
_IS_BLOCK, _IS_LIST, _IS_ITEM = 1, 2, 4


def _counter(n: int, style: str) -> str:
    """``n`` in a CSS list style (``decimal``, ``lower-alpha``, ``thai``...).

    >>> [_counter(n, s) for n, s in [(3, "thai"), (28, "lower-alpha"), (14, "upper-roman")]]
    ['๓', 'ab', 'XIV']
    """
    if style == "decimal-leading-zero":
        return f"{n:02d}"
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin") and n >= 1:
        letters = ""
        while n:
            n, k = divmod(n - 1, 26)
            letters = chr(ord("a") + k) + letters
        return letters.upper() if style.startswith("upper") else letters
    if style in ("lower-roman", "upper-roman") and 1 <= n < 4000:
        out = []
        for value, digits in _ROMAN:
            count, n = divmod(n, value)
            out.append(digits * count)
        roman = "".join(out)
        return roman.upper() if style == "upper-roman" else roman
    if style == "thai":
        return arabic_to_thai_digits(str(n))
    return str(n)


def _integer(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _style(value: str) -> tuple[bool, bool | None, float | None, str | None]:
    """What an inline ``style`` says: ``(hidden, bold, size in pt, list style)``."""
    hidden, bold, size, counter = False, None, None, None
    for name, declared in _DECLARATION.findall(value.lower()):
        raw = declared.replace("!important", "").strip()
        if name == "display":
            hidden = hidden or raw == "none"
        elif name == "visibility":
            hidden = hidden or raw in ("hidden", "collapse")
        elif name == "font-weight":
            bold = raw in ("bold", "bolder") or (raw.isdigit() and int(raw) >= 600)
        elif name in ("font-size", "font"):
            length = _LENGTH.search(raw)
            if length:
                size = float(length.group(1)) * (0.75 if length.group(2) == "px" else 1.0)
            if name == "font" and "bold" in raw.split():
                bold = True
        elif name in ("list-style-type", "list-style"):
            counter = next((word for word in raw.split() if word in _COUNTERS), counter)
    return hidden, bold, size, counter


class _List:
    """An open ``ol``/``ul``: its style and next number."""

    __slots__ = ("next", "step", "style")

    def __init__(self, style: str, first: int, step: int) -> None:
        self.style, self.next, self.step = style, first, step


class _Walker:
    """Lines of an element tree in document order (see the module's docstring)."""

    def __init__(self, options: ReadOptions, groups: Iterator[int], *, bold: bool = False,
                 size: float | None = None, heading: int | None = None) -> None:
        self.lines: list[Line] = []
        self._options = options
        self._groups = groups
        self._group = next(groups)
        self._used = False  # a line was written in the current group
        self._pieces: list[str] = []
        self._styles: list[tuple[bool, float | None]] = []  # (bold, size) of each piece
        self._style: tuple[bool, float | None] = (bold, size)  # (bold, size) here
        self._heading, self._pre = heading, False
        self._lists: list[_List] = []
        self._items: list[list[str]] = []  # open li: [label not yet written]
        self._seen = 0

    # --- text ---------------------------------------------------------------------

    def _add(self, text: str) -> None:
        if self._pre and "\n" in text:
            first, *rest = text.replace("\r\n", "\n").split("\n")
            self._piece(first)
            for part in rest:
                self._flush(new_block=False)
                self._piece(part)
        elif self._pieces or not text.isspace():  # blanks at a line's start go
            self._pieces.append(text)
            self._styles.append(self._style)

    def _piece(self, text: str) -> None:
        if text and (self._pieces or not text.isspace()):
            self._pieces.append(text)
            self._styles.append(self._style)

    def _flush(self, *, new_block: bool) -> None:
        """End the current line (and paragraph, with ``new_block``)."""
        if self._pieces:
            pieces, styles = self._pieces, self._styles
            self._pieces, self._styles = [], []
            text = "".join(pieces)
            if not text.isprintable():  # (a quick look first: most lines hold none)
                text = _LINE_BREAKS.sub(" ", text)
            text = text.strip()
            if text:
                font = Font()
                if len(styles) == 1 or styles.count(styles[0]) == len(styles):
                    font.add(text, *styles[0])
                else:
                    for piece, (bold, size) in zip(pieces, styles, strict=True):
                        font.add(piece, bold, size)
                label = ""
                if self._items and self._items[-1][0]:
                    label, self._items[-1][0] = self._items[-1][0], ""
                    if _OWN_NUMBER.match(text):
                        label = ""
                    else:
                        text = f"{label} {text}"
                level = max(1, len(self._lists)) if self._items else None
                self.lines.append(Line(text, self._group, font, self._heading, level, label))
                self._used = True
        if new_block and self._used:
            self._group, self._used = next(self._groups), False

    def _adopt(self, lines: list[Line]) -> None:
        """Write lines read by another walker (their groups are already unique)."""
        self._flush(new_block=True)
        if lines:
            self.lines.extend(lines)
            self._used = True
            self._flush(new_block=True)

    # --- elements -----------------------------------------------------------------

    def walk(self, root: Any) -> list[Line]:
        """Read ``root`` and everything in it (not its tail); returns the lines."""
        from lxml import etree

        walker = etree.iterwalk(root, events=("start", "end"))
        stack: list[tuple[int, tuple[bool, float | None], int | None, bool]] = []
        start, push, pop = self._start, stack.append, stack.pop
        for event, element in walker:
            if event == "start":
                saved = (self._style, self._heading, self._pre)
                push((start(element, walker), *saved))
                continue
            flags, self._style, heading, pre = pop()
            if flags:
                if flags & _IS_BLOCK and (self._pieces or self._used):
                    self._flush(new_block=True)
                if flags & _IS_ITEM:
                    self._items.pop()
                if flags & _IS_LIST:
                    self._lists.pop()
            self._heading, self._pre = heading, pre
            tail = element.tail
            if tail and element is not root:
                self._add(tail)
        self._flush(new_block=True)
        return self.lines

    def _start(self, element: Any, walker: Any) -> int:
        """Open ``element``: returns its stack flags (the subtree may be skipped)."""
        tag = element.tag
        if not isinstance(tag, str):  # a comment, processing instruction or entity
            walker.skip_subtree()
            return 0
        self._seen += 1
        if not self._seen % _TIME_EVERY:
            self._options.check_time(f"element {self._seen:,}")
        bold = size = counter = None
        if len(element.attrib):
            get = element.get
            if get("hidden") is not None or (get("aria-hidden") or "").strip() == "true":
                walker.skip_subtree()
                return 0
            if (get("role") or "").strip().lower() in _NAVIGATION_ROLES:
                walker.skip_subtree()
                return _IS_BLOCK
            style = get("style")
            if style:
                hidden, bold, size, counter = _style(style)
                if hidden:
                    walker.skip_subtree()
                    return 0
            if tag == "font":
                size = _FONT_SIZES.get((get("size") or "").strip(), size)
        if tag in _HIDDEN or tag == "nav":
            walker.skip_subtree()
            return _IS_BLOCK if tag == "nav" else 0
        flags = 0
        if tag == "br":
            self._flush(new_block=False)
        elif tag in _BLOCK:
            flags = _IS_BLOCK
            if self._pieces or self._used:
                self._flush(new_block=True)
            if tag == "tr" and self._row(element):
                walker.skip_subtree()
                return flags
            if tag in _HEADINGS:
                self._heading = _HEADINGS[tag]
            elif tag in _LISTS:
                flags |= _IS_LIST
                self._lists.append(self._list(element, tag, counter))
            elif tag == "li":
                flags |= _IS_ITEM
                self._items.append([self._label(element, counter)])
        if tag in _BOLD or bold is not None or size is not None:
            self._style = (bold if bold is not None else tag in _BOLD or self._style[0],
                           size if size is not None else self._style[1])
        if tag in _PRE:
            self._pre = True
        if element.text:
            self._add(element.text)
        return flags

    def _list(self, element: Any, tag: str, counter: str | None) -> _List:
        if tag != "ol":
            return _List(counter or "disc", 1, 1)
        style = counter or _TYPES.get((element.get("type") or "").strip(), "decimal")
        step = -1 if element.get("reversed") is not None else 1
        first = _integer(element.get("start"))
        if first is None:
            first = sum(1 for child in element if child.tag == "li") if step < 0 else 1
        return _List(style, first, step)

    def _label(self, element: Any, counter: str | None) -> str:
        """The number the browser shows before ``li`` ``element`` (``""`` for bullets)."""
        if not self._lists:
            return ""
        owner = self._lists[-1]
        value = _integer(element.get("value"))
        number = owner.next if value is None else value
        owner.next = number + owner.step
        style = counter or _TYPES.get((element.get("type") or "").strip(), owner.style)
        if style == "none" or style in _BULLETS:
            return ""
        return _counter(number, style) + "."

    def _row(self, row: Any) -> bool:
        """Write table row ``row``: one block of cells when each cell holds a line at
        most, else the paragraphs of its cells. ``False`` for a row that holds a table
        (layout): this walker reads it as paragraphs. (The cells are read by walkers of
        their own, which meet no table: recursion goes no deeper.)"""
        if next(row.iter("table"), None) is not None:
            return False
        walkers = []
        for cell in row:
            if cell.tag in _CELLS:
                walker = _Walker(self._options, self._groups, bold=self._style[0],
                                 size=self._style[1], heading=self._heading)
                walker.walk(cell)
                walkers.append(walker)
        if not walkers:
            return False
        lines = [line for w in walkers for line in w.lines]
        if any(len(w.lines) > 1 for w in walkers) or any(
                line.heading_level is not None for line in lines):
            self._adopt(lines)
            return True
        texts = [w.lines[0].text if w.lines else "" for w in walkers]
        filled = [text for text in texts if text]
        if filled:
            font = Font()
            for line in lines:
                font.merge(line.font)
            level = max(1, len(self._lists)) if self._items else None
            self._adopt([Line("\t".join(filled), next(self._groups), font, self._heading,
                              level, cells=tuple(texts))])
        return True


class _FlatText:
    """lxml parser target: the text of a page, block elements on lines of their own.

    For pages nested too deeply for a tree: a parser target keeps no tree.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._hidden = 0

    def start(self, tag: str, attrib: Any) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCK or tag == "br":
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(_LINE_BREAKS.sub(" ", data))

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
        return _Walker(options, itertools.count()).walk(root), []
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
