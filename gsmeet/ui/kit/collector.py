"""Python's cycle collector, run on the GUI thread only, between events.

CPython collects reference cycles in whichever thread happens to allocate past its
threshold. In gsmeet that is often the database worker (SQLAlchemy allocates a lot),
or the GUI thread in the middle of Qt's dispatch of an event. A cycle that holds a
widget, a model or a timer (a lambda connected to a signal is enough) is then
destroyed from the wrong thread, or under Qt's feet: a crash, not an exception.

So while the window runs, automatic collection is off and a timer on the GUI thread
collects the generations whose thresholds were passed — what CPython would have done,
at a time when nothing of Qt's is on the stack. The test suite does the same between
tests (``tests/conftest.py``).

Once start-up has settled (the window, SQLAlchemy and the mapped classes are loaded:
some 100,000 objects that live as long as the process), :meth:`GuiThreadCollector.freeze`
moves them out of the collector's sight (``gc.freeze``). Without it the first full
collection, a second or so after the start, walks all of them for a few dozen
unreachable ones: the window stalls for 40–90 ms, and every later full collection
walks them again.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_if_due() -> int:
    """Collect the generations past their thresholds (as CPython's own trigger would);
    returns how many unreachable objects were found."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    found = 0
    if count0 > threshold0:
        found += gc.collect(0)
        if count1 > threshold1:
            found += gc.collect(1)
            if count2 > threshold2:
                found += gc.collect(2)
    return found


class GuiThreadCollector(QObject):
    """``start`` turns automatic collection off and collects from a GUI-thread timer;
    ``stop`` hands collection back to CPython as it was."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._was_enabled = gc.isenabled()
        self._frozen = False

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def freeze(self) -> None:
        """What exists now lives as long as the process: never walked again (once)."""
        if self._timer.isActive() and not self._frozen:
            self._frozen = True
            gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        if self._frozen:  # the process goes on (a test): its objects are collectable again
            self._frozen = False
            gc.unfreeze()
        if self._was_enabled:
            gc.enable()
