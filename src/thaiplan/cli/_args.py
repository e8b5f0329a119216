"""Argument types and options shared by the sub-commands."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

__all__ = ["add_scoring_options", "add_unit_options", "non_negative_int", "positive_int",
           "positive_number", "process_count", "unit_interval"]


def unit_interval(value: str) -> float:
    """A score threshold in [0, 1].

    >>> unit_interval("0.25")
    0.25
    """
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be in [0, 1], got {value}")
    return number


def non_negative_int(value: str) -> int:
    """A count: 0 or more.

    >>> non_negative_int("3")
    3
    """
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return number


def positive_int(value: str) -> int:
    """A count: 1 or more.

    >>> positive_int("1")
    1
    """
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def positive_number(value: str) -> float:
    """A quantity above 0 (seconds, megabytes).

    >>> positive_number("2.5")
    2.5
    """
    number = float(value)
    if not number > 0:  # (NaN too)
        raise argparse.ArgumentTypeError(f"must be above 0, got {value}")
    return number


def process_count(value: str) -> int:
    """A number of processes, or -1 for one per CPU.

    >>> process_count("-1")
    -1
    """
    number = int(value)
    if number == 0 or number < -1:
        raise argparse.ArgumentTypeError(f"must be a number of processes or -1, got {value}")
    return number


def add_scoring_options(parser: Any, methods: Iterable[str], *, default: str,
                        method_help: str, threshold_help: str) -> None:
    """``--method`` (one of ``methods``) and ``--threshold`` (a score in [0, 1])."""
    parser.add_argument("--method", choices=sorted(methods), default=default,
                        help=f"{method_help} (default: {default})")
    parser.add_argument("--threshold", type=unit_interval, default=None, metavar="SCORE",
                        help=threshold_help)


def add_unit_options(parser: Any) -> None:
    """``--by`` (units, documents or auto), ``--include-quoted`` and ``--nested``: what
    :func:`thaiplan.compare` compares."""
    from ..similarity.compare import BY

    parser.add_argument("--by", default="auto", choices=BY,
                        help="what to compare: unit (each organisation whose plan a document "
                             "states, named by its owner; a document without units as a "
                             "whole), document (whole documents), auto (default: units when "
                             "any document has them)")
    parser.add_argument("--include-quoted", action="store_true",
                        help="also compare quoted units (plans of other bodies a document "
                             "quotes, labelled '[quoted]')")
    parser.add_argument("--nested", action="store_true",
                        help="also compare the items of sections nested in items (a "
                             "strategy's own goals, indicators...)")
