"""The left panel: the committee (a selector when the database holds several) and its
sessions, newest first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.dates import format_time
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.sessions import title_is_name
from gsmeet.ui.kit.table_model import CENTER, RIGHT, Column, RowTableModel
from gsmeet.ui.kit.text import day_text, meeting_number, status_text

if TYPE_CHECKING:
    from gsmeet.domain.live import LeaseHolder
    from gsmeet.domain.records import CommitteeInfo, MeetingSummary


PLANNED = QBrush(QColor("#1d4ed8"))
CANCELLED = QBrush(QColor("#6b7280"))
LIVE = QBrush(QColor("#b91c1c"))


class MeetingListModel(RowTableModel):
    """One row per :class:`MeetingSummary`: 회차, kind, date, status."""

    NUMBER, KIND, DATE, STATUS = range(4)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live: Mapping[int, LeaseHolder] = {}  # who runs which session live (a server's)

        def status_colour(row: MeetingSummary) -> QBrush | None:
            if row.id in self.live:
                return LIVE
            if row.status is MeetingStatus.CANCELLED:
                return CANCELLED
            return PLANNED if row.status is MeetingStatus.PLANNED else None

        def hint(row: MeetingSummary) -> str:
            lines = [row.title, row.place, status_text(row, lang), self.live_text(row.id)]
            return "\n".join(line for line in lines if line)

        def status(row: MeetingSummary) -> str:
            held = self.live.get(row.id)
            if held is None:
                return label(row.status, lang)
            return self.tr("{status} · live: {holder}").format(
                status=label(row.status, lang), holder=held.holder
            )

        def kind(row: MeetingSummary) -> str:
            name = label(row.kind, lang)
            if title_is_name(row):  # a session not numbered is known by its title (출범식)
                return f"{name} · {row.title}"
            return f"{name} · {row.subcommittee}" if row.subcommittee else name

        self.define_columns(
            [
                Column(self.tr("No."), lambda r: meeting_number(r.number), RIGHT, hint=hint),
                Column(self.tr("Kind"), kind, tooltip=True),
                Column(
                    self.tr("Date"),
                    lambda r: day_text(r.held_on, lang, weekday=lang == "ko"),
                    hint=hint,
                ),
                Column(
                    self.tr("Status"),
                    status,
                    CENTER,
                    foreground=status_colour,
                    hint=hint,
                ),
            ]
        )

    def set_live(self, holders: Mapping[int, LeaseHolder]) -> None:
        """Mark the sessions a live screen runs (by meeting id), unmark the others."""
        if dict(holders) == dict(self.live):
            return
        self.live = dict(holders)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def live_text(self, meeting_id: int) -> str:
        """Who runs the session live, where and since when (empty: nobody)."""
        held = self.live.get(meeting_id)
        if held is None:
            return ""
        if held.stale:
            return self.tr(
                "Last run live by {holder} on {host}; no sign of that screen since {renewed}"
            ).format(holder=held.holder, host=held.host, renewed=format_time(held.renewed_at))
        return self.tr("Being run live by {holder} on {host} since {since}").format(
            holder=held.holder, host=held.host, since=format_time(held.taken_at)
        )

    def row_of(self, meeting_id: int) -> int | None:
        for row, meeting in enumerate(self.rows):
            if meeting.id == meeting_id:
                return int(row)
        return None


def default_meeting(meetings: Sequence[MeetingSummary]) -> MeetingSummary | None:
    """The session to show first: the most recent one held, else the newest."""
    for meeting in meetings:  # newest first
        if meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED):
            return meeting
    return meetings[0] if meetings else None


class MeetingListPanel(QWidget):
    """Emits :attr:`meeting_selected` with the current :class:`MeetingSummary` (or None)
    whenever the current row changes, by mouse or by arrow keys."""

    meeting_selected = Signal(object)
    committee_chosen = Signal(int)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeetingListModel(lang, self)
        self._committees: tuple[CommitteeInfo, ...] = ()

        self.committee_box = QComboBox()
        self.committee_box.setAccessibleName(self.tr("Committee"))
        self.committee_box.setVisible(False)
        self.committee_box.activated.connect(self._on_committee_activated)

        self.heading = QLabel(self.tr("Sessions"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Sessions"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The kind gives way (elided, whole in the tooltip) when the panel is narrow.
        header.setSectionResizeMode(MeetingListModel.KIND, QHeaderView.ResizeMode.Stretch)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)

        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.committee_box)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_note)

    def set_committees(self, committees: Sequence[CommitteeInfo], current_id: int | None) -> None:
        self._committees = tuple(committees)
        self.committee_box.clear()
        for committee in self._committees:
            self.committee_box.addItem(committee.name, committee.id)
        if current_id is not None:
            self.committee_box.setCurrentIndex(self.committee_box.findData(current_id))
        self.committee_box.setVisible(len(self._committees) > 1)
        if not self._committees:
            self.show_empty(self.tr("This database holds no committee yet."))

    def set_meetings(
        self, meetings: Sequence[MeetingSummary], select_id: int | None = None
    ) -> None:
        """Show ``meetings`` and make ``select_id`` (or the default one) current."""
        self.model.set_rows(meetings)
        if not meetings:
            self.show_empty(self.tr("No session has been recorded for this committee."))
        else:
            self.empty_note.setVisible(False)
        wanted = None if select_id is None else self.model.row_of(select_id)
        if wanted is None:
            first = default_meeting(meetings)
            wanted = None if first is None else self.model.row_of(first.id)
        if wanted is None:
            self.meeting_selected.emit(None)
            return
        self.select_row(wanted)

    def show_empty(self, message: str) -> None:
        self.model.set_rows(())
        self.empty_note.setText(message)
        self.empty_note.setVisible(True)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def current_meeting(self) -> MeetingSummary | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        meeting: MeetingSummary = self.model.row_at(index.row())
        return meeting

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.meeting_selected.emit(self.model.row_at(current.row()) if current.isValid() else None)

    def _on_committee_activated(self, index: int) -> None:
        committee_id = self.committee_box.itemData(index)
        if isinstance(committee_id, int):
            self.committee_chosen.emit(committee_id)
