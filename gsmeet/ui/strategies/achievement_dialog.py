"""Recording an achievement (성과) of a strategy, optionally of one of its tasks."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from gsmeet.domain.enums import DatePrecision
from gsmeet.domain.labels import Lang
from gsmeet.ui.kit.fields import DateField, watch
from gsmeet.ui.kit.form_dialog import FormDialog

if TYPE_CHECKING:
    from gsmeet.domain.records import TaskRecord
    from gsmeet.domain.register import StrategyNode


class AchievementDialog(FormDialog):
    def __init__(
        self,
        lang: Lang,
        strategy: StrategyNode,
        task: TaskRecord | None,
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add achievement"))
        self.strategy = strategy
        self.text = QLineEdit()
        self.figure = QLineEdit()
        self.figure.setPlaceholderText(self.tr("e.g. 120억 원, 3건"))
        self.day = DateField(lang)
        self.day.set_date(on)
        self.precision = QComboBox()
        self.precision.addItem(self.tr("Day"), DatePrecision.DAY)
        self.precision.addItem(self.tr("Month"), DatePrecision.MONTH)
        self.precision.addItem(self.tr("Year"), DatePrecision.YEAR)
        self.task = QComboBox()
        self.task.addItem(self.tr("(the strategy as a whole)"), None)
        for node in strategy.tasks:
            self.task.addItem(node.task.title, node.task.id)
        if task is not None:
            self.task.setCurrentIndex(max(self.task.findData(task.id), 0))
        self.form.addRow(self.tr("Strategy"), QLabel(f"{strategy.number}. {strategy.name}"))
        self.form.addRow(self.tr("&Task"), self.task)
        self.form.addRow(self.tr("&Achievement"), self.text)
        self.form.addRow(self.tr("&Figure"), self.figure)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("Known to the"), self.precision)
        watch([self.day], self._update_ok)
        self.text.textChanged.connect(lambda _text: self._update_ok())
        self._update_ok()
        self.text.setFocus()
        self.resize(560, self.sizeHint().height())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text.text().strip()) and self.day.valid)

    def values(self) -> dict[str, Any]:
        return {
            "occurred_on": self.day.value(),
            "text": self.text.text(),
            "figure": self.figure.text(),
            "precision": DatePrecision(self.precision.currentData()),
            "task_id": self.task.currentData(),
        }
