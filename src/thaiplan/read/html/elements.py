"""What an HTML element is to the reader: a block or inline, a heading, bold, hidden,
navigation, a list, preformatted text, a table cell — and what its inline ``style`` says.

Only what the page itself says is read (no style sheets, no scripts): the element's name,
its ``hidden`` and ``role`` attributes, and an inline ``style`` (:func:`inline_style`:
``display``, ``visibility``, ``font-weight``, ``font-size``, ``list-style-type``).

>>> from lxml import etree
>>> b = etree.HTML('<p><b style="font-size: 16px">วิสัยทัศน์</b></p>').find(".//b")
>>> b.tag in BOLD, b.tag in BLOCK, inline_style(b.get("style"))
(True, False, (False, None, 12.0, None))
>>> inline_style("font-weight: 700; list-style-type: thai"), inline_style("display:none")[0]
((False, True, None, 'thai'), True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lists import COUNTERS

__all__ = ["BLOCK", "BOLD", "CELLS", "FONT_SIZES", "HEADINGS", "HIDDEN", "LINE_BREAKS", "LISTS",
           "NAVIGATION_ROLES", "PRE", "inline_style"]

BLOCK = frozenset([
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing",
    "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "search", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "xmp",
])
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BOLD = frozenset(["b", "strong", "th", *HEADINGS])
# Not displayed (or not text): their content is left out.
# (Not head: libxml2 puts there the elements it does not know, like section, that come
# before the body's first known element; head's own elements are hidden or empty.)
HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "canvas",
                    "audio", "video", "select", "datalist"])
NAVIGATION_ROLES = frozenset(["navigation", "menu", "menubar"])
LISTS = frozenset(["ol", "ul", "menu", "dir"])
PRE = frozenset(["pre", "listing", "xmp", "plaintext", "textarea"])
CELLS = ("td", "th")
# HTML's <font size=1..7> in points (10, 13, 16, 18, 24, 32, 48 px).
FONT_SIZES = {"1": 7.5, "2": 10.0, "3": 12.0, "4": 13.5, "5": 18.0, "6": 24.0, "7": 36.0}
LINE_BREAKS = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]*)")
_LENGTH = re.compile(r"([0-9]*\.?[0-9]+)\s*(pt|px)\b")


@lru_cache(maxsize=4096)
def inline_style(value: str) -> tuple[bool, bool | None, float | None, str | None]:
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
            counter = next((word for word in raw.split() if word in COUNTERS), counter)
    return hidden, bold, size, counter
