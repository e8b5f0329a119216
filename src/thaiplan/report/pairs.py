"""Aligned goals: which office pairs to show, their goals side by side with shared terms marked."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..normalize import thai_to_arabic_digits
from .labels import short_label
from .markup import _e, _number, _position, _terms, _text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["highlight", "office_pairs"]


def office_pairs(table: pd.DataFrame, n: int) -> list[tuple[str, str, float]]:
    """The ``n`` most similar pairs of different offices in a similarity table.

    Args:
        table: square office × office DataFrame, scores in [0, 1].
        n: how many pairs (at most all of them).

    Returns:
        ``(office_a, office_b, score)`` tuples, highest score first; each
        unordered pair once, NaN scores skipped, ties in table order.

    >>> import pandas as pd
    >>> t = pd.DataFrame([[1, .2, .7], [.2, 1, .4], [.7, .4, 1]], index=list("กขค"),
    ...                  columns=list("กขค"))
    >>> office_pairs(t, 2)
    [('ก', 'ค', 0.7), ('ข', 'ค', 0.4)]
    """
    names = [str(x) for x in table.index]
    values = table.to_numpy(dtype=float)
    found = [(names[i], names[j], float(values[i, j]))
             for i in range(len(names)) for j in range(i + 1, len(names))
             if not math.isnan(values[i, j])]
    found.sort(key=lambda p: -p[2])
    return found[:n]


def _match_key(text: str) -> str:
    # Same length as ``text`` so positions carry over: Thai digits → Arabic, Latin lower-cased.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in thai_to_arabic_digits(text))


def highlight(text: str, terms: Iterable[str]) -> str:
    """``text`` as escaped HTML with every occurrence of ``terms`` wrapped in ``<mark>``.

    Longer terms win over shorter ones they contain; Thai and Arabic digits
    match each other and Latin letters match in any case (tokens are
    normalised that way).

    Args:
        text: plain text (a goal).
        terms: words or phrases to mark; empty ones are ignored.

    Returns:
        HTML-escaped text with ``<mark>`` elements.

    >>> highlight("ผู้เรียนมีทักษะศตวรรษที่ ๒๑ & คุณภาพ", ["ผู้เรียน", "ศตวรรษที่ 21"])
    '<mark>ผู้เรียน</mark>มีทักษะ<mark>ศตวรรษที่ ๒๑</mark> &amp; คุณภาพ'
    """
    wanted = sorted({_match_key(t.strip()) for t in terms if t and t.strip()}, key=len,
                    reverse=True)
    if not wanted:
        return _e(text)
    pattern = re.compile("|".join(re.escape(t) for t in wanted))
    key = _match_key(text)
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(key):
        parts.append(_e(text[last:match.start()]))
        parts.append(f"<mark>{_e(text[match.start():match.end()])}</mark>")
        last = match.end()
    parts.append(_e(text[last:]))
    return "".join(parts)


def _surface_forms(terms: Sequence[str]) -> list[str]:
    """The terms plus the variants the thesaurus folds into them (นักเรียน for ผู้เรียน)."""
    from ..features.thesaurus import default_thesaurus

    groups = default_thesaurus().groups
    forms = list(terms)
    for term in terms:
        forms += groups.get(term, ())
    return forms


def _pair(index: int, a: str, b: str, score: float | None, aligned: pd.DataFrame) -> str:
    head = f'<section class="pair" id="pair-{index}"><h3>{_e(a)} ↔ {_e(b)}'
    if score is not None and not math.isnan(score):
        head += f' <span class="en">(ความคล้าย · similarity {score:.2f})</span>'
    out = [head + "</h3>"]
    if aligned.empty:
        out.append('<p class="lead">ไม่มีเป้าประสงค์ให้จับคู่ · no goals to align</p>'
                   "</section>")
        return "\n".join(out)
    out.append('<div class="scroll"><table class="pairs"><thead><tr>'
               f'<th scope="col">{_e(short_label(a, width=30))}</th>'
               '<th scope="col">คะแนน <span class="en">score</span></th>'
               f'<th scope="col">{_e(short_label(b, width=30))}</th>'
               '<th scope="col">คำร่วม <span class="en">shared terms</span></th>'
               "</tr></thead><tbody>")
    for row in aligned.to_dict("records"):
        terms = _terms(row.get("shared_terms"))
        forms = _surface_forms(terms)
        number = _number(row.get("score"))
        text_b = _text(row.get("text_b"))
        cell_b = (f'<span class="marker">{_e(_position(row.get("position_b")))}</span> '
                  f"{highlight(text_b, forms)}{_merge_note(row)}") if text_b else (
            f'<span class="unmatched">{_e(_no_match(row))}</span>')
        score_cell = "–" if math.isnan(number) else (
            f'{number:.2f}<br><span class="bar" style="width:{max(number, 0.0) * 3:.2f}rem">'
            "</span>")
        row_class = "" if text_b else ' class="unmatched"'
        out.append(
            f'<tr{row_class}><td class="goal"><span class="marker">'
            f'{_e(_position(row.get("position_a")))}</span> '
            f'{highlight(_text(row.get("text_a")), forms)}</td>'
            f'<td class="score" data-score="{"" if math.isnan(number) else f"{number:.4f}"}">'
            f'{score_cell}</td><td class="goal">{cell_b}</td>'
            f'<td class="terms">{_e(", ".join(terms)) if terms and text_b else "–"}</td></tr>')
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def _merge_note(row: Mapping[Any, Any]) -> str:
    """A merged or split pair says so, with the other goal's position."""
    other = _position(row.get("merged_with"))
    if row.get("kind") == "merge" and other:
        return (f' <span class="kind">(รวมกับข้อ {_e(other)} · '
                f"this goal also answers {_e(other)})</span>")
    if row.get("kind") == "split" and other:
        return (f' <span class="kind">(ตอบทั้งข้อนี้และข้อ {_e(other)} · '
                f"also answers goal {_e(other)} on the left)</span>")
    return ""


