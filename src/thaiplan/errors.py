"""Every exception thaiplan raises.

Each class subclasses :class:`ThaiplanError` *and* a built-in, so callers can catch
either ``thaiplan.ThaiplanError`` or the familiar built-in (``ValueError``,
``OSError``...). Messages name the value, where it came from (file, line) and the
valid choices.

>>> from thaiplan.errors import UndecodableFileError
>>> issubclass(UndecodableFileError, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "FrameworkError",
    "LimitExceededError",
    "MissingDependencyError",
    "NotFittedError",
    "ParseError",
    "ThaiplanError",
    "UndecodableFileError",
    "UnknownChoiceError",
]


class ThaiplanError(Exception):
    """Base class of all thaiplan errors."""


class UndecodableFileError(ThaiplanError, ValueError):
    """The bytes are not text in any supported encoding (UTF-8/16, cp874/TIS-620)."""


class LimitExceededError(ThaiplanError, ValueError):
    """A file breaks a reading limit (pages, time, unpacked size): it is refused, and a
    batch goes on with the next file. The message names the file and the limit."""


class ParseError(ThaiplanError, ValueError):
    """A problem found while parsing with ``strict=True``.

    Attributes:
        source: file name or ``None`` for in-memory text.
        line: 1-based line number, or ``None`` when the problem is not tied to a line.
        code: the warning code that was promoted to an error.
    """

    def __init__(self, message: str, *, source: str | None = None,
                 line: int | None = None, code: str | None = None) -> None:
        where = source or "<text>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.code = code


class UnknownChoiceError(ThaiplanError, ValueError):
    """An option got a value outside its valid choices."""

    def __init__(self, what: str, value: object, choices: Iterable[str]) -> None:
        valid = ", ".join(repr(c) for c in sorted(choices))
        super().__init__(f"unknown {what} {value!r}; valid choices: {valid}")
        self.what = what
        self.value = value
        self.choices = tuple(sorted(choices))


class NotFittedError(ThaiplanError, ValueError, AttributeError):
    """A model was used before ``fit`` (scikit-learn's convention)."""


class MissingDependencyError(ThaiplanError, ImportError):
    """An optional dependency (an *extra*) is needed for this feature."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        super().__init__(
            f"{feature} needs the optional package {package!r}; "
            f"install it with: pip install 'thaiplan[{extra}]'"
        )
        self.package = package
        self.extra = extra


class FrameworkError(ThaiplanError, ValueError):
    """A reference framework file is missing a field or has a bad value."""
