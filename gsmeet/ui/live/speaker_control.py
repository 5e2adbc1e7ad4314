"""Who speaks now, following the room: the speaker picked (Ctrl+K) or called from the
queue, and on each new item its presenter, unless the secretary chose someone else for
that item. A member picked who is not checked in is asked about (mark present now?);
anyone else — an official sitting in (배석), a guest — is checked in as they begin to
speak, so the minutes list who spoke among those present."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.ui.kit.text import person_with_role
from gsmeet.ui.live.speakers import THERE, SpeakerPicker, candidates

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import PersonAtDate
    from gsmeet.ui.live.room import Room
    from gsmeet.ui.live.speakers import QueuePanel


def is_member(person: PersonAtDate) -> bool:
    """A member of the committee (counted for the quorum), as opposed to the secretary,
    an official sitting in or a guest."""
    return person.role is not None and person.role.counts_for_quorum


class SpeakerController(QObject):
    """``changed(person)``: the speaker is someone else (or nobody)."""

    changed = Signal(object)

    def __init__(self, room: Room, label: QLabel, queue: QueuePanel) -> None:
        super().__init__(label)
        self._session = session = room.session
        self._label = label
        self._queue = queue
        self._dialogs = room.dialogs
        self._status = room.status
        self._lang = room.lang
        self.current: PersonAtDate | None = None
        self._item: int | None = None  # the item the speaker was set for
        self._chosen: dict[int, PersonAtDate | None] = {}  # item → the secretary's choice
        self.picker: SpeakerPicker | None = None
        session.shown.connect(self.follow)
        session.attendance_changed.connect(self._know)
        session.opened.connect(self._know)
        queue.next_speaker.connect(self.choose)
        queue.add_requested.connect(lambda: self.pick(queue=True))
        room.actions.speaker.triggered.connect(lambda: self.pick())  # noqa: PLW0108 (`checked`)
        room.actions.next_speaker.triggered.connect(queue.advance)
        self.show()

    # -- who speaks -------------------------------------------------------------------

    def name(self) -> str:
        return person_with_role(self.current, self._lang) if self.current else self.tr("nobody")

    def show(self) -> None:
        text = self.tr("Speaker: {name}").format(name=self.name())
        person = self.current
        if person is not None and self._session.attendance_of(person.id) not in THERE:
            text += " " + self.tr("(not checked in)")
        self._label.setText(text)

    def set(self, person: PersonAtDate | None) -> None:
        """``person`` speaks from now (the projector and the entry follow)."""
        self.current = person
        self.show()
        self.changed.emit(person)

    def choose(self, person: PersonAtDate) -> None:
        """The secretary's choice for the current item: a member not checked in is
        asked about first."""
        item = self._session.current_item()
        if item is not None:
            self._chosen[item.id] = person
        self.set(person)
        if is_member(person) and self._session.attendance_of(person.id) not in THERE:
            self._ask_present(person)

    def follow(self, state: LiveState) -> None:
        """On a new item: its presenter speaks, unless someone was chosen for it."""
        item_id = state.current_item_id
        if item_id == self._item:
            return
        self._item = item_id
        if item_id is None:
            return
        if item_id in self._chosen:
            person = self._chosen[item_id]
        else:
            item = next((i for i in state.agenda if i.id == item_id), None)
            person = item.presenter if item is not None else None
        if person != self.current:
            self.set(person)

    def before_remark(self) -> PersonAtDate | None:
        """A remark is about to be saved: a speaker who is not a member and not checked
        in is checked in now (first, so the worker records it before the remark).
        Returns who was (None: nobody), for the status line to say so."""
        person = self.current
        if person is None or is_member(person):
            return None
        if self._session.attendance_of(person.id) in (None, *THERE):
            return None  # not on the roster of the day (None), or there already
        self._session.check_in(person.id, AttendanceStatus.PRESENT)
        return person

    # -- the picker ---------------------------------------------------------------------

    def pick(
        self, *, queue: bool = False, then: Callable[[PersonAtDate], None] | None = None
    ) -> SpeakerPicker | None:
        """Ctrl+K: find the speaker (``queue``: for the queue; ``then``: for a remark
        already saved, whose speaker is corrected)."""
        state = self._session.state
        if state is None:
            return None
        picker = SpeakerPicker(candidates(state.attendance), self._lang, self._dialogs.window)
        self.picker = picker

        def finished(result: int) -> None:
            chosen = picker.chosen
            self.picker = None
            if result != QDialog.DialogCode.Accepted or chosen is None:
                return
            if then is not None:
                then(chosen)
            elif queue or picker.to_queue:
                self._queue.enqueue(chosen)
            else:
                self.choose(chosen)

        self._dialogs.open(picker, finished)
        picker.search.setFocus()
        return picker

    def _ask_present(self, person: PersonAtDate) -> None:
        name = person_with_role(person, self._lang)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Not checked in"),
            self.tr("{name} is not checked in. Mark present now?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._dialogs.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._session.check_in(person.id, AttendanceStatus.PRESENT)
            else:
                self._status.say(
                    self.tr("{name} speaks without being checked in").format(name=name)
                )

        self._dialogs.open(box, finished)

    def _know(self, state: LiveState) -> None:
        self._queue.know(candidates(state.attendance))
        self.show()
