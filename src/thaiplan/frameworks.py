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

import csv
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import FrameworkError, MissingDependencyError, UnknownChoiceError
from .model import Item, PlanDocument, SectionKind

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

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

logger = logging.getLogger(__name__)

FrameworkName = Literal["national-strategy", "obec", "sdg4"]

FRAMEWORKS: dict[str, str] = {
    "national-strategy": "national-strategy.json",
    "obec": "obec.json",
    "sdg4": "sdg4.json",
}
"""Shipped frameworks: name → data file in ``thaiplan/resources/frameworks``."""

_ELEMENT_FIELDS = ("id", "title", "title_en", "description", "key_terms")
_FRAMEWORK_FIELDS = ("name", "title", "title_en", "description", "source", "elements")
_TERM_SPLIT = re.compile(r"[;|]")
_SUFFIXES = (".json", ".yaml", ".yml", ".csv")


# --------------------------------------------------------------------------- records


def _checked_fields(data: object, fields: Sequence[str], where: str,
                    shape: str) -> Mapping[str, Any]:
    """``data`` as a mapping whose keys are all in ``fields``, else a FrameworkError."""
    if not isinstance(data, Mapping):
        raise FrameworkError(f"{where}: {shape}, got {type(data).__name__}")
    unknown = [k for k in data if k not in fields]
    if unknown:
        raise FrameworkError(f"{where}: unknown field {unknown[0]!r}; valid fields: "
                             + ", ".join(repr(f) for f in fields))
    return data


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a framework: a strategy, a target...

    Attributes:
        id: short unique id within its framework (``"NS3"``, ``"4.a"``).
        title: the official Thai title.
        description: what the element is about, in a sentence or two.
        key_terms: Thai (or English) words and phrases that plan items serving
            this element use; matched as substrings after normalisation.
        title_en: an English short name, or ``""``.
    """

    id: str
    title: str
    description: str = ""
    key_terms: tuple[str, ...] = ()
    title_en: str = ""

    @property
    def text(self) -> str:
        """Title, description and key terms in one text (what TF-IDF sees)."""
        return " ".join([self.title, self.description, *self.key_terms]).strip()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "title_en": self.title_en,
            "description": self.description,
            "key_terms": list(self.key_terms),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "<element>") -> Element:
        """Build and validate an element; ``where`` prefixes error messages.

        Raises:
            FrameworkError: a field is missing, empty, of the wrong type or unknown.
        """
        data = _checked_fields(data, _ELEMENT_FIELDS, where,
                               "an element must be a mapping of fields")
        raw_id = data.get("id")
        if raw_id is None or raw_id == "":
            raise FrameworkError(f"{where}: missing 'id'")
        if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
            raise FrameworkError(f"{where}: field 'id' must be text, got {raw_id!r} "
                                 f"(quote ids such as '4.1' in YAML)")
        ident = str(raw_id).strip()
        if not ident:
            raise FrameworkError(f"{where}: missing 'id'")
        where = f"{where} (id {ident!r})"
        title = _text_field(data, "title", where, required=True)
        return cls(
            id=ident,
            title=title,
            description=_text_field(data, "description", where),
            key_terms=_terms_field(data.get("key_terms"), where),
            title_en=_text_field(data, "title_en", where),
        )


@dataclass(frozen=True, slots=True)
class Framework:
    """A reference framework: an ordered tuple of :class:`Element`.

    Iterating yields the elements; ``fw["NS3"]`` looks one up by id.

    Attributes:
        name: short name (``"national-strategy"``; a file's stem for user files).
        title: display title (Thai).
        elements: the elements in their official order; ids are unique.
        title_en: English title, or ``""``.
        description: what the framework is and how its texts were written.
        source: where the framework comes from (a document, or the file it was
            loaded from).
    """

    name: str
    title: str
    elements: tuple[Element, ...]
    title_en: str = ""
    description: str = ""
    source: str = ""
    _by_id: dict[str, Element] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Element] = {}
        for element in self.elements:
            if element.id in by_id:
                raise FrameworkError(f"{self.name}: duplicate element id {element.id!r}")
            by_id[element.id] = element
        object.__setattr__(self, "_by_id", by_id)

    def __iter__(self) -> Iterator[Element]:
        return iter(self.elements)

    def __len__(self) -> int:
        return len(self.elements)

    def __getitem__(self, element_id: str) -> Element:
        try:
            return self._by_id[element_id]
        except KeyError:
            raise UnknownChoiceError(f"element of {self.name!r}", element_id,
                                     self._by_id) from None

    def __contains__(self, element_id: object) -> bool:
        return element_id in self._by_id

    @property
    def ids(self) -> list[str]:
        """Element ids in framework order."""
        return [e.id for e in self.elements]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "title_en": self.title_en,
            "description": self.description,
            "source": self.source,
            "elements": [e.to_dict() for e in self.elements],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | Sequence[Mapping[str, Any]], *,
                  source: str = "<framework>", default_name: str | None = None) -> Framework:
        """Build and validate a framework from a mapping (or a bare list of elements).

        Args:
            data: the JSON/YAML structure: ``{"name", "title", "elements": [...]}``
                or just the list of elements.
            source: file name (or other origin) that error messages name.
            default_name: name used when ``data`` has none (a file's stem).

        Raises:
            FrameworkError: naming ``source``, the element and the field.
        """
        if isinstance(data, Sequence) and not isinstance(data, str | bytes):
            data = {"elements": list(data)}
        data = _checked_fields(data, _FRAMEWORK_FIELDS, source, "a framework must be a mapping "
                               "with 'elements' (or a list of elements)")
        name = _text_field(data, "name", source) or default_name or ""
        if not name:
            raise FrameworkError(f"{source}: missing 'name'")
        raw_elements = data.get("elements")
        if raw_elements is None:
            raise FrameworkError(f"{source}: missing 'elements'")
        if isinstance(raw_elements, str | bytes | Mapping) or not isinstance(raw_elements,
                                                                                Sequence):
            raise FrameworkError(f"{source}: field 'elements' must be a list of elements")
        if not raw_elements:
            raise FrameworkError(f"{source}: field 'elements' is empty")
        elements = tuple(Element.from_dict(e, where=f"{source}: element {n}")
                         for n, e in enumerate(raw_elements, start=1))
        _check_unique(elements, source, [f"element {n}" for n in range(1, len(elements) + 1)])
        return cls(
            name=name,
            title=_text_field(data, "title", source) or name,
            elements=elements,
            title_en=_text_field(data, "title_en", source),
            description=_text_field(data, "description", source),
            source=_text_field(data, "source", source),
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """JSON text in the shipped schema (Thai kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_frame(self) -> pd.DataFrame:
        """One row per element: ``id, title, title_en, description, key_terms``."""
        import pandas as pd

        rows = [e.to_dict() for e in self.elements]
        for row in rows:
            row["key_terms"] = tuple(row["key_terms"])
        return pd.DataFrame(rows, columns=list(_ELEMENT_FIELDS))


def _text_field(data: Mapping[str, Any], name: str, where: str, *,
                required: bool = False) -> str:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise FrameworkError(f"{where}: missing {name!r}")
        return ""
    if not isinstance(value, str):
        raise FrameworkError(f"{where}: field {name!r} must be text, got "
                             f"{type(value).__name__} {value!r}")
    return " ".join(value.split())


def _terms_field(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts: list[Any] = _TERM_SPLIT.split(value)
    elif isinstance(value, Sequence) and not isinstance(value, bytes):
        parts = list(value)
    else:
        raise FrameworkError(f"{where}: field 'key_terms' must be a list of text or text "
                             f"separated by ';' or '|', got {type(value).__name__}")
    terms: list[str] = []
    for n, part in enumerate(parts, start=1):
        if not isinstance(part, str):
            raise FrameworkError(f"{where}: key_terms[{n}] must be text, got {part!r}")
        term = " ".join(part.split())
        if term:
            terms.append(term)
        elif not isinstance(value, str):
            raise FrameworkError(f"{where}: key_terms[{n}] is empty")
    return tuple(dict.fromkeys(terms))


def _check_unique(elements: Sequence[Element], source: str, labels: Sequence[str]) -> None:
    first: dict[str, str] = {}
    for element, label in zip(elements, labels, strict=True):
        if element.id in first:
            raise FrameworkError(f"{source}: {label}: duplicate id {element.id!r} "
                                 f"(already used by {first[element.id]})")
        first[element.id] = label


# --------------------------------------------------------------------------- loading


def framework_names() -> list[str]:
    """Names of the shipped frameworks (the keys of :data:`FRAMEWORKS`).

    >>> framework_names()
    ['national-strategy', 'obec', 'sdg4']
    """
    return list(FRAMEWORKS)


@cache
def _shipped(name: str) -> Framework:
    text = (resources.files("thaiplan.resources").joinpath("frameworks").joinpath(FRAMEWORKS[name])
            .read_text(encoding="utf-8"))
    return Framework.from_dict(json.loads(text), source=f"<thaiplan:{FRAMEWORKS[name]}>")


def load_framework(name_or_path: str | os.PathLike[str] | Framework) -> Framework:
    """Load a shipped framework by name, or a user's framework from a file.

    Args:
        name_or_path: a key of :data:`FRAMEWORKS` (``"national-strategy"``,
            ``"obec"``, ``"sdg4"``), a path to a ``.json``, ``.yaml``/``.yml`` or
            ``.csv`` file, or a :class:`Framework` (returned as is).
            JSON and YAML files use the shipped schema (``name``, ``title``,
            ``elements`` with ``id``, ``title``, ``description``, ``key_terms``;
            a bare list of elements is accepted too). CSV files have the columns
            ``id,title,description,key_terms`` (``title_en`` optional), key terms
            separated by ``;`` or ``|``; the name is the file's stem.

    Returns:
        The validated :class:`Framework`.

    Raises:
        UnknownChoiceError: not a shipped name and not an existing file.
        FrameworkError: the file is unreadable or invalid; the message names the
            file, the element or CSV row (the header is row 1) and the field.
        MissingDependencyError: a YAML file without pyyaml (``thaiplan[yaml]``).

    >>> fw = load_framework("national-strategy")
    >>> len(fw), fw["NS1"].title
    (6, 'ยุทธศาสตร์ชาติด้านความมั่นคง')
    """
    if isinstance(name_or_path, Framework):
        return name_or_path
    if isinstance(name_or_path, str) and name_or_path in FRAMEWORKS:
        return _shipped(name_or_path)
    path = Path(name_or_path)
    if not path.is_file():
        if path.suffix.lower() in _SUFFIXES or isinstance(name_or_path, os.PathLike):
            raise FrameworkError(f"{path}: no such framework file")
        raise UnknownChoiceError("framework", str(name_or_path), FRAMEWORKS)
    return _load_file(path)


def _load_file(path: Path) -> Framework:
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        raise FrameworkError(f"{path}: unknown framework file type {suffix!r}; "
                             "valid: '.csv', '.json', '.yaml', '.yml'")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(f"{path}: cannot read: {exc}") from exc
    source = str(path)
    if suffix == ".csv":
        return _from_csv(text, source=source, name=path.stem)
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FrameworkError(f"{source}: line {exc.lineno}: invalid JSON: {exc.msg}") from exc
    else:
        try:
            import yaml
        except ImportError as exc:
            raise MissingDependencyError("pyyaml", "yaml", "loading a YAML framework") from exc
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark is not None else ""
            raise FrameworkError(f"{source}: {where}invalid YAML: {exc}") from exc
    if data is None:
        raise FrameworkError(f"{source}: the file is empty")
    return Framework.from_dict(data, source=source, default_name=path.stem)


def _from_csv(text: str, *, source: str, name: str) -> Framework:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    if not header:
        raise FrameworkError(f"{source}: the file is empty")
    reader.fieldnames = header
    for column in ("id", "title"):
        if column not in header:
            raise FrameworkError(f"{source}: row 1: missing column {column!r} "
                                 "(columns: id,title,description,key_terms)")
    unknown = [h for h in header if h not in _ELEMENT_FIELDS]
    if unknown:
        raise FrameworkError(f"{source}: row 1: unknown column {unknown[0]!r}; valid columns: "
                             + ", ".join(repr(f) for f in _ELEMENT_FIELDS))
    elements: list[Element] = []
    rows: list[int] = []
    for row in reader:
        line = reader.line_num
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        if None in row:
            raise FrameworkError(f"{source}: row {line}: more cells than columns")
        cells = {k: v for k, v in row.items() if v is not None and v.strip()}
        for column in ("id", "title"):
            if column not in cells:
                raise FrameworkError(f"{source}: row {line}: missing {column!r}")
        elements.append(Element.from_dict(cells, where=f"{source}: row {line}"))
        rows.append(line)
    if not elements:
        raise FrameworkError(f"{source}: no elements (only a header)")
    _check_unique(elements, source, [f"row {n}" for n in rows])
    return Framework(name=name, title=name, elements=tuple(elements), source=source)


# --------------------------------------------------------------------------- scoring

Method = Literal["hybrid", "terms", "tfidf"]

_LATIN_ALNUM = re.compile(r"[a-z0-9]")
_WORD_CHAR = re.compile(r"[0-9a-z\u0e01-\u0e4e]")


@dataclass(frozen=True, slots=True)
class _Term:
    text: str  # as written in the framework
    compact: str  # normalised, spaces removed
    latin_start: bool
    latin_end: bool


def _compact(text: str) -> tuple[str, str, list[int]]:
    """Normalised text, the same without spaces, and each compact index's place in it."""
    from .features.tokenize import normalize_for_tokens

    norm = normalize_for_tokens(text)
    positions = [i for i, ch in enumerate(norm) if ch != " "]
    return norm, "".join(norm[i] for i in positions), positions


@lru_cache(maxsize=32)
def _term_index(framework: Framework) -> tuple[tuple[_Term, ...], ...]:
    """Per element, its title and key terms ready for matching (longest first)."""
    index = []
    for element in framework:
        terms: dict[str, _Term] = {}
        for raw in (element.title, *element.key_terms):
            _norm, compact, _pos = _compact(raw)
            if compact and compact not in terms:
                terms[compact] = _Term(raw, compact, bool(_LATIN_ALNUM.match(compact[0])),
                                       bool(_LATIN_ALNUM.match(compact[-1])))
        index.append(tuple(sorted(terms.values(), key=lambda t: -len(t.compact))))
    return tuple(index)


def _find_terms(text: str, framework: Framework
                ) -> tuple[list[list[tuple[int, int, str]]], str, int]:
    """Occurrences ``(start, end, term)`` of each element's terms in ``text``."""
    norm, compact, positions = _compact(text)
    found: list[list[tuple[int, int, str]]] = []
    for terms in _term_index(framework):
        hits: list[tuple[int, int, str]] = []
        for term in terms:
            start = compact.find(term.compact)
            while start >= 0:
                end = start + len(term.compact)
                ok = True
                if term.latin_start:
                    before = positions[start] - 1
                    ok = before < 0 or not _LATIN_ALNUM.match(norm[before])
                if ok and term.latin_end:
                    after = positions[end - 1] + 1
                    ok = after >= len(norm) or not _LATIN_ALNUM.match(norm[after])
                if ok:
                    hits.append((start, end, term.text))
                start = compact.find(term.compact, start + 1)
        found.append(hits)
    return found, compact, len(_WORD_CHAR.findall(compact))


SUBJECT_BONUS = 0.5
"""Extra weight of a text's first letters in key-term coverage (falls linearly to 0 at the end)."""


def _term_scores(texts: Sequence[str], framework: Framework
                 ) -> tuple[np.ndarray, list[list[tuple[str, ...]]]]:
    """Key-term coverage of each text by each element, and the terms found.

    The score of element *e* for a text is the share of the text's letters covered
    by *e*'s title or key terms; a letter covered by the terms of *k* elements
    counts 1/*k* for each. In [0, 1], higher = more of the text speaks of *e*.
    """
    import numpy as np

    n_el = len(framework)
    scores = np.zeros((len(texts), n_el))
    shared: list[list[tuple[str, ...]]] = []
    for row, text in enumerate(texts):
        found, compact, n_letters = _find_terms(text, framework)
        if not n_letters:
            shared.append([() for _ in range(n_el)])
            continue
        cover = np.zeros((n_el, len(compact)), dtype=bool)
        for j, hits in enumerate(found):
            for start, end, _term in hits:
                cover[j, start:end] = True
        letters = np.array([bool(_WORD_CHAR.match(ch)) for ch in compact])
        counts = cover.sum(axis=0)
        weight = np.where(counts > 0, 1.0 / np.maximum(counts, 1), 0.0) * letters
        # the subject of a goal comes first: earlier letters weigh up to 1 + SUBJECT_BONUS
        place = 1.0 + SUBJECT_BONUS * (1.0 - np.arange(len(compact)) / len(compact))
        scores[row] = (cover * weight * place).sum(axis=1) / (letters * place).sum()
        shared.append([_kept_terms(hits) for hits in found])
    return np.clip(scores, 0.0, 1.0), shared


def _kept_terms(hits: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """Terms found, in text order, without those inside a longer term found."""
    ordered = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[str] = []
    reach = -1
    for _start, end, term in ordered:
        if end <= reach:
            continue
        reach = max(reach, end)
        if term not in kept:
            kept.append(term)
    return tuple(kept)


def _tfidf_scores(texts: Sequence[str], framework: Framework) -> np.ndarray:
    """Cosine of each text with each element's text, from a Matcher fitted on both."""
    from .similarity import Matcher

    element_texts = [e.text for e in framework]
    matcher = Matcher().fit([*element_texts, *texts])  # the default similarity
    sim: np.ndarray = matcher.similarity(list(texts), element_texts)
    return sim


def _hybrid_scores(texts: Sequence[str], framework: Framework) -> np.ndarray:
    terms, _shared = _term_scores(texts, framework)
    tfidf = _tfidf_scores(texts, framework)
    blended: np.ndarray = (1.0 - TFIDF_WEIGHT) * terms + TFIDF_WEIGHT * tfidf
    return blended


TFIDF_WEIGHT = 0.25
"""Weight of the TF-IDF cosine in the ``"hybrid"`` score (the rest is key-term coverage)."""

METHODS: dict[str, Any] = {
    "hybrid": _hybrid_scores,
    "terms": lambda texts, framework: _term_scores(texts, framework)[0],
    "tfidf": _tfidf_scores,
}
"""Scoring methods by name (the valid ``method`` choices), each
``fn(texts, framework) -> array (n_texts, n_elements)`` in [0, 1]:

* ``"hybrid"`` (default): key-term coverage blended with the TF-IDF cosine
  (weight :data:`TFIDF_WEIGHT`);
* ``"terms"``: key-term coverage only — the share of the item's letters covered
  by an element's title or key terms (a letter claimed by *k* elements counts 1/*k*);
* ``"tfidf"``: cosine between the item and the element's title, description and
  key terms, with a :class:`~thaiplan.similarity.Matcher` fitted on both.
"""

DEFAULT_THRESHOLDS: dict[str, float] = {"hybrid": 0.1, "terms": 0.1, "tfidf": 0.05}
"""Default minimum score per method below which an item maps to no element."""


def score_items(texts: Iterable[str | Item], framework: str | os.PathLike[str] | Framework
                = "national-strategy", *, method: Method = "hybrid") -> np.ndarray:
    """Score every text against every element of a framework.

    Args:
        texts: item texts (or :class:`~thaiplan.model.Item` s).
        framework: a framework name, file or :class:`Framework`.
        method: a key of :data:`METHODS`.

    Returns:
        A float array of shape ``(n_texts, n_elements)``, values in [0, 1],
        higher = the item speaks more of the element; columns in framework order.

    Raises:
        UnknownChoiceError: unknown ``method`` or framework name.

    >>> score_items(["ลดความเหลื่อมล้ำทางการศึกษา"], "obec", method="terms").argmax()
    np.int64(3)
    """
    import numpy as np

    if method not in METHODS:
        raise UnknownChoiceError("framework mapping method", method, METHODS)
    fw = load_framework(framework)
    docs = [t.text if isinstance(t, Item) else t for t in texts]
    if not docs:
        return np.zeros((0, len(fw)))
    scores: np.ndarray = np.clip(METHODS[method](docs, fw), 0.0, 1.0)
    return scores


# --------------------------------------------------------------------------- tables

DEFAULT_KINDS: tuple[str, ...] = ("goals", "strategies")
"""Section kinds mapped by default."""

MAPPING_COLUMNS: tuple[str, ...] = (
    "framework", "rank", "element_id", "element_title", "score", "shared_terms",
)
"""Columns :func:`map_to_framework` adds after the item columns of :func:`thaiplan.to_frame`."""


def _items_frame(data: Any, kinds: Sequence[str] | None) -> pd.DataFrame:
    """The items to map as a :func:`thaiplan.to_frame`-shaped DataFrame."""
    import pandas as pd

    from .tables import ITEM_COLUMNS, to_frame

    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise ValueError("a DataFrame to map needs a 'text' column (see thaiplan.to_frame)")
        frame = data.reset_index(drop=True)
    else:
        if isinstance(data, PlanDocument | Item | str):
            data = [data]
        parts: list[pd.DataFrame] = []
        loose: list[dict[str, Any]] = []

        def flush() -> None:
            if loose:
                parts.append(pd.DataFrame(loose, columns=list(ITEM_COLUMNS)))
                loose.clear()

        for obj in data:
            if isinstance(obj, PlanDocument):
                flush()
                parts.append(to_frame([obj]))
            elif isinstance(obj, Item):
                for n, item in enumerate(obj.walk()):
                    loose.append({"position": item.position, "number": item.number,
                                  "marker": item.marker, "text": item.text,
                                  "depth": item.depth, "line": item.line,
                                  "path": str(item.position) if n == 0 else None})
            elif isinstance(obj, str):
                loose.append({"text": obj})
            else:
                raise TypeError("expected PlanDocument, Item or str items, got "
                                f"{type(obj).__name__}")
        flush()
        frame = (pd.concat(parts, ignore_index=True) if parts
                 else pd.DataFrame(columns=list(ITEM_COLUMNS)))
    if kinds is not None and "section_kind" in frame.columns:
        wanted = {SectionKind(k).value for k in kinds}
        keep = frame["section_kind"].isna() | frame["section_kind"].isin(wanted)
        frame = frame[keep].reset_index(drop=True)
    return frame


def map_to_framework(
    docs_or_items: Any,
    framework: FrameworkName | str | os.PathLike[str] | Framework = "national-strategy",
    *,
    method: Method = "hybrid",
    kinds: Sequence[str] | None = DEFAULT_KINDS,
    top: int = 1,
    threshold: float | None = None,
) -> pd.DataFrame:
    """Map every goal/strategy item to its best element(s) of a reference framework.

    Args:
        docs_or_items: a :class:`~thaiplan.model.PlanDocument`, an
            :class:`~thaiplan.model.Item`, a string, an iterable of these, or a
            DataFrame from :func:`thaiplan.to_frame` (any DataFrame with a
            ``text`` column).
        framework: a name of :data:`FRAMEWORKS`, a framework file (JSON, YAML,
            CSV) or a :class:`Framework`.
        method: a key of :data:`METHODS` (``"hybrid"``, ``"terms"``, ``"tfidf"``).
        kinds: section kinds to map (default goals and strategies); ``None`` maps
            every item. Loose items and strings are always mapped.
        top: at most this many elements per item (best first), each at or above
            the threshold.
        threshold: minimum score in [0, 1]; default :data:`DEFAULT_THRESHOLDS`.

    Returns:
        A DataFrame with the item columns of :func:`thaiplan.to_frame` (``source``,
        ``office``, ``section_kind``, ``path``, ``marker``, ``text``...) followed by
        :data:`MAPPING_COLUMNS`: ``framework`` (name), ``rank`` (1 = best),
        ``element_id``, ``element_title``, ``score`` (in [0, 1], higher = better
        fit) and ``shared_terms`` (tuple of the element's key terms found in the
        item). One row per item and matched element; an item with no element
        at or above the threshold has one row with ``element_id`` and
        ``element_title`` ``None``, rank 1, its best score and no terms.

    Raises:
        UnknownChoiceError: unknown ``method`` or framework name.
        FrameworkError: an invalid framework file.
        ValueError: ``top`` < 1 or ``threshold`` outside [0, 1].

    >>> m = map_to_framework(["ผู้เรียนรักสถาบันหลักของชาติ", "ซ่อมหลังคาโรงอาหาร"],
    ...                      "national-strategy")
    >>> m[["element_id", "shared_terms"]].values.tolist()
    [['NS1', ('สถาบันหลักของชาติ',)], [None, ()]]
    """
    import numpy as np
    import pandas as pd

    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    if method not in METHODS:
        raise UnknownChoiceError("framework mapping method", method, METHODS)
    cut = DEFAULT_THRESHOLDS[method] if threshold is None else float(threshold)
    if not 0.0 <= cut <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    fw = load_framework(framework)
    items = _items_frame(docs_or_items, kinds)
    texts = [str(t) if isinstance(t, str) else "" for t in items["text"]]
    scores = score_items(texts, fw, method=method)
    _terms, shared = _term_scores(texts, fw) if texts else (None, [])
    rows: list[dict[str, Any]] = []
    source_rows: list[int] = []
    for i in range(len(texts)):
        order = np.argsort(-scores[i], kind="stable")[:top]
        kept = [int(j) for j in order if scores[i, j] >= cut and scores[i, j] > 0.0]
        if not kept:
            best = float(scores[i].max()) if len(fw) else 0.0
            rows.append({"framework": fw.name, "rank": 1, "element_id": None,
                         "element_title": None, "score": best, "shared_terms": ()})
            source_rows.append(i)
            continue
        for rank, j in enumerate(kept, start=1):
            element = fw.elements[j]
            rows.append({"framework": fw.name, "rank": rank, "element_id": element.id,
                         "element_title": element.title, "score": float(scores[i, j]),
                         "shared_terms": shared[i][j]})
            source_rows.append(i)
    mapped = pd.DataFrame(rows, columns=list(MAPPING_COLUMNS))
    base = items.iloc[source_rows].reset_index(drop=True)
    out = pd.concat([base, mapped], axis=1)
    for column in ("element_id", "element_title"):
        out[column] = out[column].astype(object).where(out[column].notna(), None)
    out["rank"] = out["rank"].astype("int64")
    out["score"] = out["score"].astype("float64")
    return out


def coverage(
    data: Any,
    framework: FrameworkName | str | os.PathLike[str] | Framework = "national-strategy",
    *,
    by: str = "office",
    value: Literal["count", "any", "best"] = "count",
    **options: Any,
) -> pd.DataFrame:
    """An office × element table: which elements each office's goals/strategies address.

    Args:
        data: a mapping from :func:`map_to_framework` (with the same
            ``framework``), or anything :func:`map_to_framework` accepts (it is
            mapped first, with ``options``).
        framework: the framework of the columns (name, file or :class:`Framework`).
        by: the column that names a row (``"office"``, ``"source"``...). Missing
            values become ``"(unknown)"``.
        value: ``"count"`` (items mapped to the element, int), ``"any"`` (bool)
            or ``"best"`` (highest score of an item mapped to it, 0.0 if none).
        **options: passed to :func:`map_to_framework` when ``data`` is not a mapping.

    Returns:
        A DataFrame indexed by ``by`` (offices in first-seen order), one column
        per element id in framework order, every element present even when no
        office addresses it (a column of 0/``False``). Items mapped to no
        element are not counted; ``attrs["unmatched"]`` gives their number per
        office and ``attrs["framework"]`` the framework name,
        ``attrs["titles"]`` the element titles by id.

    Raises:
        UnknownChoiceError: unknown ``value``.
        FrameworkError: the mapping was made with another framework.
        KeyError: ``by`` is not a column of the mapping.

    >>> cov = coverage(["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ลดความเหลื่อมล้ำทางการศึกษา"], "obec")
    >>> cov.to_dict("records")
    [{'OBEC1': 0, 'OBEC2': 0, 'OBEC3': 1, 'OBEC4': 1, 'OBEC5': 0, 'OBEC6': 0}]
    """
    import pandas as pd

    values = {"count", "any", "best"}
    if value not in values:
        raise UnknownChoiceError("coverage value", value, values)
    fw = load_framework(framework)
    if isinstance(data, pd.DataFrame) and "element_id" in data.columns:
        mapping = data
        names = set(mapping["framework"].dropna().unique()) if "framework" in mapping else set()
        if names and names != {fw.name}:
            raise FrameworkError(f"the mapping was made with {sorted(names)}, "
                                 f"not with {fw.name!r}")
    else:
        mapping = map_to_framework(data, fw, **options)
    if by not in mapping.columns:
        raise KeyError(f"coverage by {by!r}: no such column; columns: {list(mapping.columns)}")
    keys = mapping[by].astype("object").where(mapping[by].notna(), "(unknown)")
    order = list(dict.fromkeys(keys))
    matched = mapping["element_id"].notna()
    frame = pd.DataFrame({"key": keys, "element_id": mapping["element_id"],
                          "score": mapping["score"]})[matched]
    if value == "best":
        table = frame.pivot_table(index="key", columns="element_id", values="score",
                                  aggfunc="max", fill_value=0.0)
        table = table.reindex(index=order, columns=fw.ids, fill_value=0.0).astype("float64")
    else:
        table = frame.pivot_table(index="key", columns="element_id", values="score",
                                  aggfunc="count", fill_value=0)
        table = table.reindex(index=order, columns=fw.ids, fill_value=0).astype("int64")
        if value == "any":
            table = table > 0
    table.index.name = by
    table.columns.name = "element_id"
    unmatched = (~matched).groupby(keys).sum()
    table.attrs["framework"] = fw.name
    table.attrs["titles"] = {e.id: e.title for e in fw}
    table.attrs["unmatched"] = {k: int(unmatched.get(k, 0)) for k in order}
    return table
