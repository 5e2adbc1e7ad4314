"""Qt's own log messages, minus the known noise.

The offscreen platform (smoke tests, benchmarks, screenshots) says "This plugin does not
support propagateSizeHints()" for every window shown; on stderr that line would break
the promise that a failing ``--quit-when-ready`` prints exactly one line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

NOISE = ("This plugin does not support propagateSizeHints()",)
Handler = Callable[[QtMsgType, QMessageLogContext, str], None] | None


def _handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message not in NOISE:
        print(message, file=sys.stderr)


def quiet_known_noise() -> Handler:
    """Install the filtering handler; returns the previous one (to reinstall later)."""
    previous: Handler = qInstallMessageHandler(_handler)
    return previous


def restore(previous: Handler) -> None:
    qInstallMessageHandler(previous)
