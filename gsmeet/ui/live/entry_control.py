"""Typing in the remark entry: Enter saves what was typed under the current item, by
the speaker; the remark shows greyed while it is being saved and is called saved only
once the worker committed it; what is being typed is kept as a draft that survives a
crash. Where nothing can be saved (the session not started, ended, no item under way),
the line under the entry says what to press instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from gsmeet.domain.entry import parse_entry
from gsmeet.domain.enums import MeetingStatus
from gsmeet.ui.kit.text import clock, person_with_role
from gsmeet.ui.live import style

if TYPE_CHECKING:
    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.records import PersonAtDate
    from gsmeet.ui.live.drafts import DraftKeeper
    from gsmeet.ui.live.entry import EntryPreview, RemarkEntry
    from gsmeet.ui.live.records import RemarkListModel, RemarkView
    from gsmeet.ui.live.room import Room
    from gsmeet.ui.live.session import Pending
    from gsmeet.ui.live.speaker_control import SpeakerController

REMARK_FIELD = "remark"
# A remark whose save takes longer than this shows greyed, "saving…", until it is in.
HOLD_MS = 40


class EntryController(QObject):
    """``remark_saved(id, text)``: a remark is shown as saved (committed)."""

    remark_saved = Signal(int, str)

    def __init__(
        self,
        room: Room,
        speakers: SpeakerController,
        *,
        entry: RemarkEntry,
        preview: EntryPreview,
        remarks: RemarkView,
        drafts: DraftKeeper,
    ) -> None:
        super().__init__(entry)
        self._session = session = room.session
        self._entry = entry
        self._preview = preview
        self._remarks = remarks
        self._model: RemarkListModel = remarks.list_model
        self._drafts = drafts
        self._speakers = speakers
        self._status = room.status
        self._keys = room.actions.keys()  # what to press: {"start": "F9", "next": …}
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._release_remarks)
        entry.submitted.connect(self.submit)
        entry.textChanged.connect(self._typed)
        drafts.watch(REMARK_FIELD, entry.toPlainText)
        drafts.restored.connect(self._restore_drafts)
        session.entry_pending.connect(self._pending)
        session.entry_saved.connect(self._saved)
        session.entry_failed.connect(self._failed)
        session.entry_kept.connect(self._kept)
        session.unsent.count_changed.connect(self._unsent)
        session.unsent.returned.connect(self._returned)
        self._unsent_count = 0
        self._arrived: dict[int, PersonAtDate] = {}  # token → who was checked in with it
        self._lang = room.lang
        self._placeholder = entry.placeholderText()
        session.shown.connect(lambda _state: self.show_preview())
        speakers.changed.connect(lambda _person: self.show_preview())
        # One order of undo: once the window's history moves (an edit, its undo or
        # redo), typing undone before it is not redone in front of it.
        room.actions.undo.triggered.connect(self._forget_typing_redo)
        session.history.stack.indexChanged.connect(self._forget_typing_redo)
        self.show_preview()

    def _forget_typing_redo(self) -> None:
        self._entry.document().clearUndoRedoStacks(QTextDocument.Stacks.RedoStack)

    def blocked(self) -> str:
        """Why Enter cannot save now and what to press instead ("" when it can)."""
        state = self._session.state
        if state is None:
            return self.tr("The session is being read…")
        if not state.agenda:
            return self.tr("This session has no agenda yet: build one first")
        if state.meeting.status is MeetingStatus.PLANNED:
            return self.tr("The session has not started: {start} starts it").format(
                start=self._keys["start"]
            )
        if state.meeting.status is MeetingStatus.HELD:
            return self.tr("The session has ended: {undo} takes the end back").format(
                undo=self._keys["undo"]
            )
        if self._session.current_item() is None:
            return self.tr("No item is under way: {next} moves to the next").format(
                next=self._keys["next"]
            )
        return ""

    def submit(self, text: str) -> bool:
        """Enter in the entry: save ``text`` under the current item, by the speaker.
        Returns whether it went to be saved (else the text stays, with the reason)."""
        if not text.strip():
            return False
        held_on = self._session.held_on
        entry = parse_entry(text, today=held_on)
        if not entry.ok:
            self.show_preview()
            return False  # the reason shows under the entry; the text stays
        why = self.blocked()
        if why:
            self._status.refuse(why)
            return False  # the text stays, and the draft with it
        arrived = self._speakers.before_remark()
        token = self._session.submit_entry(text, self._speakers.current)
        if token is None:
            return False
        if arrived is not None:
            self._arrived[token] = arrived
        self._entry.clear()
        self._drafts.save_now(REMARK_FIELD)  # clears the draft, after the entry's save
        return True

    def show_preview(self) -> None:
        state = self._session.state
        # Once the session has ended nothing typed could be saved: the entry takes no
        # text, and the line under it says what to press.
        ended = state is not None and state.meeting.status is MeetingStatus.HELD
        self._entry.setReadOnly(ended)
        why = self.blocked() if not self._entry.toPlainText().strip() else ""
        self._entry.setPlaceholderText(why if ended else self._placeholder)
        self._preview.show_for(
            self._entry.toPlainText(), self._session.held_on, self._speakers.name(), blocked=why
        )

    def _typed(self) -> None:
        self.show_preview()
        self._drafts.typed(REMARK_FIELD)

    def _pending(self, pending: Pending) -> None:
        if pending.item_id == self._model.item_id:
            # Painted once saved, a few ms on, unless the save is slow: painting it
            # greyed first would only slow the save down (both need the interpreter).
            if self._remarks.updatesEnabled():
                self._remarks.setUpdatesEnabled(False)
                self._hold.start()
            self._model.add_pending(pending)
            self._remarks.follow()
        self._status.say(self.tr("Saving…"))

    def _release_remarks(self) -> None:
        self._hold.stop()
        if not self._remarks.updatesEnabled():
            self._remarks.setUpdatesEnabled(True)

    def _saved(self, token: int, result: EntryResult) -> None:
        remark = result.remark
        self._model.confirm(token, remark)
        self._release_remarks()
        saved = self.tr("Saved {time} ✓").format(time=clock(self._session.clock()))
        arrived = self._arrived.pop(token, None)
        if arrived is not None:  # checked in as they spoke: said, not done silently
            saved = self.tr("{saved} · {name} checked in as present").format(
                saved=saved, name=person_with_role(arrived, self._lang)
            )
        self._status.done(saved)
        if remark is not None:
            self.remark_saved.emit(remark.id, remark.text)

    def _kept(self, token: int, message: str) -> None:
        """Not saved on the server yet, kept on this computer: shown so, and sent later
        (:mod:`.unsent`); its text stays out of the entry."""
        self._model.keep(token)
        self._release_remarks()
        self._status.say(message, style.AMBER)
        self._status.problem.emit(message)

    def _unsent(self, count: int) -> None:
        if count == 0 and self._unsent_count:
            text = self.tr("The server answers again: everything kept meanwhile was sent")
            self._status.done(text)
            self._status.problem.emit(text)  # over what the status bar said of the loss
        self._unsent_count = count

    def _failed(self, token: int, message: str) -> None:
        pending = self._model.drop_pending(token)
        self._arrived.pop(token, None)
        self._release_remarks()
        self._returned(pending.text if pending is not None else "", message)

    def _returned(self, text: str, message: str) -> None:
        """Not saved (``message`` says why): ``text`` back into the entry, before what
        is typed there now."""
        if text:
            typed = self._entry.toPlainText()
            self._entry.setPlainText(text + ("\n" + typed if typed.strip() else ""))
        self._status.refuse(self.tr("Not saved: {message}").format(message=message))

    def _restore_drafts(self, left: dict[str, str]) -> None:
        text = left.get(REMARK_FIELD, "")
        if text and not self._entry.toPlainText():
            self._entry.setPlainText(text)
            self._entry.moveCursor(self._entry.textCursor().MoveOperation.End)
            self._status.say(self.tr("Unsaved text from last time restored"))

    # -- the end checklist asks about the draft ------------------------------------------

    def draft(self) -> str:
        return self._entry.toPlainText().strip()

    def discard_draft(self) -> None:
        self._entry.clear()
        self._drafts.save_now(REMARK_FIELD)
