"""matplotlib and the Sarabun font, loaded on first use: every plot draws inside
:func:`thai_font`."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import MissingDependencyError, UnknownChoiceError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["FONT_FAMILY", "close", "font_path", "thai_font"]

logger = logging.getLogger("thaiplan.plot")

FONT_FAMILY = "Sarabun"
"""The font family every plot uses (it covers Thai and Latin)."""

# DejaVu Sans (matplotlib's own) stays second for the few symbols Sarabun lacks.
_FAMILIES = [FONT_FAMILY, "DejaVu Sans"]


def _need(package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(package)
    except ImportError as exc:
        top = package.split(".", maxsplit=1)[0]
        raise MissingDependencyError(top, "plot", "thaiplan.plot") from exc


@cache
def font_path(weight: Literal["regular", "bold"] = "regular") -> Path:
    """The Sarabun font file the plots use, registered with matplotlib.

    Registering adds the font to matplotlib's font list (so the family name
    ``"Sarabun"`` resolves); it does not change any ``rcParams``.

    Args:
        weight: ``"regular"`` or ``"bold"``.

    Returns:
        Path of the ``.ttf`` file inside the ``fontpkg-sarabun`` package.

    Raises:
        MissingDependencyError: matplotlib or fontpkg-sarabun is not installed.
        UnknownChoiceError: ``weight`` is not a valid choice.

    >>> font_path().name
    'Sarabun-Regular.ttf'
    """
    files = {"regular": "Sarabun-Regular.ttf", "bold": "Sarabun-Bold.ttf"}
    if weight not in files:
        raise UnknownChoiceError("font weight", weight, files)
    package = _need("fontpkg_sarabun")
    font_manager = _need("matplotlib.font_manager")
    root = Path(package.ROOT) / "files"
    for name in files.values():
        font_manager.fontManager.addfont(str(root / name))
    return root / files[weight]


def _pyplot() -> Any:
    matplotlib = _need("matplotlib")
    version = tuple(int(p) for p in matplotlib.__version__.split(".")[:2] if p.isdigit())
    if version < (3, 11):
        logger.warning("matplotlib %s misplaces stacked Thai tone marks; use >= 3.11",
                       matplotlib.__version__)
    return _need("matplotlib.pyplot")


@contextmanager
def thai_font(**rc: Any) -> Iterator[None]:
    """Draw with Sarabun inside this block, leaving global settings as they were.

    Only the font settings (and the ``rc`` given) are set on entry and put back
    on exit. Unlike ``matplotlib.rc_context``, every other setting is left
    alone: Jupyter's inline backend switches interactive mode on when the first
    figure is made, and restoring all settings would switch it off again. Text
    objects remember their font, so a figure built inside the block keeps Thai
    glyphs when it is drawn or saved later.

    Args:
        **rc: more ``rcParams`` for the block; names with dots are passed as a
            dict: ``thai_font(**{"font.size": 12})``.

    Raises:
        MissingDependencyError: matplotlib or fontpkg-sarabun is not installed.

    >>> import matplotlib
    >>> before = list(matplotlib.rcParams["font.family"])
    >>> with thai_font():
    ...     matplotlib.rcParams["font.family"]
    ['Sarabun', 'DejaVu Sans']
    >>> matplotlib.rcParams["font.family"] == before
    True
    """
    matplotlib = _need("matplotlib")
    font_path()
    settings = {"font.family": _FAMILIES, "axes.unicode_minus": False, **rc}
    saved = {key: matplotlib.rcParams[key] for key in settings}
    matplotlib.rcParams.update(settings)
    try:
        yield
    finally:
        matplotlib.rcParams.update(saved)


def close(obj: Axes | Figure) -> None:
    """Close the figure of ``obj`` (an ``Axes`` or ``Figure``) to free its memory."""
    plt = _pyplot()
    plt.close(getattr(obj, "figure", obj))
