"""Attendance check-in during the session: arrivals with their time, absences with
their reason, proxies with their name; the quorum shown above, recomputed by the
committee's rule on every change (the service returns it with each check-in).

Safe under a hurried hand: typing in the filter selects the top row it leaves
visible, Enter there marks that person present, Up and Down move among the visible
rows, and a row the filter hides is never marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.search import matches
from gsmeet.ui.kit.text import clock, person_with_role
from gsmeet.ui.live.style import MUTED, OK, RED, set_colour

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import AttendanceRecord
    from gsmeet.ui.live.session import LiveSession

PERSON_ID = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    AttendanceStatus.PRESENT: OK,
    AttendanceStatus.PROXY: OK,
    AttendanceStatus.ABSENT: RED,
    AttendanceStatus.EXCUSED: MUTED,
}


class _Filter(QLineEdit):
    """Up and Down move among the rows shown, Enter marks the one selected present,
    Esc clears the filter; the typing stays here. Its text is selected whenever it gets
    the focus from the keyboard (Ctrl+Shift+A, Tab): the next name typed replaces it."""

    moved = Signal(int)  # +1 / -1
    entered = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() is not Qt.FocusReason.MouseFocusReason:
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        super().keyPressEvent(event)


class AttendancePanel(QWidget):
    """``marked(person_id, status)``: the secretary wants a person (shown on screen)
    checked in as ``status``; the check-in controller asks for a reason or a proxy's
    name where one is needed and sends it to the worker."""

    marked = Signal(int, object)
    unmatched = Signal(str)  # Enter in the filter, which shows nobody: its text

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.filter = _Filter()
        self.filter.setPlaceholderText(self.tr("Find: name, 소속 or ㅊㅇㅈ — Enter: present"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a person"))
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.moved.connect(self._move)
        self.filter.entered.connect(self._enter_in_filter)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Status"), self.tr("Arrived")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda *_: self.mark_selected(AttendanceStatus.PRESENT))

        self.present = QPushButton(self.tr("&Present"))
        self.absent = QPushButton(self.tr("A&bsent…"))
        self.excused = QPushButton(self.tr("E&xcused…"))
        self.proxy = QPushButton(self.tr("Prox&y…"))
        self.present.setToolTip(self.tr("Arrived now (Enter on the list)"))
        self.present.clicked.connect(lambda: self.mark_selected(AttendanceStatus.PRESENT))
        self.absent.clicked.connect(lambda: self.mark_selected(AttendanceStatus.ABSENT))
        self.excused.clicked.connect(lambda: self.mark_selected(AttendanceStatus.EXCUSED))
        self.proxy.clicked.connect(lambda: self.mark_selected(AttendanceStatus.PROXY))
        buttons = QHBoxLayout()
        for button in (self.present, self.absent, self.excused, self.proxy):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._rows: dict[int, QTreeWidgetItem] = {}
        self._shown: tuple[AttendanceRecord, ...] | None = None

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)
        session.attendance_changed.connect(self.show_state)

    def show_state(self, state: LiveState) -> None:
        """The roster as ``state`` has it; only the quorum line when the rows are as
        shown (a switch leaves attendance as it was: 200 rows are not redrawn for it)."""
        if state.attendance is self._shown or state.attendance == self._shown:
            self.show_quorum(state)
            return
        self._shown = state.attendance
        ids = [row.person.id for row in state.attendance]
        if ids != list(self._rows):
            self.table.clear()
            self._rows = {}
            for row in state.attendance:
                item = QTreeWidgetItem()
                item.setData(0, PERSON_ID, row.person.id)
                self.table.addTopLevelItem(item)
                self._rows[row.person.id] = item
        for row in state.attendance:
            self._show_row(row)
        self.show_quorum(state)
        self._apply_filter(self.filter.text())

    def show_quorum(self, state: LiveState) -> None:
        quorum = state.quorum
        verdict = self.tr("quorum met") if quorum.met else self.tr("quorum not met")
        self.summary.setText(
            self.tr(
                "Enrolled {enrolled} · present {present} · {required} needed · {verdict}"
            ).format(
                enrolled=quorum.enrolled,
                present=quorum.present,
                required=quorum.required,
                verdict=verdict,
            )
        )
        set_colour(self.summary, OK if quorum.met else RED)

    def update_row(self, row: AttendanceRecord, state: LiveState) -> None:
        self._show_row(row)
        self.show_quorum(state)

    def selected_person(self) -> int | None:
        """The person selected, if the filter shows them (a hidden row never is)."""
        item = self.table.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return int(item.data(0, PERSON_ID))

    def select_person(self, person_id: int) -> None:
        item = self._rows.get(person_id)
        if item is not None and not item.isHidden():
            self.table.setCurrentItem(item)

    def visible_rows(self) -> list[QTreeWidgetItem]:
        return [item for item in self._rows.values() if not item.isHidden()]

    def mark_selected(self, status: AttendanceStatus) -> None:
        """Ask for the selected person (shown on screen) to be checked in as ``status``."""
        person = self.selected_person()
        if person is not None:
            self.marked.emit(person, status)

    def _enter_in_filter(self) -> None:
        """Enter in the filter: the top match present; the filter's text selected, so
        the next name typed replaces it (the next arrival)."""
        if self.selected_person() is None and self.filter.text().strip():
            self.unmatched.emit(self.filter.text().strip())
        self.mark_selected(AttendanceStatus.PRESENT)
        self.filter.selectAll()

    def _move(self, by: int) -> None:
        rows = self.visible_rows()
        if not rows:
            return
        current = self.table.currentItem()
        at = rows.index(current) if current in rows else (-1 if by > 0 else len(rows))
        self.table.setCurrentItem(rows[min(max(at + by, 0), len(rows) - 1)])

    def _show_row(self, row: AttendanceRecord) -> None:
        item = self._rows.get(row.person.id)
        if item is None:
            return
        item.setText(0, person_with_role(row.person, self._lang))
        item.setToolTip(0, f"{row.person.organisation} {row.person.position}".strip())
        status = label(row.status, self._lang)
        if row.status is AttendanceStatus.PROXY and row.proxy_name:
            status += f" ({row.proxy_name})"
        elif row.reason:
            status += f" ({row.reason})"
        item.setText(1, status)
        item.setText(2, clock(row.arrived_at))
        colour = STATUS_COLOURS.get(row.status)
        item.setForeground(1, QBrush(QColor(colour)) if colour else QBrush())
        item.setData(1, Qt.ItemDataRole.UserRole, row.status.value)
        person = row.person
        item.setData(
            0,
            Qt.ItemDataRole.UserRole + 1,
            (person.name, person.position, person.organisation, person.subcommittee),
        )

    def _apply_filter(self, text: str) -> None:
        for item in self._rows.values():
            fields = item.data(0, Qt.ItemDataRole.UserRole + 1) or ()
            item.setHidden(bool(text.strip()) and not matches(text, *fields))
        if not text.strip():
            return  # the whole roster again: the selection stays where it was
        rows = self.visible_rows()
        if rows:
            self.table.setCurrentItem(rows[0])  # the top match, for Enter
        else:
            self.table.setCurrentIndex(QModelIndex())
            self.table.clearSelection()
