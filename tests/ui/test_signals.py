"""Signals emitted from Python leave the bool singletons' reference counts as they were.

PySide6-Essentials 6.12.0's ``emit()`` dropped one reference to True/False per call, and
a few hundred emits later Python aborted ("Fatal Python error: bool_dealloc");
pyproject.toml excludes that release. This test catches a release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Source(QObject):
    changed = Signal(object)
    pinged = Signal()


def bool_references() -> int:
    return sys.getrefcount(True) + sys.getrefcount(False)


def test_emit_keeps_reference_counts_balanced(qapp: object) -> None:
    source = Source()
    received: list[object] = []
    source.changed.connect(received.append)
    before = bool_references()
    for number in range(3000):  # more than True has references at start-up
        source.changed.emit(number)
        source.pinged.emit()
    assert bool_references() >= before
    assert received == list(range(3000))
