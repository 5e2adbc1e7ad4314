"""The 개요 tab: when, where, who chaired, the status, and the quorum count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from gsmeet.domain.dates import format_time_range
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.text import (
    DASH,
    clock_range,
    day_text,
    meeting_name,
    person_with_role,
    quorum_counts,
    quorum_verdict,
    status_text,
)

if TYPE_CHECKING:
    from gsmeet.domain.records import MeetingRecord


MET_STYLE = "color: #15803d; font-weight: bold;"
NOT_MET_STYLE = "color: #b91c1c; font-weight: bold;"


class OverviewPanel(QScrollArea):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        body = QWidget()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)

        def field(caption: str) -> QLabel:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{caption}", value)
            return value

        self.title = field(self.tr("Title"))
        self.session = field(self.tr("Session"))
        self.when = field(self.tr("Date and time"))
        self.place = field(self.tr("Place"))
        self.chair = field(self.tr("Chair"))
        self.secretary = field(self.tr("Secretary"))
        self.status = field(self.tr("Status"))
        self.disclosure = field(self.tr("Disclosure"))
        self.actual = field(self.tr("Actual time"))
        self.counts = field(self.tr("Attendance"))
        self.quorum = field(self.tr("Quorum"))
        self.contents = field(self.tr("Record"))
        self.minutes = field(self.tr("Minutes"))
        self.previous = field(self.tr("Previous session"))

        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(body)

    def show_record(self, record: MeetingRecord) -> None:
        lang = self._lang
        meeting = record.meeting
        self.title.setText(meeting.title or DASH)
        self.session.setText(meeting_name(meeting, lang))
        self.when.setText(
            f"{day_text(meeting.held_on, lang)} "
            f"{format_time_range(meeting.start_time, meeting.end_time)}"
        )
        self.place.setText(meeting.place or DASH)
        self.chair.setText(person_with_role(record.chair, lang))
        self.secretary.setText(person_with_role(record.secretary, lang))
        self.status.setText(status_text(meeting, lang))
        self.disclosure.setText(label(record.disclosure, lang))
        self.actual.setText(clock_range(record.started_at, record.ended_at) or DASH)

        held = meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)
        self.counts.setText(
            self.tr("Members: {counts}").format(counts=quorum_counts(record.quorum))
        )
        self.quorum.setText(quorum_verdict(record.quorum, held=held))
        if held and record.quorum.applies:
            self.quorum.setStyleSheet(MET_STYLE if record.quorum.met else NOT_MET_STYLE)
        else:
            self.quorum.setStyleSheet("")
        self.contents.setText(
            self.tr(
                "{items} agenda items · {remarks} remarks · {decisions} decisions · "
                "{actions} action items"
            ).format(
                items=len(record.agenda),
                remarks=len(record.remarks),
                decisions=len(record.decisions),
                actions=len(record.actions),
            )
        )
        if record.minutes_versions:
            latest = record.minutes_versions[-1]
            self.minutes.setText(
                self.tr("Version {version} issued {day}").format(
                    version=latest.version, day=day_text(latest.issued_at.date(), lang)
                )
            )
        else:
            self.minutes.setText(self.tr("Not issued yet"))
        previous = record.previous
        self.previous.setText(
            DASH
            if previous is None
            else f"{meeting_name(previous, lang)} ({day_text(previous.held_on, lang)})"
        )
