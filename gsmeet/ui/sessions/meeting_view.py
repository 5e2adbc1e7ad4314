"""The right panel: one session, read-only, in four tabs (개요, 안건, 출석, 기록)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from gsmeet.domain.enums import HitKind, MeetingStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.text import (
    day_text,
    everyone_counts,
    meeting_name,
    quorum_counts,
    quorum_verdict,
)
from gsmeet.ui.kit.views import fit_interactive_columns, read_only_table, select_and_show
from gsmeet.ui.sessions.overview import OverviewPanel
from gsmeet.ui.sessions.record_models import AgendaModel, AttendanceModel
from gsmeet.ui.sessions.records_panel import RecordsPanel

if TYPE_CHECKING:
    from gsmeet.domain.records import MeetingRecord, MeetingSummary


OVERVIEW, AGENDA, ATTENDANCE, RECORDS = range(4)


class MeetingView(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.record: MeetingRecord | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.overview = OverviewPanel(lang)
        self.agenda = AgendaModel(lang, self)
        self.agenda_view = read_only_table(
            self.agenda, stretch=2, interactive=[3], name=self.tr("Agenda")
        )
        self.attendance = AttendanceModel(lang, self)
        self.attendance_view = read_only_table(
            self.attendance, stretch=6, interactive=[2, 3, 4], name=self.tr("Attendance")
        )
        self.attendance_summary = QLabel()
        self.attendance_summary.setWordWrap(True)
        attendance_page = QWidget()
        attendance_layout = QVBoxLayout(attendance_page)
        attendance_layout.setContentsMargins(0, 6, 0, 0)
        attendance_layout.addWidget(self.attendance_summary)
        attendance_layout.addWidget(self.attendance_view, 1)
        self.records = RecordsPanel(lang)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.agenda_view, self.tr("Agenda"))
        self.tabs.addTab(attendance_page, self.tr("Attendance"))
        self.tabs.addTab(self.records, self.tr("Records"))

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Select a session in the list."))

    def show_message(self, message: str) -> None:
        """No session to show: ``message`` says why."""
        self.record = None
        self.heading.clear()
        self.subheading.clear()
        self.placeholder.setText(message)
        self.stack.setCurrentWidget(self.placeholder)

    def show_loading(self, meeting: MeetingSummary) -> None:
        """``meeting`` is selected and its record is on its way: its heading now, and,
        where no record is shown yet, that it is being read (the record shown until
        then stays while the selection moves, so the arrow keys do not flicker)."""
        self._show_heading(meeting)
        if self.record is None:
            self.placeholder.setText(self.tr("Reading the session…"))

    def show_record(self, record: MeetingRecord) -> None:
        self.record = record
        self._show_heading(record.meeting)
        self.overview.show_record(record)
        self.agenda.set_agenda(record.agenda)
        fit_interactive_columns(self.agenda_view, [3], 260)
        self.attendance.set_rows(record.attendance)
        fit_interactive_columns(self.attendance_view, [2, 3, 4], 220)
        self.attendance_summary.setText(self._attendance_text(record))
        self.records.show_record(record)
        self.stack.setCurrentWidget(self.tabs)

    def reveal(self, kind: HitKind, record_id: int, item_id: int | None) -> None:
        """Show where a search hit is: a remark, decision or action item selected in
        the records; an agenda title or a briefing's record at its item in the agenda."""
        if kind in (HitKind.REMARK, HitKind.DECISION, HitKind.ACTION):
            self.tabs.setCurrentIndex(RECORDS)
            if self.records.reveal(kind, record_id):
                return
        self.tabs.setCurrentIndex(AGENDA)
        rows = [row.item.id for row in self.agenda.rows]
        if item_id in rows:
            select_and_show(self.agenda_view, rows.index(item_id))

    def _show_heading(self, meeting: MeetingSummary) -> None:
        title = meeting_name(meeting, self._lang)
        self.heading.setText(f"{title} · {meeting.title}" if meeting.title else title)
        self.subheading.setText(
            " · ".join(
                part
                for part in (
                    day_text(meeting.held_on, self._lang),
                    meeting.place,
                    label(meeting.status, self._lang),
                )
                if part
            )
        )

    def _attendance_text(self, record: MeetingRecord) -> str:
        """Everyone listed, then the members as the quorum counts them: the same people,
        counted the same way, as the 개요 tab."""
        status = record.meeting.status
        over = status in (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)
        held = status is not MeetingStatus.PLANNED
        if not record.attendance:
            everyone = self.tr("nobody listed yet")
        else:
            everyone = everyone_counts(record.attendance, over=over)
        return self.tr("{everyone}   |   Members: {counts}   |   Quorum: {verdict}").format(
            everyone=everyone,
            counts=quorum_counts(record.quorum),
            verdict=quorum_verdict(record.quorum, held=held),
        )
