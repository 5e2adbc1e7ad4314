"""Mistakes are cheap: the selected remark edited (F2), given another speaker, moved to
another item or deleted — each an edit the session sends through its undo history, so
each is taken back with Ctrl+Z."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog

from gsmeet.domain.entry import EntryKind, EntryResult
from gsmeet.domain.outline import outline
from gsmeet.domain.records import RemarkRecord
from gsmeet.ui.live import record_ops

if TYPE_CHECKING:
    from gsmeet.ui.live.records import RemarkView
    from gsmeet.ui.live.room import Room
    from gsmeet.ui.live.speaker_control import SpeakerController
    from gsmeet.ui.live.speakers import SpeakerPicker


class CorrectionController(QObject):
    def __init__(self, room: Room, remarks: RemarkView, speakers: SpeakerController) -> None:
        super().__init__(remarks)
        self._session = room.session
        self._remarks = remarks
        self._speakers = speakers
        self._dialogs = room.dialogs
        a = room.actions
        a.edit_remark.triggered.connect(self.edit_remark)
        a.change_speaker.triggered.connect(self.change_remark_speaker)
        a.move_remark.triggered.connect(self.move_remark)
        a.delete_remark.triggered.connect(self.delete_remark)

    def selected_remark(self) -> RemarkRecord | None:
        index = self._remarks.currentIndex()
        model = self._remarks.list_model
        if not index.isValid() or model.is_pending(index.row()):
            return None
        row = model.row(index.row())
        return row if isinstance(row, RemarkRecord) else None

    def edit_remark(self) -> QInputDialog | None:
        remark = self.selected_remark()
        if remark is None:
            return None
        dialog = QInputDialog(self._dialogs.window)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setWindowTitle(self.tr("Edit the remark"))
        dialog.setLabelText(self.tr("Remark:"))
        dialog.setTextValue(remark.text)

        def finished(result: int) -> None:
            text = dialog.textValue()
            if result == QDialog.DialogCode.Accepted and text.strip() != remark.text:
                self._session.perform(record_ops.remark_update(remark.id, text=text))

        self._dialogs.open(dialog, finished)
        return dialog

    def change_remark_speaker(self) -> SpeakerPicker | None:
        remark = self.selected_remark()
        if remark is None:
            return None
        return self._speakers.pick(
            then=lambda person: self._session.perform(
                record_ops.remark_update(remark.id, speaker_id=person.id)
            )
        )

    def move_remark(self) -> QInputDialog | None:
        remark, state = self.selected_remark(), self._session.state
        if remark is None or state is None:
            return None
        rows = [r for r in outline(state.agenda) if r.item.id != remark.agenda_item_id]
        names = [f"{r.number}. {r.item.title}" for r in rows]
        dialog = QInputDialog(self._dialogs.window)
        dialog.setWindowTitle(self.tr("Move the remark"))
        dialog.setLabelText(self.tr("To the item:"))
        dialog.setComboBoxItems(names)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.textValue() in names:
                target = rows[names.index(dialog.textValue())].item
                self._session.perform(record_ops.remark_update(remark.id, item_id=target.id))

        self._dialogs.open(dialog, finished)
        return dialog

    def delete_remark(self) -> None:
        remark = self.selected_remark()
        if remark is not None:
            gone = EntryResult(EntryKind.REMARK, remark=remark)
            self._session.perform(record_ops.delete(gone))
