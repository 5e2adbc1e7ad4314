"""The top of the live screen: the session bar (committee, session, clocks, attendance
and quorum at a glance, the projector's state) and the current item, large, with its
timer — or, where no item is under way, what the session is waiting for and the key
that moves it on (:class:`Prompt`). Each draws the states the session shows."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.outline import outline
from gsmeet.ui.kit.text import clock, day_text, meeting_name, minutes, person_with_role
from gsmeet.ui.live import style
from gsmeet.ui.live.style import TIMER_COLOURS, TimerState, duration, seconds_between, timer_state

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import AgendaItemRecord
    from gsmeet.ui.live.session import LiveSession

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
        self.session.setWordWrap(True)  # a small screen: two lines rather than a wide window
        self.session.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.session_clock = QLabel()
        self.session_clock.setAccessibleName(self.tr("Session time"))
        self.counts = QLabel()
        self.quorum = QLabel()
        self.quorum.setAccessibleName(self.tr("Quorum"))
        self.projector = QLabel()
        self.projector.setAccessibleName(self.tr("Projector"))
        self.projector.setVisible(False)
        self.unsent = QLabel()  # entries kept on this computer (a server not answering)
        self.unsent.setAccessibleName(self.tr("Not yet on the server"))
        self.unsent.setStyleSheet(BADGE.format(style.AMBER))
        self.unsent.setVisible(False)
        self._state: LiveState | None = None
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.committee)
        names.addWidget(self.session)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(names, 1)
        layout.addWidget(self.session_clock)
        layout.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        layout.addWidget(self.unsent)
        layout.addWidget(self.counts)
        layout.addWidget(self.quorum)
        layout.addWidget(self.projector)
        self.committee.setStyleSheet(f"color: {style.MUTED};")
        self.setObjectName("sessionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"#sessionBar {{ background: {style.PANEL}; border-radius: 6px; padding: 4px; }}"
        )

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)
        session.attendance_changed.connect(self.show_quorum)
        session.ticked.connect(self.tick)

    def show_state(self, state: LiveState) -> None:
        self._state = state
        self.committee.setText(state.committee.name)
        self.session.setText(
            f"{session_title(state, self._lang)} · "
            + day_text(state.meeting.held_on, self._lang, whole=True)
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

    def show_unsent(self, count: int) -> None:
        """How many entries the server does not have yet (kept on this computer)."""
        self.unsent.setVisible(count > 0)
        self.unsent.setText(self.tr("Not yet on the server: {count}").format(count=count))
        self.unsent.setToolTip(
            self.tr(
                "The server does not answer. What was typed is kept on this computer "
                "and sent by itself when the connection is back."
            )
        )

    def show_projector(self, shown: bool, blanked: bool) -> None:
        """What the room sees: nothing said while the projector is closed."""
        self.projector.setVisible(shown)
        if blanked:
            text, colour = self.tr("Projector blanked"), style.MUTED
        else:
            text, colour = self.tr("On the projector"), style.ACCENT
        self.projector.setText(text)
        if self.projector.property("colour") != colour:
            self.projector.setProperty("colour", colour)
            self.projector.setStyleSheet(BADGE.format(colour))

    def tick(self, now: datetime) -> None:
        state = self._state
        if state is None:
            return
        if state.meeting.status is MeetingStatus.IN_PROGRESS:
            running = duration(seconds_between(state.started_at, now))
            self.session_clock.setText(
                self.tr("Session {elapsed} · now {clock}").format(elapsed=running, clock=clock(now))
            )
        elif state.meeting.status is MeetingStatus.PLANNED:
            at = state.meeting.start_time.strftime("%H:%M")
            self.session_clock.setText(self.tr("Not started · planned {time}").format(time=at))
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
        self.item: AgendaItemRecord | None = None
        # The title gives way to the timer (1024 px wide): it wraps, never overlaps.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.timer.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

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

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)
        session.ticked.connect(self.tick)

    def show_state(self, state: LiveState) -> None:
        row = next((r for r in outline(state.agenda) if r.item.id == state.current_item_id), None)
        if row is not None:
            self.show_item(row.item, row.number)
            return
        status = state.meeting.status
        if not state.agenda:
            title = self.tr("This session has no agenda yet")
        elif status is MeetingStatus.PLANNED:
            title = self.tr("The session has not started yet")
        elif status is MeetingStatus.HELD:
            title = self.tr("The session has ended")
        else:
            title = self.tr("No item is under way")
        self.show_item(None, "", title)

    def show_item(self, item: AgendaItemRecord | None, number: str, waiting: str = "") -> None:
        self.item = item
        if item is None:
            self.kind.setText("")
            self.title.setText(waiting or self.tr("No item is under way"))
            self.presenter.setText("")
            self.planned.setText("")
            self.tick(None)
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

    def tick(self, now: datetime | None) -> None:
        item = self.item
        if item is None or item.started_at is None or now is None:
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


class Prompt(QWidget):
    """Where no item is under way, what the session waits for, with the button that
    moves it on: 회의 시작 (a planned session), 안건 만들기 (no agenda yet). Hidden
    while an item is under way."""

    def __init__(self, start_keys: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {style.MUTED};")
        self.start_button = QPushButton(
            self.tr("Start the session ({keys})").format(keys=start_keys)
        )
        self.start_button.setAutoDefault(False)
        self.agenda_button = QPushButton(self.tr("Build the agenda…"))
        self.agenda_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.agenda_button)
        self.setVisible(False)

    def show_state(self, state: LiveState, hint: str) -> None:
        """``hint``: what to press, as the entry says it."""
        waiting = state.current_item_id is None
        self.setVisible(waiting)
        if not waiting:
            return
        self.hint.setText(hint)
        planned = state.meeting.status is MeetingStatus.PLANNED
        self.start_button.setVisible(planned and bool(state.agenda))
        self.agenda_button.setVisible(not state.agenda)
