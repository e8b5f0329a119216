"""The WordprocessingML names the Word reader looks at (``w:`` and ``mc:`` elements).

lxml spells an element's tag with its namespace in braces: ``w:p`` is ``{…/main}p``.

>>> from lxml import etree
>>> p = etree.fromstring(f'<w:p xmlns:w="{W[1:-1]}"><w:r><w:t>พันธกิจ</w:t></w:r></w:p>')
>>> p.tag == P, p.find(f"{R}/{T}").text
(True, 'พันธกิจ')
"""

from __future__ import annotations

__all__ = ["ALTERNATE", "CHOICE", "FALLBACK", "MC", "PPR", "RPR", "SDT", "SDT_CONTENT", "TBL",
           "TC", "TCPR", "TR", "TXBX", "VAL", "P", "R", "T", "W"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, R, T, TBL, TR, TC = (W + t for t in ("p", "r", "t", "tbl", "tr", "tc"))
SDT, SDT_CONTENT, TXBX = W + "sdt", W + "sdtContent", W + "txbxContent"
PPR, RPR, TCPR = W + "pPr", W + "rPr", W + "tcPr"
VAL = W + "val"
ALTERNATE, CHOICE, FALLBACK = (MC + t for t in ("AlternateContent", "Choice", "Fallback"))
