"""File ▸ Backups…: the open database's backups (when, why, size, what they hold,
whether each still verifies), a backup made now, and a restore — which can be undone
from the same dialog by putting back what it replaced."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.dates import format_date, format_time
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.table_model import RIGHT, Column, RowTableModel
from gsmeet.ui.kit.views import read_only_table
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.shell import ops

if TYPE_CHECKING:
    from gsmeet.domain.backups import Backup, BackupCheck, Restored, VerifiedBackup
    from gsmeet.domain.labels import Lang
    from gsmeet.ui.kit.worker import Worker

Row = tuple["Backup", "BackupCheck"]


def when(moment: datetime, lang: Lang) -> str:
    return f"{format_date(moment.date(), lang)} {format_time(moment)}"


def size_text(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


class BackupModel(RowTableModel):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.define_columns(
            [
                Column(self.tr("Taken"), lambda r: when(r[0].taken_at, lang)),
                Column(self.tr("Why"), lambda r: self.reason(r[0].reason)),
                Column(self.tr("Size"), lambda r: size_text(r[0].size), RIGHT),
                Column(self.tr("Sessions"), lambda r: str(r[1].count("meeting")), RIGHT),
                Column(self.tr("People"), lambda r: str(r[1].count("person")), RIGHT),
                Column(self.tr("Remarks"), lambda r: str(r[1].count("remark")), RIGHT),
                Column(
                    self.tr("Verified"),
                    lambda r: self.tr("verified") if r[1].ok else self.tr("damaged"),
                    hint=lambda r: "" if r[1].problem is None else describe(r[1].problem),
                ),
                Column(self.tr("File"), lambda r: r[0].path.name, hint=lambda r: str(r[0].path)),
            ]
        )

    def reason(self, reason: str) -> str:
        known = {
            "daily": self.tr("daily"),
            "on-close": self.tr("on closing"),
            "manual": self.tr("made by hand"),
            "before-restore": self.tr("before a restore"),
            "before-undo": self.tr("before an undo"),
            "before-replace": self.tr("before it was replaced"),
        }
        if reason in known:
            return known[reason]
        if reason.startswith("before-"):
            return self.tr("before the upgrade to {schema}").format(schema=reason[7:])
        return reason


class BackupsDialog(QDialog):
    """Shows the backups of the database the window has open; ``restored`` is emitted
    (with the :class:`~gsmeet.domain.backups.Restored`) once the file was replaced."""

    restored = Signal(object)
    listed = Signal()

    def __init__(self, worker: Worker, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.worker = worker
        self.lang = lang
        self.last_restore: Restored | None = None
        self.model = BackupModel(lang, self)
        self.view = read_only_table(self.model, stretch=7, name=self.tr("Backups"))
        self.view.doubleClicked.connect(self.restore_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.undo_button = QPushButton(self.tr("&Undo the restore"))
        self.undo_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.backup_button, self.restore_button, self.undo_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.undo_button.clicked.connect(self.undo_restore)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "gsmeet backs the database up when it opens it (once a day) and when it "
                "closes it after changes, and keeps fewer of them as they age."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        self.worker.submit(ops.backups_of, self._on_listed, self._on_failed)

    def _on_listed(self, rows: tuple[Row, ...]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        elif not self.status.text():
            self.status.setText(self.tr("No backups yet."))
        self.restore_button.setEnabled(bool(rows))
        self.listed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
        self.listed.emit()

    def selected(self) -> Row | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        self.status.setText(self.tr("Backing up…"))

        def done(made: VerifiedBackup) -> None:
            self.status.setText(self.tr("Backed up to {path}.").format(path=made.backup.path))
            self.reload()

        self.worker.submit(ops.back_up_now, done, self._on_failed)

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        backup, check = row
        if not check.ok:
            self.status.setText(self.tr("That backup is damaged; choose another."))
            return
        question = self.tr(
            "Put the backup of {when} ({sessions} sessions, {people} people, {remarks} "
            "remarks) in place of the database? The database as it is now is kept first, "
            "and Undo the restore puts it back."
        ).format(
            when=when(backup.taken_at, self.lang),
            sessions=check.count("meeting"),
            people=check.count("person"),
            remarks=check.count("remark"),
        )
        if prompts.confirm(self, self.tr("Restore a backup"), question):
            self.worker.submit(
                ops.restore_over_open(backup.path), self._on_restored, self._on_failed
            )

    def undo_restore(self) -> None:
        if self.last_restore is not None:
            self.worker.submit(
                ops.undo_restore_over_open(self.last_restore), self._on_restored, self._on_failed
            )

    def _on_restored(self, restored: Restored) -> None:
        self.last_restore = restored
        self.undo_button.setEnabled(restored.kept.path is not None)
        kept = restored.kept.path
        self.status.setText(
            self.tr("Restored {source}. What it replaced is kept as {kept}.").format(
                source=restored.source.name, kept=kept
            )
        )
        self.restored.emit(restored)
        self.reload()
