"""Word documents for the tests: automatic numbering added to a python-docx Document.

python-docx is imported when a helper runs, so a test module that skips without it can
import this one.
"""

from __future__ import annotations

from typing import Any


def thai_numbering(document: Any) -> str:
    """Add a two-level list numbered ๑. / ๑.๑ to ``document`` and return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def numbered(document: Any, text: str, num_id: str, ilvl: int) -> None:
    """Add a paragraph ``text`` to list ``num_id`` at level ``ilvl``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
