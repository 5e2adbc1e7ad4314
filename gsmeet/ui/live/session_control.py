"""The session's course on the screen: it starts when the secretary says so (회의 시작, or
the first Ctrl+PgDn), and the screen says plainly that it did; it ends with Ctrl+E after
a short checklist of what is still open (:mod:`.ending`); either is taken back with
Ctrl+Z — an end until the minutes are issued. Where no item is under way, the prompt
says what to press; a session without an agenda offers to build one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gsmeet.domain.enums import AgendaKind, AttendanceStatus, MeetingStatus
from gsmeet.domain.outline import outline
from gsmeet.domain.presence import spoke_unmarked
from gsmeet.ui.kit.text import clock
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.live import ops, style
from gsmeet.ui.live.ending import Check, Choice, EndChecklist
from gsmeet.ui.live.speaker_control import is_member

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState, ReviewItem
    from gsmeet.domain.messages import Message
    from gsmeet.ui.live.entry_control import EntryController
    from gsmeet.ui.live.header import Prompt
    from gsmeet.ui.live.room import Room

LISTED = 3  # items or people named in a checklist line; the rest are counted


class SessionController(QObject):
    """``agenda_wanted(meeting_id)``: the secretary asked to build the agenda of a
    session that has none (the main window's agenda builder does it)."""

    agenda_wanted = Signal(int)

    def __init__(self, room: Room, prompt: Prompt, typing: EntryController) -> None:
        super().__init__(prompt)
        self._session = session = room.session
        self._actions = actions = room.actions
        self._prompt = prompt
        self._typing = typing
        self._dialogs = room.dialogs
        self._status = room.status
        self._status_shown: MeetingStatus | None = None
        self.checklist: EndChecklist | None = None
        actions.start_session.triggered.connect(session.start)
        actions.end_session.triggered.connect(self.ask_to_end)
        prompt.start_button.clicked.connect(actions.start_session.trigger)
        prompt.agenda_button.clicked.connect(self._want_agenda)
        session.shown.connect(self.show_state)

    def show_state(self, state: LiveState) -> None:
        status = state.meeting.status
        running = status is MeetingStatus.IN_PROGRESS
        planned = status is MeetingStatus.PLANNED and bool(state.agenda)
        a = self._actions
        a.start_session.setEnabled(planned)
        a.next_item.setEnabled(running or planned)
        a.previous_item.setEnabled(running)
        a.end_session.setEnabled(running)
        self._prompt.show_state(state, self._typing.blocked())
        before, self._status_shown = self._status_shown, status
        if before is None and status is MeetingStatus.PLANNED:
            meeting = state.meeting
            self._session.worker.submit(
                ops.terms(meeting.committee_id, meeting.held_on), self._warn_of_terms, self._refused
            )
        if before is MeetingStatus.PLANNED and running:
            started = clock(state.started_at)
            self._status.done(
                self.tr("The session has started ({time}); {undo} takes the start back").format(
                    time=started, undo=a.undo_keys()
                )
            )
        elif before is MeetingStatus.IN_PROGRESS and status is MeetingStatus.HELD:
            self._status.done(
                self.tr("The session has ended ({time}); {undo} takes the end back").format(
                    time=clock(state.ended_at), undo=a.undo_keys()
                )
            )

    def _warn_of_terms(self, notice: Message | None) -> None:
        """Before the start: members whose terms are over by the session's date."""
        if notice is not None and self._status_shown is MeetingStatus.PLANNED:
            self._status.say(describe(notice), style.AMBER)

    def _want_agenda(self) -> None:
        if self._session.state is not None:
            self.agenda_wanted.emit(self._session.meeting_id)

    # -- ending -----------------------------------------------------------------------

    def ask_to_end(self) -> None:
        """Ctrl+E: read what is left to review, then show the checklist."""
        if not self._session.running:
            return
        self._session.worker.submit(
            ops.ending(self._session.meeting_id), self._show_checklist, self._refused
        )

    def _refused(self, problem: BaseException) -> None:
        from gsmeet.ui.kit.undo import History

        self._status.refuse(History.describe(problem))

    def _show_checklist(self, found: tuple[list[ReviewItem], frozenset[int]]) -> None:
        state = self._session.state
        if state is None or not self._session.running or self._dialogs.current is not None:
            return
        reviews, speakers = found
        dialog = EndChecklist(self.checks(state, reviews, speakers), self._dialogs.window)
        self.checklist = dialog

        def finished(result: int) -> None:
            self.checklist = None
            if result == EndChecklist.DialogCode.Accepted:
                self._end(dialog.chosen())
            elif not dialog.went:
                self._status.done(self.tr("Not ended: the checklist changed nothing"))

        self._dialogs.open(dialog, finished)

    def _end(self, chosen: list[Callable[[], object]]) -> None:
        """What the checklist's choices record, then the end (not if one could not be
        done: what it says stays on screen)."""
        for act in chosen:
            if act() is False:
                return
        self._session.end()

    def checks(
        self, state: LiveState, reviews: list[ReviewItem], speakers: frozenset[int] = frozenset()
    ) -> list[Check]:
        checks: list[Check] = []
        draft = self._typing.draft()
        if draft:
            gist = draft if len(draft) <= 40 else draft[:39] + "…"
            checks.append(
                Check(
                    self.tr("The entry holds text not saved: “{text}”").format(text=gist),
                    [
                        Choice("S", self.tr("Save it"), self._save_draft, settled=self.tr("Saved")),
                        Choice(
                            "D",
                            self.tr("Discard it"),
                            self._typing.discard_draft,
                            settled=self.tr("Discarded"),
                        ),
                    ],
                    blocks=True,
                )
            )
        never = [r for r in outline(state.agenda) if r.item.started_at is None]
        if never:
            names = ", ".join(f"{r.number}. {r.item.title}" for r in never[:LISTED])
            more = len(never) - LISTED
            text = self.tr("{count} items never taken up: {names}").format(
                count=len(never), names=names + (f" … (+{more})" if more > 0 else "")
            )
            first = never[0].item.id
            checks.append(
                Check(
                    text,
                    [
                        Choice(
                            "G",
                            self.tr("Go to the first"),
                            lambda: self._session.go_to(first),
                            closes=True,
                        ),
                        Choice(
                            "L",
                            self.tr("Leave them"),
                            lambda: None,
                            settled=self.tr("Left: the minutes show them without a record"),
                        ),
                    ],
                )
            )
        spoke = [r.person for r in spoke_unmarked(state.attendance, speakers)]
        if spoke:
            spoke_ids = [p.id for p in spoke]
            names = ", ".join(p.name for p in spoke[:LISTED])
            more = len(spoke) - LISTED
            checks.append(
                Check(
                    self.tr(
                        "{count} spoke but never checked in: {names}; the minutes list them"
                        " as present"
                    ).format(count=len(spoke), names=names + (f" … (+{more})" if more > 0 else "")),
                    [
                        Choice(
                            "P",
                            self.tr("Mark them present"),
                            lambda: self._mark(spoke_ids, spoke=True),
                            settled=self.tr("Marked present: {names}").format(names=names),
                        ),
                    ],
                )
            )
        unconfirmed = [
            r.person
            for r in state.attendance
            if r.status is AttendanceStatus.INVITED
            and is_member(r.person)
            and r.person.id not in speakers
        ]
        if unconfirmed:
            ids = [p.id for p in unconfirmed]
            checks.append(
                Check(
                    self.tr(
                        "{count} members never checked in; the minutes list them as absent"
                    ).format(count=len(unconfirmed)),
                    [
                        Choice(
                            "A",
                            self.tr("Mark them absent"),
                            lambda: self._mark(ids),
                            settled=self.tr("Marked absent: {count}").format(count=len(ids)),
                        ),
                        Choice(
                            "U",
                            self.tr("Leave them unconfirmed"),
                            lambda: None,
                            settled=self.tr("Left unconfirmed: the minutes list them as absent"),
                        ),
                    ],
                )
            )
        left = [r for r in reviews if r.review is None]
        review_item = next((i for i in state.agenda if i.kind is AgendaKind.ACTION_REVIEW), None)
        if left:
            choices = []
            if review_item is not None:
                choices.append(
                    Choice(
                        "R",
                        self.tr("Go to the review"),
                        lambda: self._session.go_to(review_item.id),
                        closes=True,
                    )
                )
            choices.append(
                Choice(
                    "C",
                    self.tr("Carry them over"),
                    lambda: None,
                    settled=self.tr("Carried over: they stay open for the next session"),
                )
            )
            checks.append(
                Check(
                    self.tr("{count} earlier action items not reviewed").format(count=len(left)),
                    choices,
                )
            )
        return checks

    def _mark(self, person_ids: list[int], *, spoke: bool = False) -> None:
        s = self._session
        s.perform(ops.mark_absent(s.meeting_id, person_ids, s.clock, spoke=spoke))

    def _save_draft(self) -> bool:
        return self._typing.submit(self._typing.draft())
