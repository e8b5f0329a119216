"""Argument types shared by the sub-commands (argparse ``type=`` callables)."""

from __future__ import annotations

import argparse

__all__ = ["non_negative_int", "positive_int", "unit_interval"]


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
