"""Element and Framework: the validated records of a reference framework.

Both are frozen; ``from_dict`` checks every field and raises
:class:`~thaiplan.errors.FrameworkError` naming the element and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import FrameworkError, UnknownChoiceError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Element", "Framework"]

_ELEMENT_FIELDS = ("id", "title", "title_en", "description", "key_terms")
_FRAMEWORK_FIELDS = ("name", "title", "title_en", "description", "source", "elements")
_TERM_SPLIT = re.compile(r"[;|]")


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
