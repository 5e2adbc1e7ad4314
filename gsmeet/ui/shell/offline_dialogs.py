"""File ▸ Take session offline… and File ▸ Bring session back… (services.offline).

Taking one offline asks where to write the laptop's file and what it means (the
session is then recorded only there), and says where it went. Bringing one back lists
the rows changed on both sides since, each with a choice of which side's version to
keep, before anything is merged; the merge is all or nothing and says what it did.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.dates import format_date, format_time
from gsmeet.domain.enums import Change, Field, Side
from gsmeet.domain.labels import label
from gsmeet.domain.sessions import session_name
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.wording import describe, window_language
from gsmeet.ui.shell import ops

if TYPE_CHECKING:
    from gsmeet.domain.offline import CheckedOut, Checkin, Conflict
    from gsmeet.domain.records import MeetingRecord
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.kit.worker import Worker

KEEP_COLUMN = 5


def take_offline(
    context: Context, record: MeetingRecord, parent: QWidget, reload: Callable[[], None]
) -> None:
    """Ask for the laptop's file, then copy the session there and mark it as out."""
    lang = context.lang
    name = session_name(record.meeting, lang)
    path = prompts.save_path(
        parent,
        QCoreApplication.translate("TakeOffline", "Take the session offline"),
        f"{record.meeting.held_on.isoformat()}.db",
        QCoreApplication.translate("TakeOffline", "gsmeet databases (*.db)"),
    )
    if path is None:
        return
    question = QCoreApplication.translate(
        "TakeOffline",
        "Copy {session} and the committee's registers into {file} for a laptop?\n\n"
        "Until it is brought back (File ▸ Bring session back…), the session is recorded "
        "only on the laptop; here it can be read but not changed.",
    ).format(session=name, file=path)
    title = QCoreApplication.translate("TakeOffline", "Take the session offline")
    if not prompts.confirm(parent, title, question):
        return

    def done(taken: CheckedOut) -> None:
        context.message.emit(
            QCoreApplication.translate(
                "TakeOffline",
                "{session} is out on {file}: it is recorded there until it is brought "
                "back (File ▸ Bring session back…).",
            ).format(session=name, file=taken.file)
        )
        reload()

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, title, describe(error))

    context.worker.submit(ops.take_offline(record.meeting.id, path), done, failed)


class BringBackDialog(QDialog):
    """The conflicts of one laptop file, a choice for each, and the merge."""

    brought_back = Signal(object)  # the Checkin
    listed = Signal()  # (the conflicts are on screen: for tests)

    def __init__(self, worker: Worker, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bring a session back"))
        self.worker = worker
        self.path = path
        self.conflicts: list[Conflict] = []
        intro = QLabel(
            self.tr(
                "What the laptop recorded in {file} is merged into this database. Rows "
                "changed both here and on the laptop since the session was taken offline "
                "are listed below: choose which version to keep for each."
            ).format(file=path)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("What"),
                self.tr("Row"),
                self.tr("Here"),
                self.tr("On the laptop"),
                self.tr("Keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self.tr("Reading {file}…").format(file=path.name))
        self.status.setWordWrap(True)
        self.all_here = QPushButton(self.tr("Keep all from &here"))
        self.all_laptop = QPushButton(self.tr("Keep all from the &laptop"))
        self.merge = QPushButton(self.tr("&Bring back"))
        self.merge.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.all_here, self.all_laptop):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.merge, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.all_here.clicked.connect(lambda: self.keep_all(Side.SERVER))
        self.all_laptop.clicked.connect(lambda: self.keep_all(Side.LAPTOP))
        self.merge.clicked.connect(self.bring_back)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.worker.submit(ops.conflicts_of(path), self._on_listed, self._on_failed)

    def _on_listed(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = (
                str(conflict.number),
                label(conflict.what, window_language()),
                conflict.name,
                self._here(conflict),
                self._there(conflict),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            choice = QComboBox()
            choice.addItem(self.tr("here (server)"), Side.SERVER)
            choice.addItem(self.tr("the laptop's"), Side.LAPTOP)
            choice.setAccessibleName(self.tr("Keep for row {number}").format(number=row + 1))
            self.table.setCellWidget(row, KEEP_COLUMN, choice)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        has = bool(conflicts)
        self.all_here.setVisible(has)
        self.all_laptop.setVisible(has)
        self.table.setVisible(has)
        if has:
            self.status.setText(
                self.tr("{count} rows were changed on both sides.").format(count=len(conflicts))
            )
        else:
            self.status.setText(self.tr("Nothing was changed on both sides: ready to merge."))
        self.merge.setEnabled(True)
        self.listed.emit()

    def _here(self, conflict: Conflict) -> str:
        lang = window_language()
        if conflict.server is Change.DELETED:
            return self.tr("deleted")
        if conflict.server_by and conflict.server_at is not None:
            when = (
                f"{format_date(conflict.server_at.date(), lang)} {format_time(conflict.server_at)}"
            )
            return self.tr("changed by {who}, {when}").format(who=conflict.server_by, when=when)
        return self.tr("changed")

    def _there(self, conflict: Conflict) -> str:
        if conflict.laptop is Change.DELETED:
            return self.tr("deleted")
        if conflict.fields:
            lang = window_language()
            names = [label(f, lang) if isinstance(f, Field) else f for f in conflict.field_names()]
            return self.tr("changed ({fields})").format(fields=", ".join(names))
        return self.tr("changed")

    def keep_all(self, side: Side) -> None:
        for row in range(self.table.rowCount()):
            choice = self.table.cellWidget(row, KEEP_COLUMN)
            if isinstance(choice, QComboBox):
                choice.setCurrentIndex(choice.findData(side))

    def choices(self) -> dict[str, Side]:
        found: dict[str, Side] = {}
        for row, conflict in enumerate(self.conflicts):
            choice = self.table.cellWidget(row, KEEP_COLUMN)
            if isinstance(choice, QComboBox):
                found[conflict.uid] = Side(choice.currentData())
        return found

    def bring_back(self) -> None:
        self.merge.setEnabled(False)
        self.status.setText(self.tr("Bringing the session back…"))
        self.worker.submit(
            ops.bring_back(self.path, self.choices()), self._on_merged, self._on_failed
        )

    def _on_merged(self, result: Checkin) -> None:
        from gsmeet.services.offline.notices import BroughtBack, BroughtBackAlready

        if result.already:
            text = describe(BroughtBackAlready(path=self.path, at=result.returned_at))
        else:
            text = describe(
                BroughtBack(
                    meeting=result.meeting,
                    path=self.path,
                    added=sum(result.added.values()),
                    changed=sum(result.changed.values()),
                    deleted=sum(result.deleted.values()),
                )
            )
        self.status.setText(text)
        for button in (self.all_here, self.all_laptop, self.merge):
            button.setEnabled(False)
        self.brought_back.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
        self.merge.setEnabled(bool(self.conflicts) or not self.table.isVisible())
        self.listed.emit()
