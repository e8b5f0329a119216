"""Ordered lists as the browser shows them: the number before each ``li``.

An ``ol`` counts from its ``start`` (or, ``reversed``, down from its number of items),
in the style of its ``type`` (``1 a A i I``) or an inline ``list-style-type``
(``thai``: ๑ ๒ ๓); an ``li`` may set its ``value`` and its own style. Bullets (``ul``,
``disc``…) show no number: they are decoration, and pages often number such items by
hand.

>>> from lxml import etree
>>> ol = etree.HTML('<ol start="3"><li>จัดการศึกษา</li><li>พัฒนาครู</li></ol>').find(".//ol")
>>> lists = [open_list(ol, "ol", "thai")]
>>> [label(lists, li, None) for li in ol]
['๓.', '๔.']
"""

from __future__ import annotations

from typing import Any

from ...normalize import arabic_to_thai_digits

__all__ = ["BULLETS", "COUNTERS", "TYPES", "List", "format_counter", "integer", "label",
           "open_list"]

TYPES = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman",
         "I": "upper-roman"}
BULLETS = frozenset(["disc", "circle", "square", "disclosure-open", "disclosure-closed"])
COUNTERS = frozenset(["decimal", "decimal-leading-zero", "lower-alpha", "lower-latin",
                      "upper-alpha", "upper-latin", "lower-roman", "upper-roman", "thai",
                      "none", *BULLETS])
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_counter(n: int, style: str) -> str:
    """``n`` in a CSS list style (``decimal``, ``lower-alpha``, ``thai``...).

    >>> [format_counter(n, s) for n, s in [(3, "thai"), (28, "lower-alpha"), (14, "upper-roman")]]
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


def integer(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


class List:
    """An open ``ol``/``ul``: its style and next number."""

    __slots__ = ("next", "step", "style")

    def __init__(self, style: str, first: int, step: int) -> None:
        self.style, self.next, self.step = style, first, step


def open_list(element: Any, tag: str, counter: str | None) -> List:
    """The list an ``ol`` (or ``ul``, ``menu``, ``dir``) opens: its style, first number
    and step; ``counter`` is the list style its inline ``style`` gives, if any."""
    if tag != "ol":
        return List(counter or "disc", 1, 1)
    style = counter or TYPES.get((element.get("type") or "").strip(), "decimal")
    step = -1 if element.get("reversed") is not None else 1
    first = integer(element.get("start"))
    if first is None:
        first = sum(1 for child in element if child.tag == "li") if step < 0 else 1
    return List(style, first, step)


def label(lists: list[List], element: Any, counter: str | None) -> str:
    """The number the browser shows before ``li`` ``element`` in the innermost of the open
    ``lists`` (``""`` for bullets); counts the item."""
    if not lists:
        return ""
    owner = lists[-1]
    value = integer(element.get("value"))
    number = owner.next if value is None else value
    owner.next = number + owner.step
    style = counter or TYPES.get((element.get("type") or "").strip(), owner.style)
    if style == "none" or style in BULLETS:
        return ""
    return format_counter(number, style) + "."
