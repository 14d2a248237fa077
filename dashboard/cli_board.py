"""The board meeting's commands, ``report`` and ``meetings``, on a parser of one's own.

They live in :mod:`dashboard.cli.board` and are part of the one command line; this
keeps :func:`register` for code that builds a small parser with just these two.
"""

from __future__ import annotations

import argparse
import functools

from dashboard.cli import board
from dashboard.cli.errors import Handler, run


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add ``report`` and ``meetings``; return their handlers (errors answered as by main)."""
    handlers: dict[str, Handler] = {}
    for name, command in board.COMMANDS.items():
        command.add(subparsers)
        handlers[name] = functools.partial(run, command.run)
    return handlers
