"""The audience window (F5): what the room reads on the projector — committee and
session, the current item, its timer, who speaks, and the decisions and action items
recorded for the item; before the first item (and after the last), the committee, the
session, its day, time and place — in type sized from the window's height so that it
reads across a room. It is fed only from committed records (its controller connects it
to the session's signals): a draft or an entry still being saved never reaches it.
Ctrl+B blanks it (a black screen) and brings it back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.outline import outline
from gsmeet.domain.records import ActionRecord, DecisionRecord
from gsmeet.ui.kit.settings import PROJECTOR_TYPE_SCALE
from gsmeet.ui.kit.text import clock, day_text, person_with_role
from gsmeet.ui.live.header import session_title
from gsmeet.ui.live.records import action_text, decision_text
from gsmeet.ui.live.style import (
    PROJECTOR_LINES,
    TimerState,
    clamp_projector_scale,
    duration,
    seconds_between,
    timer_state,
)

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import AgendaItemRecord, PersonAtDate

BACKGROUND = "#0b1220"
TEXT = "#f9fafb"
DIM = "#9ca3af"
GOLD = "#fbbf24"
# Brighter than the secretary's: these are read on a dark ground across a room.
TIMER_ON_DARK = {
    TimerState.IDLE: TEXT,
    TimerState.ON_TIME: "#4ade80",
    TimerState.WARNING: "#fbbf24",
    TimerState.OVER: "#f87171",
}
SHOWN_PER_LIST = 4  # the latest few: a long list would shrink the type


class ProjectorWindow(QWidget):
    """``closed``: it was closed (F5, Esc), or hidden."""

    closed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._lang = lang
        self.setWindowTitle(self.tr("gsmeet — projector"))
        self.setObjectName("projector")
        self.setStyleSheet(f"#projector, #projector QWidget {{ background: {BACKGROUND}; }}")
        self.item: AgendaItemRecord | None = None
        self.blanked = False
        self.type_scale = clamp_projector_scale(PROJECTOR_TYPE_SCALE.get())

        self.session = self._label(DIM)
        self.kind = self._label(GOLD)
        self.title = self._label(TEXT)
        self.timer = self._label(TEXT)
        self.speaker = self._label(TEXT)
        self.decisions_heading = self._label(GOLD)
        self.decisions = self._label(TEXT)
        self.actions_heading = self._label(GOLD)
        self.action_list = self._label(TEXT)
        self.decisions_heading.setText(self.tr("Decisions"))
        self.actions_heading.setText(self.tr("Action items"))

        page = QWidget()
        self.column = column = QVBoxLayout(page)
        column.addWidget(self.session)
        column.addStretch(1)
        column.addWidget(self.kind)
        column.addWidget(self.title)
        timing = QHBoxLayout()
        timing.addWidget(self.timer)
        timing.addStretch(1)
        # On one line, level with the timer's foot: a long 직위 takes room, not a line.
        self.speaker.setWordWrap(False)
        timing.addWidget(self.speaker, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(timing)
        column.addStretch(1)
        column.addWidget(self.decisions_heading)
        column.addWidget(self.decisions)
        column.addWidget(self.actions_heading)
        column.addWidget(self.action_list)
        column.addStretch(2)
        blank = QWidget()
        blank.setStyleSheet("background: black;")
        self.pages = QStackedLayout(self)
        self.pages.addWidget(page)
        self.pages.addWidget(blank)
        self.resize_type()

    def _label(self, colour: str) -> QLabel:
        label_ = QLabel()
        label_.setWordWrap(True)
        label_.setTextFormat(Qt.TextFormat.PlainText)  # committee text is never markup
        label_.setStyleSheet(f"color: {colour};")
        return label_

    # -- content ------------------------------------------------------------------

    def present(self, state: LiveState) -> None:
        lang = self._lang
        self.session.setText(f"{state.committee.name} · {session_title(state, lang)}")
        row = next((r for r in outline(state.agenda) if r.item.id == state.current_item_id), None)
        self.item = row.item if row is not None else None
        if row is not None:
            self.kind.setText(f"{row.number}. {label(row.item.kind, lang)}")
            self.title.setText(row.item.title)
        else:
            self._waiting(state)
        self._list(self.decisions, self.decisions_heading, state.decisions)
        self._list(self.action_list, self.actions_heading, state.actions)

    def _waiting(self, state: LiveState) -> None:
        """No item under way: the committee and the session, when and where."""
        meeting, lang = state.meeting, self._lang
        self.kind.setText(session_title(state, lang))
        self.title.setText(state.committee.name)
        self.session.setText("")  # said below, larger
        if meeting.status is MeetingStatus.HELD and state.ended_at is not None:
            when = self.tr("Ended at {time}").format(time=clock(state.ended_at))
        else:
            at = meeting.start_time.strftime("%H:%M")
            day = f"{day_text(meeting.held_on, lang)} {at}"
            when = "\n".join(p for p in (day, meeting.place) if p)  # the place on a line
        self.timer.setText(when)

    def show_speaker(self, speaker: PersonAtDate | None) -> None:
        self.speaker.setText(
            self.tr("Speaking: {person}").format(person=person_with_role(speaker, self._lang))
            if speaker is not None
            else ""
        )

    def _list(
        self,
        body: QLabel,
        heading: QLabel,
        records: tuple[DecisionRecord, ...] | tuple[ActionRecord, ...],
    ) -> None:
        lines = [
            decision_text(r, self._lang)
            if isinstance(r, DecisionRecord)
            else action_text(r, self._lang)
            for r in records[-SHOWN_PER_LIST:]
        ]
        body.setText("\n".join(f"• {line}" for line in lines))
        heading.setVisible(bool(lines))
        body.setVisible(bool(lines))

    def tick(self, now: datetime) -> None:
        item = self.item
        if item is None:
            return  # the day, time and place stay
        if item.started_at is None:
            self.timer.setText("")
            return
        elapsed = seconds_between(item.started_at, now)
        state = timer_state(elapsed, item.planned_minutes)
        planned = f" / {item.planned_minutes}:00" if item.planned_minutes else ""
        self.timer.setText(duration(elapsed) + planned)
        colour = TIMER_ON_DARK[state]
        if self.timer.property("colour") != colour:
            self.timer.setProperty("colour", colour)
            self.timer.setStyleSheet(f"color: {colour};")

    # -- showing ------------------------------------------------------------------

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self.pages.setCurrentIndex(1 if blank else 0)

    def show_beside(self, secretary: QWidget) -> None:
        """Full screen on a screen other than the secretary's when there is one;
        otherwise a window of its own on the same screen."""
        here = secretary.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            # One screen: a window of its own, beside the secretary's when there is
            # room (a wide screen), else over part of it, to be dragged to a beamer.
            area = here.availableGeometry()
            beside = area.right() - secretary.frameGeometry().right()
            if beside >= area.width() // 3:
                width = beside
                self.setGeometry(
                    secretary.frameGeometry().right() + 1,
                    area.top(),
                    width,
                    min(width * 9 // 16, area.height()),
                )
            else:
                self.resize(area.width() * 2 // 3, area.height() * 2 // 3)
            self.show()
        self.resize_type()

    def resize_type(self) -> None:
        fits = min(self.height() / PROJECTOR_LINES, self.width() / 40)
        base = max(fits * self.type_scale, 8.0)
        margin = int(base * 1.5)
        self.column.setContentsMargins(margin, margin, margin, margin)
        self.column.setSpacing(int(base * 0.4))
        for widget, factor, bold in (
            (self.session, 0.9, False),
            (self.kind, 1.1, True),
            (self.title, 3.0, True),
            (self.timer, 2.6, True),
            (self.speaker, 1.4, False),
            (self.decisions_heading, 1.0, True),
            (self.decisions, 1.3, False),
            (self.actions_heading, 1.0, True),
            (self.action_list, 1.3, False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(int(base * factor), 8))
            font.setBold(bold)
            widget.setFont(font)

    def apply_preferences(self) -> None:
        """The type size chosen in the preferences, now."""
        self.type_scale = clamp_projector_scale(PROJECTOR_TYPE_SCALE.get())
        self.resize_type()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resize_type()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
