"""The checklist before a session ends (Ctrl+E): what is still open — a draft in the
entry, items never taken up, people never checked in (and those who spoke without
checking in), earlier action items never reviewed — each with the one key that settles
it, then Enter ends the session. What a choice records is done only when the session
ends (:meth:`EndChecklist.chosen`): cancelling changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gsmeet.ui.live import style


@dataclass
class Choice:
    key: str  # one letter, pressed alone
    text: str  # the button's label, without its key
    # Done when the session ends (False: it could not be, and the session does not end);
    # with ``closes``, at once.
    act: Callable[[], object]
    closes: bool = False  # the checklist closes and the session does not end (go there)
    settled: str = ""  # what the line says once chosen


@dataclass
class Check:
    """One thing still open, and the choices that settle it."""

    text: str
    choices: list[Choice] = field(default_factory=list)
    blocks: bool = False  # the session cannot end until it is settled


class EndChecklist(QDialog):
    """Accepted: end the session now."""

    def __init__(self, checks: list[Check], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the session"))
        self.checks = checks
        self._open = {i for i, c in enumerate(checks) if c.blocks}
        self._chosen: dict[int, Choice] = {}
        self.went = False  # closed by a choice that goes somewhere (not cancelled)
        self.lines: list[QLabel] = []
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, check in enumerate(checks):
            line = QLabel(check.text)
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(line, row, 0)
            self.lines.append(line)
            for column, choice in enumerate(check.choices, start=1):
                button = QPushButton(f"{choice.text} ({choice.key})")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _c=False, r=row, ch=choice: self._choose(r, ch))
                grid.addWidget(button, row, column)
                self.buttons[choice.key] = button
                shortcut = QShortcut(QKeySequence(choice.key), self)
                shortcut.activated.connect(button.click)
        if not checks:
            grid.addWidget(QLabel(self.tr("Nothing is left open.")), 0, 0)
        question = QLabel(
            self.tr("End the session now? The end time is recorded; Ctrl+Z takes it back.")
        )
        question.setWordWrap(True)
        self.box = QDialogButtonBox()
        self.end_button = self.box.addButton(
            self.tr("End the session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.end_button.setDefault(True)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(question)
        layout.addWidget(self.box)
        self._update()

    def chosen(self) -> list[Callable[[], object]]:
        """What the choices made record, in the checklist's order: done once the end
        is confirmed."""
        return [self._chosen[row].act for row in sorted(self._chosen)]

    def _choose(self, row: int, choice: Choice) -> None:
        if choice.closes:
            if choice.act() is not False:
                self.went = True
                self.done(QDialog.DialogCode.Rejected)
            return
        self._chosen[row] = choice
        self._open.discard(row)
        line = self.lines[row]
        line.setText(f"✓ {choice.settled or self.checks[row].text}")
        style.set_colour(line, style.OK)
        for other in self.checks[row].choices:
            self.buttons[other.key].setEnabled(False)
        self._update()

    def _update(self) -> None:
        self.end_button.setEnabled(not self._open)
        if not self._open:
            self.end_button.setFocus()
