"""Mistakes are cheap: the selected remark edited, given another speaker, moved to
another item or deleted — and the session ended. Mixed into :class:`LiveWindow`; every
change goes through its :class:`LiveSession`, so each is undone with Ctrl+Z."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from gsmeet.domain.entry import EntryKind, EntryResult
from gsmeet.domain.outline import outline
from gsmeet.domain.records import AgendaItemRecord, RemarkRecord

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from gsmeet.domain.records import PersonAtDate
    from gsmeet.ui.live.actions import LiveActions
    from gsmeet.ui.live.records import RemarkListModel, RemarkView
    from gsmeet.ui.live.session import LiveSession
    from gsmeet.ui.live.speakers import SpeakerPicker


class CorrectionsMixin:
    # Its text is translated in the LiveWindow context, where it is shown.
    if TYPE_CHECKING:
        session: LiveSession
        remarks: RemarkView
        live_actions: LiveActions
        remark_model: RemarkListModel

        def _widget(self) -> QWidget: ...
        def _open(self, dialog: QDialog, finished: Callable[[int], None]) -> None: ...
        def _closed(self, dialog: QDialog) -> None: ...
        def choose_speaker(
            self, *, queue: bool = False, then: Callable[[PersonAtDate], None] | None = None
        ) -> SpeakerPicker | None: ...

    def connect_corrections(self) -> None:
        a = self.live_actions
        a.edit_remark.triggered.connect(self.edit_remark)
        a.change_speaker.triggered.connect(self.change_remark_speaker)
        a.move_remark.triggered.connect(self.move_remark)
        a.delete_remark.triggered.connect(self.delete_remark)

    def selected_remark(self) -> RemarkRecord | None:
        index = self.remarks.currentIndex()
        if not index.isValid() or self.remark_model.is_pending(index.row()):
            return None
        row = self.remark_model.row(index.row())
        return row if isinstance(row, RemarkRecord) else None

    def edit_remark(self) -> QInputDialog | None:
        remark = self.selected_remark()
        if remark is None:
            return None
        dialog = QInputDialog(self._widget())
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setWindowTitle(QCoreApplication.translate("LiveWindow", "Edit the remark"))
        dialog.setLabelText(QCoreApplication.translate("LiveWindow", "Remark:"))
        dialog.setTextValue(remark.text)

        def finished(result: int) -> None:
            text = dialog.textValue()
            if result == QDialog.DialogCode.Accepted and text.strip() != remark.text:
                self.session.update_remark(remark.id, text=text)
            self._closed(dialog)

        self._open(dialog, finished)
        return dialog

    def change_remark_speaker(self) -> SpeakerPicker | None:
        remark = self.selected_remark()
        if remark is None:
            return None
        return self.choose_speaker(
            then=lambda person: self.session.update_remark(remark.id, speaker_id=person.id)
        )

    def move_remark(self) -> QInputDialog | None:
        remark, state = self.selected_remark(), self.session.state
        if remark is None or state is None:
            return None
        rows = [r for r in outline(state.agenda) if r.item.id != remark.agenda_item_id]
        names = [f"{r.number}. {r.item.title}" for r in rows]
        dialog = QInputDialog(self._widget())
        dialog.setWindowTitle(QCoreApplication.translate("LiveWindow", "Move the remark"))
        dialog.setLabelText(QCoreApplication.translate("LiveWindow", "To the item:"))
        dialog.setComboBoxItems(names)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.textValue() in names:
                target: AgendaItemRecord = rows[names.index(dialog.textValue())].item
                self.session.update_remark(remark.id, item_id=target.id)
            self._closed(dialog)

        self._open(dialog, finished)
        return dialog

    def delete_remark(self) -> None:
        remark = self.selected_remark()
        if remark is not None:
            self.session.delete(EntryResult(EntryKind.REMARK, remark=remark))

    # -- ending the session ----------------------------------------------------------------

    def end_session(self, *, confirm: bool = True) -> None:
        if not self.session.running:
            return
        if confirm:
            answer = QMessageBox.question(
                self._widget(),
                QCoreApplication.translate("LiveWindow", "End the session"),
                QCoreApplication.translate(
                    "LiveWindow",
                    "End the session now? The end time is recorded and the session is held.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.end()
