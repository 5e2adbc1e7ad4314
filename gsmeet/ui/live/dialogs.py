"""The small forms, pickers and questions of the live screen, opened the one way: window
modal and with ``open()``, never ``exec()`` — no nested event loop, so the worker's
results (and the projector) keep flowing while one is open — and the remark entry given
the keyboard back when it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget


class Dialogs(QObject):
    def __init__(self, window: QWidget, back_to: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._back_to = back_to
        self.current: QDialog | None = None  # the one open now (tests reach it)

    @property
    def window(self) -> QWidget:
        """The parent of every dialog."""
        return self._window

    def open(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        """Show ``dialog``; ``finished(result)`` when it closes (then it is deleted)."""
        self.current = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(finished)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if self.current is not dialog:
            return  # another one was opened from its answer: that one has the keyboard
        self.current = None
        # Back to typing: the window's shortcuts need it active again.
        self._window.activateWindow()
        self._back_to.setFocus()
