"""The top of the live screen: the session bar (committee, session, clocks, attendance
and quorum at a glance) and the current item, large, with its timer."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.text import clock, day_text, meeting_name, minutes, person_with_role
from gsmeet.ui.live import style
from gsmeet.ui.live.style import TIMER_COLOURS, TimerState, duration, seconds_between, timer_state

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import AgendaItemRecord

BADGE = "border-radius: 0.3em; padding: 0.15em 0.6em; color: white; background: {};"


def session_title(state: LiveState, lang: Lang) -> str:
    title = meeting_name(state.meeting, lang)
    return f"{title} · {state.meeting.title}" if state.meeting.title else title


class SessionBar(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.committee = QLabel()
        self.session = QLabel()
        self.session_clock = QLabel()
        self.session_clock.setAccessibleName(self.tr("Session time"))
        self.counts = QLabel()
        self.quorum = QLabel()
        self.quorum.setAccessibleName(self.tr("Quorum"))
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.committee)
        names.addWidget(self.session)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(names, 1)
        layout.addWidget(self.session_clock)
        layout.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        layout.addWidget(self.counts)
        layout.addWidget(self.quorum)
        self.committee.setStyleSheet(f"color: {style.MUTED};")

    def show_state(self, state: LiveState) -> None:
        self.committee.setText(state.committee.name)
        self.session.setText(
            f"{session_title(state, self._lang)} · {day_text(state.meeting.held_on, self._lang)}"
        )
        self.show_quorum(state)

    def show_quorum(self, state: LiveState) -> None:
        quorum = state.quorum
        self.counts.setText(
            self.tr("Enrolled {enrolled} · present {present}").format(
                enrolled=quorum.enrolled, present=quorum.present
            )
        )
        if quorum.met:
            text, colour = self.tr("Quorum met"), style.OK
        else:
            text = self.tr("Quorum not met ({required} needed)").format(required=quorum.required)
            colour = style.RED
        self.quorum.setText(text)
        if self.quorum.property("colour") != colour:  # re-polished on each set: on a change
            self.quorum.setProperty("colour", colour)
            self.quorum.setStyleSheet(BADGE.format(colour))

    def tick(self, state: LiveState, now: datetime) -> None:
        if state.meeting.status is MeetingStatus.IN_PROGRESS:
            running = duration(seconds_between(state.started_at, now))
            self.session_clock.setText(
                self.tr("Session {elapsed} · now {clock}").format(elapsed=running, clock=clock(now))
            )
        else:
            self.session_clock.setText(label(state.meeting.status, self._lang))


class ItemHeader(QWidget):
    """The current item: its kind and presenter, its title in large type, its timer
    (elapsed against planned; amber from 80 %, red past 100 %)."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.kind = QLabel()
        self.kind.setStyleSheet(f"color: {style.ACCENT}; font-weight: bold;")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Current item"))
        self.presenter = QLabel()
        self.presenter.setStyleSheet(f"color: {style.MUTED};")
        self.timer = QLabel()
        self.timer.setAccessibleName(self.tr("Item timer"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.planned = QLabel()
        self.planned.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.planned.setStyleSheet(f"color: {style.MUTED};")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2)
        self.timer_state = TimerState.IDLE
        self._colour = ""

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.kind)
        text.addWidget(self.title)
        text.addWidget(self.presenter)
        timing = QVBoxLayout()
        timing.setSpacing(0)
        timing.addWidget(self.timer)
        timing.addWidget(self.planned)
        top = QHBoxLayout()
        top.addLayout(text, 1)
        top.addLayout(timing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)

    def apply_fonts(self, base: QFont) -> None:
        style.set_scaled_font(self.title, base, style.TITLE, bold=True)
        style.set_scaled_font(self.timer, base, style.TIMER, bold=True)
        self.bar.setMaximumHeight(max(self.fontMetrics().height() // 2, 4))

    def show_item(self, item: AgendaItemRecord | None, number: str) -> None:
        if item is None:
            self.kind.setText("")
            self.title.setText(self.tr("No item is under way"))
            self.presenter.setText("")
            self.planned.setText("")
            return
        self.kind.setText(f"{number}. {label(item.kind, self._lang)}")
        self.title.setText(item.title)
        self.presenter.setText(
            self.tr("Presented by {person}").format(
                person=person_with_role(item.presenter, self._lang)
            )
            if item.presenter is not None
            else ""
        )
        self.planned.setText(
            self.tr("planned {planned}").format(planned=minutes(item.planned_minutes))
        )

    def tick(self, item: AgendaItemRecord | None, now: datetime) -> None:
        if item is None or item.started_at is None:
            self.timer.setText("")
            self.bar.setValue(0)
            return
        elapsed = seconds_between(item.started_at, now)
        self.timer_state = timer_state(elapsed, item.planned_minutes)
        colour = TIMER_COLOURS[self.timer_state]
        self.timer.setText(duration(elapsed))
        share = elapsed / (item.planned_minutes * 60) if item.planned_minutes else 0
        self.bar.setValue(int(min(share, 1.0) * 1000))
        if colour != self._colour:  # a style sheet is re-polished: only on a change
            self._colour = colour
            self.timer.setStyleSheet(f"color: {colour};")
            self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
