"""The status line beside the speaker: what was just saved, checked in or undone, and
why something was refused — one line, replaced by the next. A long one is elided (the
whole of it in the tooltip): the line never widens the screen's middle column."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gsmeet.ui.live import style


class StatusLine(QLabel):
    """``problem(text)``: a refusal was said (the window also shows it in its status
    bar, which keeps it longer)."""

    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Status"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._text = ""

    @property
    def message(self) -> str:
        """All of the line, however much of it fits."""
        return self._text

    def say(self, text: str, colour: str = style.MUTED) -> None:
        self._text = text
        self.setToolTip(text)
        self._fit()
        style.set_colour(self, colour)  # it changes with every save: not a style sheet

    def done(self, text: str) -> None:
        self.say(text, style.OK)

    def refuse(self, text: str) -> None:
        self.say(text, style.RED)
        self.problem.emit(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
