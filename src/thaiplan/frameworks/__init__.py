"""Reference frameworks (National Strategy, OBEC, SDG 4) and alignment of plan items to them.

Every Thai public plan must show how it serves the plans above it
(ความสอดคล้องกับยุทธศาสตร์ชาติ). This module ships three reference frameworks as data
and maps each goal or strategy of an office onto their elements:

* ``"national-strategy"`` — the six strategies of the National Strategy 2018–2037
  (ยุทธศาสตร์ชาติ ๒๐ ปี), ids ``NS1`` … ``NS6``;
* ``"obec"`` — the six strategies of the Office of the Basic Education Commission
  that mirror them, ids ``OBEC1`` … ``OBEC6``;
* ``"sdg4"`` — the ten targets of Sustainable Development Goal 4, ids ``4.1`` …
  ``4.7``, ``4.a`` … ``4.c``.

Each :class:`Element` has an id, its official Thai title, and a description and
key terms written in this project's own words. :func:`load_framework` loads a
shipped framework by name or a user's own from a JSON, YAML or CSV file with the
same fields; bad files raise :class:`~thaiplan.errors.FrameworkError` naming the
file, the element (or CSV row) and the field.

:func:`map_to_framework` scores every item against every element and keeps the
best one(s); :func:`coverage` turns that into an office × element table.

The package: :mod:`.elements` (the records), :mod:`.loading` (shipped and
user files), :mod:`.scoring` (scores per item and element), :mod:`.mapping`
(:func:`map_to_framework`, :func:`coverage`).

>>> fw = load_framework("obec")
>>> [e.id for e in fw][:3]
['OBEC1', 'OBEC2', 'OBEC3']
>>> fw["OBEC3"].title
'การพัฒนาครูและบุคลากรทางการศึกษา'
>>> m = map_to_framework(["ครูและบุคลากรทางการศึกษามีสมรรถนะตามมาตรฐานวิชาชีพ"], "obec")
>>> m.loc[0, ["element_id", "shared_terms"]].tolist()
['OBEC3', ('ครูและบุคลากรทางการศึกษา', 'สมรรถนะ', 'มาตรฐานวิชาชีพ')]
"""

from __future__ import annotations

from .elements import Element, Framework
from .loading import FRAMEWORKS, FrameworkName, framework_names, load_framework
from .mapping import DEFAULT_KINDS as DEFAULT_KINDS
from .mapping import MAPPING_COLUMNS as MAPPING_COLUMNS
from .mapping import coverage, map_to_framework
from .scoring import DEFAULT_THRESHOLDS as DEFAULT_THRESHOLDS
from .scoring import METHODS, Method, score_items
from .scoring import SUBJECT_BONUS as SUBJECT_BONUS
from .scoring import TFIDF_WEIGHT as TFIDF_WEIGHT

__all__ = [
    "FRAMEWORKS",
    "METHODS",
    "Element",
    "Framework",
    "FrameworkName",
    "Method",
    "coverage",
    "framework_names",
    "load_framework",
    "map_to_framework",
    "score_items",
]
