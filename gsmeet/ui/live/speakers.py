"""Who speaks: the picker (Ctrl+K) that finds an attendee by part of a name, 직위 or
소속 — Korean initial consonants included, ``ㅊㅇㅈ`` finds 최영조 — and the speakers'
queue of a free discussion (add, reorder, next)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.speakers import SpeakerQueue, find_speakers
from gsmeet.ui.kit.text import person_with_role
from gsmeet.ui.live.records import muted_heading

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import AttendanceRecord, PersonAtDate

PERSON_ID = Qt.ItemDataRole.UserRole
THERE = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def candidates(attendance: tuple[AttendanceRecord, ...]) -> list[PersonAtDate]:
    """Attendees first (those checked in), then the rest of the roster: a remark
    by someone not checked in is still possible (a late arrival not yet marked)."""
    there = [row.person for row in attendance if row.status in THERE]
    rest = [row.person for row in attendance if row.status not in THERE]
    return there + rest


def describe(person: PersonAtDate, lang: Lang) -> str:
    where = " ".join(p for p in (person.organisation, person.position) if p)
    name = person_with_role(person, lang)
    return f"{name} — {where}" if where else name


class _Search(QLineEdit):
    """Up and Down move in the result list while the typing stays here."""

    def __init__(self, results: QListWidget) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self._results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self._results.count():
                self._results.setCurrentRow(row)
            return
        super().keyPressEvent(event)


class SpeakerPicker(QDialog):
    """Enter picks the highlighted person as the speaker; Ctrl+Enter puts them in
    the queue instead (:attr:`to_queue`)."""

    def __init__(
        self, people: list[PersonAtDate], lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speaker"))
        self._people = people
        self._lang = lang
        self.chosen: PersonAtDate | None = None
        self.to_queue = False
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("People found"))
        self.search = _Search(self.results)
        self.search.setPlaceholderText(self.tr("Name, 직위 or 소속 — ㅊㅇㅈ finds 최영조"))
        self.search.textChanged.connect(self.refresh)
        self.results.itemActivated.connect(lambda _item: self._choose(queue=False))
        hint = QLabel(self.tr("Enter: speaker now · Ctrl+Enter: add to the queue · Esc: cancel"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 22)
        self.refresh("")

    def refresh(self, query: str) -> None:
        self.results.clear()
        for person in find_speakers(self._people, query):
            item = QListWidgetItem(describe(person, self._lang))
            item.setData(PERSON_ID, person.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._choose(queue=control)
            return
        super().keyPressEvent(event)

    def _choose(self, *, queue: bool) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        wanted = int(item.data(PERSON_ID))
        self.chosen = next(p for p in self._people if p.id == wanted)
        self.to_queue = queue
        self.accept()


class QueuePanel(QWidget):
    """The speakers' queue: ``next_speaker(person)`` when the first in line is called."""

    changed = Signal(object)  # SpeakerQueue
    next_speaker = Signal(object)  # PersonAtDate
    add_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.queue = SpeakerQueue()
        self._people: dict[int, PersonAtDate] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Speakers' queue"))
        self.empty = QLabel(self.tr("Nobody is waiting. Ctrl+K, then Ctrl+Enter, adds a person."))
        self.empty.setWordWrap(True)
        self.add = QPushButton(self.tr("Add…"))
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.remove = QPushButton(self.tr("Remove"))
        self.call_next = QPushButton(self.tr("Next speaker"))
        self.add.clicked.connect(self.add_requested)
        self.up.clicked.connect(lambda: self._shift(-1))
        self.down.clicked.connect(lambda: self._shift(1))
        self.remove.clicked.connect(self._remove)
        self.call_next.clicked.connect(self.advance)
        row = QHBoxLayout()
        for button in (self.add, self.up, self.down, self.remove):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.call_next)
        self._show()

    def know(self, people: list[PersonAtDate]) -> None:
        self._people = {p.id: p for p in people}

    def enqueue(self, person: PersonAtDate) -> None:
        self._people.setdefault(person.id, person)
        self._set(self.queue.add(person.id))

    def advance(self) -> None:
        first, rest = self.queue.next()
        if first is None:
            return
        self._set(rest)
        person = self._people.get(first)
        if person is not None:
            self.next_speaker.emit(person)

    def _shift(self, by: int) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        person = self.queue.people[row]
        self._set(self.queue.move(person, row + by))
        self.list.setCurrentRow(min(max(row + by, 0), len(self.queue) - 1))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._set(self.queue.remove(self.queue.people[row]))

    def _set(self, queue: SpeakerQueue) -> None:
        self.queue = queue
        self._show()
        self.changed.emit(queue)

    def _show(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for position, person_id in enumerate(self.queue, start=1):
            person = self._people.get(person_id)
            name = person_with_role(person, self._lang) if person else str(person_id)
            self.list.addItem(f"{position}. {name}")
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self.empty.setVisible(not len(self.queue))
        self.list.setVisible(bool(len(self.queue)))  # nobody waiting: the room for attendance
        self.call_next.setEnabled(bool(len(self.queue)))


class SideColumn(QSplitter):
    """Attendance above, the speakers' queue below with its count: calling a speaker
    never hides who is there."""

    def __init__(self, attendance: QWidget, queue: QueuePanel, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.queue_heading = muted_heading("")
        for heading, panel in (
            (muted_heading(self.tr("Attendance")), attendance),
            (self.queue_heading, queue),
        ):
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(heading)
            layout.addWidget(panel, 1)
            self.addWidget(holder)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        queue.changed.connect(lambda waiting: self.show_count(len(waiting)))
        self.show_count(0)

    def show_count(self, waiting: int) -> None:
        self.queue_heading.setText(self.tr("Speakers' queue ({count})").format(count=waiting))
