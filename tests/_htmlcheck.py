"""A small HTML5 checker for the report tests (stdlib only).

Not a full validator: it checks what matters for a self-contained report page —
a doctype, known HTML5 elements, balanced and properly nested tags, no end tags
on void elements, unique ids, in-page links that resolve, and no reference to
anything outside the file (no scripts, no remote URLs, no external fonts).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
KNOWN = VOID | {
    "html", "head", "body", "title", "style", "header", "footer", "main", "nav", "section",
    "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "a", "ol", "ul",
    "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "mark", "code", "strong", "em", "small", "details", "summary", "figure", "figcaption",
    "svg", "g", "rect", "text", "abbr", "time", "sup", "sub", "pre", "b", "i",
}
_REMOTE = re.compile(r"(?i)\b(?:https?:|ftp:)//|(?<![\w:])//[\w.-]+\.\w+")
_CSS_URL = re.compile(r"url\(\s*['\"]?(?!data:)([^)'\"]+)")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.errors: list[str] = []
        self.stack: list[str] = []
        self.ids: dict[str, int] = {}
        self.links: list[str] = []
        self.tags: list[str] = []
        self.doctype: str | None = None
        self.in_style = False
        self.style = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        where = f"line {self.getpos()[0]}"
        if self.doctype is None:
            self.errors.append(f"{where}: <{tag}> before the doctype")
        self.tags.append(tag)
        if tag not in KNOWN:
            self.errors.append(f"{where}: unknown element <{tag}>")
        if tag in ("script", "iframe", "object", "link"):
            self.errors.append(f"{where}: <{tag}> makes the page depend on other files")
        names = [name for name, _ in attrs]
        if len(names) != len(set(names)):
            self.errors.append(f"{where}: duplicate attribute in <{tag}>")
        for name, raw in attrs:
            value = raw or ""
            if name == "id":
                self.ids[value] = self.ids.get(value, 0) + 1
            if name in ("src", "href", "action", "srcset", "poster") and _REMOTE.search(value):
                self.errors.append(f"{where}: remote reference {name}={value!r}")
            if name == "href":
                self.links.append(value)
            if name.startswith("on"):
                self.errors.append(f"{where}: event handler {name}")
            if name == "style" and _CSS_URL.search(value):
                self.errors.append(f"{where}: non-data url() in a style attribute")
        if tag == "style":
            self.in_style = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        where = f"line {self.getpos()[0]}"
        if tag == "style":
            self.in_style = False
        if tag in VOID:
            self.errors.append(f"{where}: end tag of void element </{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"{where}: </{tag}> closes <{self.stack[-1] if self.stack else ''}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.style += data


def check_html(page: str) -> list[str]:
    """Problems found in ``page`` (an empty list when it passes)."""
    checker = _Checker()
    checker.feed(page)
    checker.close()
    errors = list(checker.errors)
    if (checker.doctype or "").lower() != "doctype html":
        errors.append(f"doctype is {checker.doctype!r}, want <!DOCTYPE html>")
    if checker.stack:
        errors.append(f"unclosed elements at the end: {checker.stack}")
    errors += [f"id {i!r} used {n} times" for i, n in checker.ids.items() if n > 1]
    errors += [f"in-page link {h!r} has no target" for h in checker.links
               if h.startswith("#") and h[1:] not in checker.ids]
    if _CSS_URL.search(checker.style):
        errors.append("the stylesheet loads a non-data url()")
    if "@import" in checker.style:
        errors.append("the stylesheet uses @import")
    for required in ("html", "head", "title", "body"):
        if required not in checker.tags:
            errors.append(f"no <{required}>")
    return errors
