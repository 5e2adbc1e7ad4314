"""The small forms of the live screen: a decision (Ctrl+D), an action item (Ctrl+T),
a task's status and an achievement in a briefing. Each says at the field, as it is
typed, why a value cannot be accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.enums import TaskStatus, VoteMode
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.fields import DueDateField


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class DecisionForm(QDialog):
    def __init__(self, lang: Lang, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision"))
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.modes = QButtonGroup(self)
        modes = QHBoxLayout()
        self._mode_buttons: dict[VoteMode, QRadioButton] = {}
        for mode in (VoteMode.NO_OBJECTION, VoteMode.VOTE, VoteMode.OPINIONS):
            button = QRadioButton(label(mode, lang))
            self.modes.addButton(button)
            self._mode_buttons[mode] = button
            modes.addWidget(button)
        self._mode_buttons[VoteMode.NO_OBJECTION].setChecked(True)
        self.votes_for, self.votes_against, self.abstentions = QSpinBox(), QSpinBox(), QSpinBox()
        votes = QHBoxLayout()
        for caption, box in (
            (self.tr("For"), self.votes_for),
            (self.tr("Against"), self.votes_against),
            (self.tr("Abstained"), self.abstentions),
        ):
            box.setRange(0, 999)
            votes.addWidget(QLabel(caption))
            votes.addWidget(box)
        self.modes.buttonToggled.connect(lambda *_: self._update())
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.text)
        form.addRow(self.tr("Decided by"), modes)
        form.addRow(self.tr("Votes"), votes)
        self.box = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.text.textChanged.connect(self._update)
        self._update()

    @property
    def mode(self) -> VoteMode:
        return next(m for m, b in self._mode_buttons.items() if b.isChecked())

    def set_mode(self, mode: VoteMode) -> None:
        self._mode_buttons[mode].setChecked(True)

    def votes(self) -> tuple[int | None, int | None, int | None]:
        if self.mode is not VoteMode.VOTE:
            return (None, None, None)
        return (self.votes_for.value(), self.votes_against.value(), self.abstentions.value())

    def _update(self) -> None:
        voting = self.mode is VoteMode.VOTE
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setEnabled(voting)
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))


class ActionForm(QDialog):
    """An action item: the owner is an attendee, a sub-committee or a department typed
    as text (the service resolves it as it resolves ``@owner``)."""

    def __init__(
        self,
        lang: Lang,
        today: date,
        owners: list[str],
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action item"))
        self.title = QLineEdit(title)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(["", *owners])
        self.owner.setCurrentText("")
        owner_edit = self.owner.lineEdit()
        if owner_edit is not None:
            owner_edit.setPlaceholderText(self.tr("Attendee, sub-committee or department"))
        self.due = DueDateField(lang, today)
        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.title)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Detail"), self.detail)
        self.box = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.title.textChanged.connect(self._update)
        self.due.validity_changed.connect(lambda _valid: self._update())
        self._update()

    def _update(self) -> None:
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()) and self.due.valid)


class StatusForm(QDialog):
    def __init__(
        self, lang: Lang, task: str, current: TaskStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Task status"))
        self.status = QComboBox()
        for status in TaskStatus:
            if status is not current:
                # Qt keeps a StrEnum as a plain str: the code goes in, the member comes out.
                self.status.addItem(label(status, lang), status.value)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Task"), QLabel(task))
        form.addRow(self.tr("Now"), QLabel(label(current, lang)))
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def chosen(self) -> TaskStatus:
        return TaskStatus(str(self.status.currentData()))


class AchievementForm(QDialog):
    def __init__(
        self,
        lang: Lang,
        today: date,
        tasks: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Achievement"))
        self.text = QLineEdit()
        self.figure = QLineEdit()
        self.figure.setPlaceholderText(self.tr("e.g. 3건, 12억 원"))
        self.occurred = DueDateField(lang, today, optional=False)
        self.occurred.set_date(today)
        self.task = QComboBox()
        self.task.addItem(self.tr("(the strategy as a whole)"), None)
        for task_id, title in tasks:
            self.task.addItem(title, task_id)
        form = QFormLayout()
        form.addRow(self.tr("Achievement"), self.text)
        form.addRow(self.tr("Figure"), self.figure)
        form.addRow(self.tr("Date"), self.occurred)
        form.addRow(self.tr("Task"), self.task)
        self.box = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.text.textChanged.connect(self._update)
        self.occurred.validity_changed.connect(lambda _valid: self._update())
        self._update()

    def task_id(self) -> int | None:
        value = self.task.currentData()
        return value if isinstance(value, int) else None

    def _update(self) -> None:
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.text().strip()) and self.occurred.valid)


def add_button(layout: QHBoxLayout, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    layout.addWidget(button)
    return button
