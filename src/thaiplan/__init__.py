"""thaiplan: Thai strategic-plan pages to structured data, and how offices' goals relate.

Data flows one way: read → normalise → parse → model → features/similarity →
report/CLI. Importing thaiplan only defines names; heavy modules (pandas,
scikit-learn, pythainlp) load on first use.

>>> import thaiplan
>>> doc = thaiplan.parse_text("วิสัยทัศน์\\nผู้เรียนมีคุณภาพ\\nพันธกิจ\\n๑. จัดการศึกษาให้ทั่วถึง")
>>> [(s.kind.value, len(s.items)) for s in doc.sections]
[('vision', 0), ('mission', 1)]
>>> doc.sections[1].items[0].marker
'๑.'
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Bound eagerly: the submodule of the same name would otherwise shadow the function
# as soon as anything imports it. (Use ``from thaiplan.normalize import step``.)
from .normalize import normalize  # noqa: E402

# public name -> module that defines it (loaded on first access)
_EXPORTS: dict[str, str] = {
    "ThaiplanError": "errors",
    "read_text": "read",
    "read_document": "read",
    "ReadOptions": "read",
    "parse_text": "parse",
    "parse_file": "parse",
    "parse_document": "parse",
    "parse_many": "batch",
    "ParseFailure": "batch",
    "PlanDocument": "model",
    "Section": "model",
    "Item": "model",
    "Office": "model",
    "Unit": "model",
    "ParseWarning": "model",
    "SectionKind": "model",
    "to_frame": "tables",
    "tokenize": "features",
    "keywords": "features",
    "Matcher": "similarity",
    "Match": "similarity",
    "compare": "similarity",
    "Comparison": "similarity",
    "Framework": "frameworks",
    "load_framework": "frameworks",
    "map_to_framework": "frameworks",
    "coverage": "frameworks",
    "write_report": "report",
}

if TYPE_CHECKING:
    from .batch import ParseFailure, parse_many
    from .errors import ThaiplanError
    from .features import keywords, tokenize
    from .frameworks import Framework, coverage, load_framework, map_to_framework
    from .model import Item, Office, ParseWarning, PlanDocument, Section, SectionKind, Unit
    from .parse import parse_document, parse_file, parse_text
    from .read import ReadOptions, read_document, read_text
    from .report import write_report
    from .similarity import Comparison, Match, Matcher, compare
    from .tables import to_frame

__all__ = [
    "Comparison",
    "Framework",
    "Item",
    "Match",
    "Matcher",
    "Office",
    "ParseFailure",
    "ParseWarning",
    "PlanDocument",
    "ReadOptions",
    "Section",
    "SectionKind",
    "ThaiplanError",
    "Unit",
    "compare",
    "coverage",
    "keywords",
    "load_framework",
    "map_to_framework",
    "normalize",
    "parse_document",
    "parse_file",
    "parse_many",
    "parse_text",
    "read_document",
    "read_text",
    "to_frame",
    "tokenize",
    "write_report",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'thaiplan' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
