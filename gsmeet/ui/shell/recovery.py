"""A database that is damaged at open: said in one line, nothing moved, and its newest
verified backup offered with its date and what it holds. Only if the secretary says
so is the backup restored (the damaged file kept beside it, byte for byte) and
opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from gsmeet.ui.kit.wording import describe
from gsmeet.ui.shell import ops
from gsmeet.ui.shell.backups_dialog import when

if TYPE_CHECKING:
    from gsmeet.domain.backups import Restored, VerifiedBackup
    from gsmeet.domain.errors import GsmeetError
    from gsmeet.domain.labels import Lang
    from gsmeet.ui.kit.worker import Worker


class Recovery(QObject):
    """``offered`` carries the dialog once it is shown (tests press its buttons);
    ``restored`` the database's path once the backup is in place, to open it."""

    offered = Signal(object)
    restored = Signal(object)

    def __init__(
        self, window: QWidget, worker: Worker, lang: Lang, *, interactive: bool = True
    ) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self.lang = lang
        self.interactive = interactive
        self.dialog: QMessageBox | None = None
        self.restore_button: QPushButton | None = None
        self.last: Restored | None = None

    def offer(self, path: Path, error: GsmeetError) -> None:
        """Look for the newest verified backup of ``path`` (damaged: ``error``), then
        ask whether to restore it."""
        self.worker.call(
            lambda: ops.newest_backup(path), lambda found: self._ask(path, error, found)
        )

    def _ask(self, path: Path, error: GsmeetError, found: VerifiedBackup | None) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Damaged database"))
        box.setText(
            self.tr("{problem}. Nothing was moved or changed.").format(problem=describe(error))
        )
        self.restore_button = None
        if found is None:
            box.setInformativeText(self.tr("There is no verified backup of it."))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
        else:
            check = found.check
            box.setInformativeText(
                self.tr(
                    "Its newest verified backup is of {when}: {sessions} sessions, {people} "
                    "people, {remarks} remarks. Restore it? The damaged file is kept beside "
                    "it, unchanged."
                ).format(
                    when=when(found.backup.taken_at, self.lang),
                    sessions=check.count("meeting"),
                    people=check.count("person"),
                    remarks=check.count("remark"),
                )
            )
            self.restore_button = box.addButton(
                self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._answered(path, box))
        self.dialog = box
        if self.interactive:
            box.open()
        self.offered.emit(box)

    def _answered(self, path: Path, box: QMessageBox) -> None:
        chosen = box.clickedButton()
        self.dialog = None
        box.deleteLater()
        if chosen is not None and chosen is self.restore_button:
            self.worker.call(lambda: ops.restore_newest(path), self._restored, self._failed)

    def _restored(self, restored: Restored) -> None:
        self.last = restored
        self.restored.emit(restored.database)

    def _failed(self, error: BaseException) -> None:
        if self.interactive:
            QMessageBox.warning(self.window, self.tr("Damaged database"), describe(error))
        else:
            raise error
