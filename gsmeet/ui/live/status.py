"""Short labels that never widen the screen's middle column: the speaker, and the status
line under the entry — what was just saved, checked in or undone, and why something was
refused, replaced by the next. Each wraps onto a second line where the column is
narrow (1024×600); only what does not fit in two lines is elided (the whole of it in
the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gsmeet.ui.live import style
from gsmeet.ui.live.agenda import wrap

LINES = 2  # a label grows to this many lines before it elides


class FittedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._text = ""

    @property
    def message(self) -> str:
        """All of the line, however much of it fits."""
        return self._text

    @property
    def shown(self) -> str:
        """What the label shows now (its lines joined by a newline)."""
        return super().text()

    def setText(self, text: str) -> None:
        self._text = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the type size keys
            self._fit()

    def _fit(self) -> None:
        width = max(1, self.contentsRect().width())
        super().setText("\n".join(wrap(self._text, self.font(), width, LINES)))


class StatusLine(FittedLabel):
    """``problem(text)``: a refusal was said (the window also shows it in its status
    bar, which keeps it longer)."""

    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Status"))

    def say(self, text: str, colour: str = style.MUTED) -> None:
        self.setText(text)
        style.set_colour(self, colour)  # it changes with every save: not a style sheet

    def done(self, text: str) -> None:
        self.say(text, style.OK)

    def refuse(self, text: str) -> None:
        self.say(text, style.RED)
        self.problem.emit(text)