def _no_match(row: Mapping[Any, Any]) -> str:
    """Why a goal has no pair, in Thai and English (the alignment's ``reason``)."""
    best = _number(row.get("score"))
    score = "" if math.isnan(best) else f"{best:.2f}"
    candidate, rival = _position(row.get("candidate_b")), _position(row.get("rival_a"))
    reason = row.get("reason")
    if reason == "prefers_other" and candidate and rival:
        return (f"ไม่มีคู่: ข้อ {candidate} ({score}) ใกล้กับข้อ {rival} มากกว่า · "
                f"no match: its best candidate {candidate} ({score}) is closer to {rival}")
    if reason == "taken" and candidate and rival:
        return (f"ไม่มีคู่: การจับคู่หนึ่งต่อหนึ่งให้ข้อ {candidate} ({score}) แก่ข้อ {rival} · "
                f"no match: one-to-one gave its best candidate {candidate} ({score}) to {rival}")
    return (f"ไม่มีคู่ที่ถึงเกณฑ์ (สูงสุด {score}) · no goal reaches the threshold "
            f"(best {score})") if score else "ไม่มีคู่ที่ถึงเกณฑ์ · no goal reaches the threshold"


def _top_goals(top: pd.DataFrame) -> str:
    out = ['<div class="scroll"><table class="pairs top-goals"><thead><tr>'
           '<th scope="col">หน่วยงาน <span class="en">office</span></th>'
           '<th scope="col">เป้าประสงค์ <span class="en">goal</span></th>'
           '<th scope="col">คะแนน <span class="en">score</span></th>'
           '<th scope="col">หน่วยงาน <span class="en">office</span></th>'
           '<th scope="col">เป้าประสงค์ <span class="en">goal</span></th>'
           "</tr></thead><tbody>"]
    for row in top.to_dict("records"):
        forms = _surface_forms(_terms(row.get("shared_terms")))
        number = _number(row.get("score"))
        out.append(
            f'<tr><td class="org">{_e(short_label(_text(row.get("office_a")), width=24))}</td>'
            f'<td class="goal">{highlight(_text(row.get("text_a")), forms)}</td>'
            f'<td class="score" data-score="{"" if math.isnan(number) else f"{number:.4f}"}">'
            f'{"–" if math.isnan(number) else f"{number:.2f}"}</td>'
            f'<td class="org">{_e(short_label(_text(row.get("office_b")), width=24))}</td>'
            f'<td class="goal">{highlight(_text(row.get("text_b")), forms)}</td></tr>')
    out.append("</tbody></table></div>")
    return "\n".join(out)
