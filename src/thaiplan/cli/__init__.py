"""The ``thaiplan`` command: a thin layer over the public API.

Each sub-command lives in its own module of this package and exposes
``register(subparsers)``; :data:`COMMANDS` lists them. Only the CLI prints,
configures logging and chooses exit statuses:

* 0 — everything worked;
* 1 — some inputs failed (each reported with its file name);
* 2 — bad usage or an error that stopped the command.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import ThaiplanError

__all__ = ["COMMANDS", "main"]

COMMANDS: tuple[str, ...] = ("parse", "compare", "report", "framework")
"""Modules of this package that each add one sub-command."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="thaiplan",
        description="Parse Thai strategic-plan pages and compare offices' goals.",
    )
    parser.add_argument("--version", action="version", version=f"thaiplan {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log messages (repeat for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f".{name}", __name__).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # Thai output must survive a terminal or pipe that is not UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")
    try:
        status: int = args.func(args)
    except ThaiplanError as exc:
        print(f"thaiplan: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `thaiplan parse ... | head`
        return 0
    return status
