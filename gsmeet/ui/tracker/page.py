"""View ▸ Action tracker (Ctrl+Shift+A): every action item of the committee — status,
due date, owner, 분과, the session that decided it, its latest review — with filters
(open only, overdue on a day, owner by name or 초성, 분과), sorting by any column, and
the list as shown exported to Excel. An owner who has left the committee (해촉) is
shown in red. Enter or a double click opens the session that decided the action, at
the action."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.tracker import TrackedAction, TrackerFilter, filtered
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.fields import ERROR_STYLE, DateField
from gsmeet.ui.kit.views import fit_interactive_columns, read_only_table
from gsmeet.ui.kit.written import WrittenNote
from gsmeet.ui.tracker import ops
from gsmeet.ui.tracker.model import TrackerModel

if TYPE_CHECKING:
    from gsmeet.ui.kit.context import Context

XLSX_FILTER = "Excel (*.xlsx)"


class TrackerPage(QWidget):
    open_origin = Signal(object)  # the TrackedAction whose session to open
    shown = Signal()  # the list on screen follows the data and the filters

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        lang = context.lang
        self.rows: list[TrackedAction] = []
        self.open_only = QCheckBox(self.tr("&Open only"))
        self.open_only.setChecked(True)
        self.overdue = QCheckBox(self.tr("Overdue o&n"))
        self.overdue_day = DateField(lang, optional=True)
        self.overdue_day.set_date(self.day())
        self.overdue_day.setEnabled(False)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Owner — a name or its initials (ㅇㅈㅎ)"))
        self.owner.setClearButtonEnabled(True)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.subcommittee = QComboBox()
        self.subcommittee.setAccessibleName(self.tr("Sub-committee"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))

        self.model = TrackerModel(lang, self)
        self.model.overdue_day = self.day()
        self.view = read_only_table(
            self.model,
            stretch=TrackerModel.TITLE,
            interactive=[TrackerModel.OWNER, TrackerModel.ORIGIN, TrackerModel.ITEM],
            name=self.tr("Action items"),
        )
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(TrackerModel.DUE, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda index: self._open(index.row()))
        self.summary = QLabel()
        self.written = WrittenNote()

        filters = QHBoxLayout()
        filters.addWidget(self.open_only)
        filters.addWidget(self.overdue)
        filters.addWidget(self.overdue_day, 2)
        filters.addWidget(self.owner, 2)
        filters.addWidget(self.subcommittee, 2)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.written)
        self.setFocusProxy(self.view)

        self.open_only.toggled.connect(lambda _on: self.apply_filter())
        self.overdue.toggled.connect(self._overdue_toggled)
        self.overdue_day.validity_changed.connect(lambda _ok: self.apply_filter())
        self.overdue_day.edit.textChanged.connect(lambda _text: self.apply_filter())
        self.owner.textChanged.connect(lambda _text: self.apply_filter())
        self.subcommittee.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.export_button.clicked.connect(self.export)
        context.record_changed.connect(self.reload)
        context.sessions_edited.connect(lambda _id: self.reload())
        context.members_changed.connect(self.reload)

    # -- the data ----------------------------------------------------------------------

    def day(self) -> date:
        """The committee's today, as the registers read it (for a committee whose
        sessions all lie in the past, such as the demo, the day after its last one):
        whose owners have left and which due dates have passed."""
        return self.context.register_days()[0]

    def reload(self) -> None:
        committee = self.context.committee
        if committee is None:
            self.rows = []
            self.apply_filter()
            return
        day = self.day()
        if not self.overdue.isChecked():
            self.overdue_day.set_date(day)
            self.model.overdue_day = day
        self.context.run(ops.load(committee.id, day), self._loaded)

    def _loaded(self, rows: list[TrackedAction]) -> None:
        self.rows = rows
        current = self.subcommittee.currentData()
        names = sorted({row.subcommittee for row in rows if row.subcommittee})
        self.subcommittee.blockSignals(True)
        self.subcommittee.clear()
        self.subcommittee.addItem(self.tr("All sub-committees"), "")
        for name in names:
            self.subcommittee.addItem(name, name)
        found = self.subcommittee.findData(current)
        self.subcommittee.setCurrentIndex(max(found, 0))
        self.subcommittee.blockSignals(False)
        self.apply_filter()

    def wanted(self) -> TrackerFilter:
        day = self.overdue_day.value() if self.overdue.isChecked() else None
        return TrackerFilter(
            open_only=self.open_only.isChecked(),
            overdue_on=day,
            owner=self.owner.text(),
            subcommittee=str(self.subcommittee.currentData() or ""),
        )

    def apply_filter(self) -> None:
        wanted = self.wanted()
        if wanted.overdue_on is not None:
            self.model.overdue_day = wanted.overdue_on
        shown = filtered(self.rows, wanted)
        self.model.show(shown)
        fit_interactive_columns(
            self.view, [TrackerModel.OWNER, TrackerModel.ORIGIN, TrackerModel.ITEM], 260
        )
        gone = sum(1 for row in shown if row.action.owner_left)
        text = self.tr("{shown} of {total} action items").format(
            shown=len(shown), total=len(self.rows)
        )
        if gone:
            text += " · " + self.tr("{count} with an owner who has left").format(count=gone)
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if gone else "")
        self.shown.emit()

    def _overdue_toggled(self, on: bool) -> None:
        self.overdue_day.setEnabled(on)
        if on and self.overdue_day.value() is None:
            self.overdue_day.set_date(self.day())
        self.apply_filter()

    # -- opening and exporting ---------------------------------------------------------

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_origin.emit(self.model.row_at(row))

    def export(self) -> None:
        committee = self.context.committee
        if committee is None:
            return
        today = self.day()
        suggested = self.tr("{committee} action items {day}.xlsx").format(
            committee=committee.name, day=today.isoformat()
        )
        path = prompts.save_path(self, self.tr("Export the action items"), suggested, XLSX_FILTER)
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        job = ops.export(
            path,
            committee.id,
            on=today,
            wanted=self.wanted(),
            by=self.model.sort_by,
            descending=self.model.descending,
            lang=self.context.lang,
        )
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.written.show_written(
                path,
                self.tr("{count} action items written to {path}").format(count=count, path=path),
            )

        def failed(message: str) -> None:
            self.export_button.setEnabled(True)
            self.written.show_problem(message)

        self.context.run(job, done, failed)
