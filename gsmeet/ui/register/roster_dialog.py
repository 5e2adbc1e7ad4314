"""Importing a roster (.xlsx or .csv): a preview of every row — new, updated, unchanged,
or invalid with its row number and reason — and nothing written until the user says so.
"Import" needs a clean file; "Import only valid rows" skips the invalid ones. The import
is one step on the undo history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.labels import Lang, label
from gsmeet.domain.roster import RosterPreview, RosterRow, RosterStatus
from gsmeet.ui.kit.fields import ERROR_STYLE
from gsmeet.ui.kit.table_model import RIGHT, Column, Index, RowTableModel
from gsmeet.ui.kit.views import read_only_table
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.register import ops

if TYPE_CHECKING:
    from gsmeet.domain.roster import RosterResult
    from gsmeet.ui.kit.context import Context

ROSTER_FILTER = "*.xlsx *.csv"
INVALID_BACKGROUND = QBrush(QColor("#fee2e2"))
INVALID_TEXT = QBrush(QColor("#991b1b"))
NEW_TEXT = QBrush(QColor("#15803d"))
UPDATED_TEXT = QBrush(QColor("#1d4ed8"))


class RosterModel(RowTableModel):
    ROW, STATUS, NAME, ORGANISATION, POSITION, ROLE, SUBCOMMITTEE, DETAIL = range(8)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        statuses = {
            RosterStatus.NEW: self.tr("New"),
            RosterStatus.UPDATED: self.tr("Updated"),
            RosterStatus.UNCHANGED: self.tr("Unchanged"),
            RosterStatus.INVALID: self.tr("Invalid"),
        }
        colours = {
            RosterStatus.NEW: NEW_TEXT,
            RosterStatus.UPDATED: UPDATED_TEXT,
            RosterStatus.INVALID: INVALID_TEXT,
        }

        def detail(row: RosterRow) -> str:
            if row.status is RosterStatus.INVALID:
                return "; ".join(describe(problem) for problem in row.problems)
            return ", ".join(label(change, lang) for change in row.changes)

        self.define_columns(
            [
                Column(self.tr("Row"), lambda r: str(r.row), RIGHT),
                Column(
                    self.tr("Status"),
                    lambda r: statuses[r.status],
                    foreground=lambda r: colours.get(r.status),
                    bold=lambda r: r.status is RosterStatus.INVALID,
                ),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation, tooltip=True),
                Column(self.tr("Position"), lambda r: r.position, tooltip=True),
                Column(self.tr("Role"), lambda r: label(r.role, lang) if r.role else ""),
                Column(self.tr("Sub-committee"), lambda r: r.subcommittee, tooltip=True),
                Column(self.tr("Reason / changes"), detail, tooltip=True),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.row() < len(self.rows)
            and self.rows[index.row()].status is RosterStatus.INVALID
        ):
            return INVALID_BACKGROUND
        return super().data(index, role)


class RosterDialog(QDialog):
    def __init__(self, context: Context, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.preview: RosterPreview | None = None
        self.imported: RosterResult | None = None
        self.setWindowTitle(self.tr("Import roster: {file}").format(file=path.name))
        self.model = RosterModel(context.lang, self)
        self.view = read_only_table(
            self.model, stretch=RosterModel.DETAIL, name=self.tr("Roster rows")
        )
        self.summary = QLabel(self.tr("Reading {file}…").format(file=path.name))
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_valid_button = QPushButton(self.tr("Import only &valid rows"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.import_valid_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(lambda: self.apply(only_valid=False))
        self.import_valid_button.clicked.connect(lambda: self.apply(only_valid=True))
        self.import_button.setEnabled(False)
        self.import_valid_button.setEnabled(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(1000, 560)

    def start(self) -> None:
        """Read and classify the file on the worker (nothing is written)."""
        committee = self.context.committee
        if committee is None:
            self.show_error(self.tr("No committee is open."))
            return
        on, _session = self.context.register_days()
        self.context.run(
            ops.preview_roster(committee.id, self.path, on), self.show_preview, self.show_error
        )

    def show_preview(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        invalid = preview.count(RosterStatus.INVALID)
        writable = preview.count(RosterStatus.NEW) + preview.count(RosterStatus.UPDATED)
        text = self.tr(
            "{new} new · {updated} updated · {unchanged} unchanged · {invalid} invalid"
        ).format(
            new=preview.count(RosterStatus.NEW),
            updated=preview.count(RosterStatus.UPDATED),
            unchanged=preview.count(RosterStatus.UNCHANGED),
            invalid=invalid,
        )
        if invalid:
            text += "\n" + self.tr(
                "Invalid rows are marked in red. Correct the file and import it again, "
                "or import only the valid rows."
            )
        self.summary.setText(text)
        self.import_button.setEnabled(invalid == 0 and writable > 0)
        self.import_valid_button.setEnabled(invalid > 0 and writable > 0)
        self.import_valid_button.setVisible(invalid > 0)
        if invalid:
            first = next(
                n for n, row in enumerate(preview.rows) if row.status is RosterStatus.INVALID
            )
            self.view.selectRow(first)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.setEnabled(True)

    def apply(self, *, only_valid: bool) -> None:
        preview = self.preview
        if preview is None:
            return
        self.setEnabled(False)

        def done(result: RosterResult) -> None:
            self.imported = result
            self.context.message.emit(
                self.tr("Roster imported: {new} new, {updated} updated, {skipped} skipped").format(
                    new=result.new, updated=result.updated, skipped=result.skipped
                )
            )
            self.accept()

        self.context.history.perform(
            ops.import_roster(preview, only_valid), on_done=done, on_error=self.show_error
        )
