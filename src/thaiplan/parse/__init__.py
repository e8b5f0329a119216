"""Parsing: a document's blocks to sections and numbered items, in stages.

:mod:`~thaiplan.parse.document` runs them (``parse_text``, ``parse_file``,
``parse_document``): :mod:`~thaiplan.parse.blocks` (blocks → prepared lines),
:mod:`~thaiplan.parse.classify` (what each line is), :mod:`~thaiplan.parse.rules` over
:mod:`~thaiplan.parse.state` (lines → sections and items; the rules of the outline, of
tables of sections, of heading lines and of content in :mod:`~thaiplan.parse.outline`,
:mod:`~thaiplan.parse.tables`, :mod:`~thaiplan.parse.sections` and
:mod:`~thaiplan.parse.content`), :mod:`~thaiplan.parse.records`
(drafts → frozen records, :mod:`~thaiplan.parse.numbering` checked). The vocabulary
they use: :mod:`~thaiplan.parse.lexicon` (heading words), :mod:`~thaiplan.parse.headings`
(heading lines), :mod:`~thaiplan.parse.markers` (item markers), :mod:`~thaiplan.parse.junk`
(page furniture), :mod:`~thaiplan.parse.orgs` and :mod:`~thaiplan.parse.office`
(organisations, the publisher); :mod:`~thaiplan.parse.warnings` collects what is odd.

>>> [(s.kind.value, [i.text for i in s.items]) for s in parse_text("พันธกิจ\\n๑. จัดการศึกษา").sections]
[('mission', ['จัดการศึกษา'])]
"""

from .blocks import prepare_text
from .document import parse_document, parse_file, parse_text

__all__ = ["parse_document", "parse_file", "parse_text", "prepare_text"]
