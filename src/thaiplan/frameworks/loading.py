"""The shipped frameworks by name, and users' frameworks from JSON, YAML or CSV files."""

from __future__ import annotations

import csv
import io
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from ..errors import FrameworkError, MissingDependencyError, UnknownChoiceError
from .elements import _ELEMENT_FIELDS, Element, Framework, _check_unique

__all__ = ["FRAMEWORKS", "FrameworkName", "framework_names", "load_framework"]

FrameworkName = Literal["national-strategy", "obec", "sdg4"]

FRAMEWORKS: dict[str, str] = {
    "national-strategy": "national-strategy.json",
    "obec": "obec.json",
    "sdg4": "sdg4.json",
}
"""Shipped frameworks: name → data file in ``thaiplan/resources/frameworks``."""

_SUFFIXES = (".json", ".yaml", ".yml", ".csv")


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
