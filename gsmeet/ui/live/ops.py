"""The live screen's database work, as jobs for the one worker thread: what it reads
(the session to run, its state, a briefing, the reviews), and its edits as undoable
operations (:class:`~gsmeet.ui.kit.undo.Operation`: do it, undo it, redo it) — the
session's start, moves and end, check-ins, status changes, achievements, reviews (the
record's own entries are :mod:`.record_ops`).

The services return what undoes each edit (see :mod:`gsmeet.services.live`); these
modules are the one table of which inverse goes with which edit, so the window never
has to know. Services are imported inside the jobs: importing them pulls in SQLAlchemy,
which the GUI thread must not pay for (and ui/ may not import storage at all).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from gsmeet.domain.enums import (
    AttendanceStatus,
    MeetingStatus,
    ReviewOutcome,
    TaskStatus,
)
from gsmeet.domain.errors import NotFoundError
from gsmeet.domain.locations import Server
from gsmeet.ui.kit.undo import Operation, touched
from gsmeet.ui.live.states import Switch

if TYPE_CHECKING:
    from gsmeet.domain.live import (
        AttendanceChange,
        BriefingView,
        ItemRecords,
        LiveState,
        ReviewItem,
    )
    from gsmeet.domain.locations import Location
    from gsmeet.domain.messages import Message
    from gsmeet.services.live.outbox import Flushed, OutboxBook
    from gsmeet.services.store import Database

Clock = Callable[[], datetime]

# -- reads ------------------------------------------------------------------------------


class NoSessionToRun(NotFoundError):
    text = "There is no session to run: every session was held already"


class Opened(NamedTuple):
    state: LiveState
    database: Location  # the committee database, which keys the drafts
    outbox: OutboxBook | None = None  # a server database's: entries not yet on it
    flushed: Flushed | None = None  # what opening sent of what an earlier run kept


class Known:
    """The live state as the worker last left it. Read and written in jobs only, which
    run in order: a step queued behind another knows the times it must put back."""

    def __init__(self) -> None:
        self.state: LiveState | None = None


def session_to_run(store: Database, committee_id: int | None = None) -> int:
    """The meeting live mode opens when none is named: the one in progress, else the
    next one not yet held (earliest date, then number), of ``committee_id`` or of the
    first committee (the one the main window shows first)."""
    from gsmeet.services.listing import list_committees, list_meetings

    committees = [c.id for c in list_committees(store)]
    committees = [c for c in committees if c == committee_id] if committee_id else committees[:1]
    meetings = [m for c in committees for m in list_meetings(store, c)]
    running = [m for m in meetings if m.status is MeetingStatus.IN_PROGRESS]
    if running:
        return running[0].id
    planned = sorted(
        (m for m in meetings if m.status is MeetingStatus.PLANNED),
        key=lambda m: (m.held_on, m.number, m.id),
    )
    if not planned:
        raise NoSessionToRun()
    return planned[0].id


def open_session(
    meeting_id: int | None, committee_id: int | None = None, *, drafts: Path | None = None
) -> Callable[[Database], Opened]:
    """Read the session live mode runs (:func:`session_to_run` when ``meeting_id`` is
    None); nothing is recorded: the secretary starts it. On a server database, first
    send what this computer's outbox (beside the ``drafts`` file) still keeps for it:
    entries of an earlier run that the server never had (its window closed or crashed
    while the connection was lost)."""

    def job(store: Database) -> Opened:
        from gsmeet.services.live.session import live_state

        outbox = flushed = None
        if isinstance(store.location, Server):
            from gsmeet.services.live.outbox import open_outbox, send_kept

            outbox = open_outbox(drafts)
            flushed = send_kept(store, outbox)
        wanted = meeting_id if meeting_id is not None else session_to_run(store, committee_id)
        return Opened(live_state(store, wanted), store.location, outbox, flushed)

    return job


def state(meeting_id: int) -> Callable[[Database], LiveState]:
    def job(store: Database) -> LiveState:
        from gsmeet.services.live.session import live_state

        return live_state(store, meeting_id)

    return job


def records(meeting_id: int) -> Callable[[Database], dict[int, ItemRecords]]:
    """What is recorded under each item of the session."""

    def job(store: Database) -> dict[int, ItemRecords]:
        from gsmeet.services.live.session import records_by_item

        return records_by_item(store, meeting_id)

    return job


def briefing(meeting_id: int, item_id: int) -> Callable[[Database], BriefingView]:
    def job(store: Database) -> BriefingView:
        from gsmeet.services.live import briefings

        return briefings.briefing(store, meeting_id, item_id)

    return job


def terms(committee_id: int, on: date) -> Callable[[Database], Message | None]:
    """The warning that members' terms end before ``on`` (None: nobody's)."""

    def job(store: Database) -> Message | None:
        from gsmeet.services.register.terms import check_terms

        return check_terms(store, committee_id, on)

    return job


def reviews(meeting_id: int) -> Callable[[Database], list[ReviewItem]]:
    def job(store: Database) -> list[ReviewItem]:
        from gsmeet.services.live.reviews import actions_to_review

        return actions_to_review(store, meeting_id)

    return job


def ending(meeting_id: int) -> Callable[[Database], tuple[list[ReviewItem], frozenset[int]]]:
    """What the checklist before the end needs: the reviews, and who spoke."""

    def job(store: Database) -> tuple[list[ReviewItem], frozenset[int]]:
        from gsmeet.services.live.attendance import speakers
        from gsmeet.services.live.reviews import actions_to_review

        return actions_to_review(store, meeting_id), frozenset(speakers(store, meeting_id))

    return job


def checkpoint(store: Database) -> None:
    from gsmeet.services.live.session import idle_checkpoint

    idle_checkpoint(store)


# -- edits (the record's own: gsmeet.ui.live.record_ops) ----------------------------


def check_in(
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus,
    *,
    now: Clock,
    reason: str,
    proxy: str,
    name: str,
    outbox: OutboxBook | None = None,
    uid: str | None = None,
) -> Operation:
    """A check-in; with an ``outbox`` (a server database), kept on this computer first
    (:mod:`gsmeet.services.live.outbox`)."""

    def do(store: Database) -> AttendanceChange:
        from gsmeet.services.live import attendance

        if outbox is not None and uid is not None:
            from gsmeet.services.live.outbox import send_check_in

            return send_check_in(
                store,
                outbox,
                meeting_id,
                person_id,
                status=status,
                now=now(),
                reason=reason,
                proxy_name=proxy,
                uid=uid,
            )
        return attendance.check_in(
            store,
            meeting_id,
            person_id,
            status=status,
            now=now(),
            reason=reason,
            proxy_name=proxy,
        )

    def back(store: Database, change: AttendanceChange) -> AttendanceChange:
        from gsmeet.services.live.attendance import undo_check_in

        return undo_check_in(store, change)  # its result undoes the undo

    return Operation(
        QCoreApplication.translate("live", "Check in {name}").format(name=name),
        do,
        back,
        back,
        touched("gsmeet.services.live.attendance", "check_in"),
        lambda _change: QCoreApplication.translate("live", "Check-in undone: {name}").format(
            name=name
        ),
    )


def task_status(
    meeting_id: int, task_id: int, status: TaskStatus, note: str, now: Clock
) -> Operation:
    def do(store: Database) -> Any:
        from gsmeet.services.live.briefings import change_task_status

        return change_task_status(store, meeting_id, task_id, status, now=now(), note=note)

    def undo(store: Database, edit: Any) -> Any:
        from gsmeet.services.live.briefings import undo_task_status_change

        return undo_task_status_change(store, edit.change.id)

    return Operation(
        QCoreApplication.translate("live", "Change a task's status"),
        do,
        undo,
        lambda store, _task: do(store),
        touched("gsmeet.services.live.briefings", "change_task_status"),
    )


def achievement(
    meeting_id: int,
    strategy_id: int,
    text: str,
    *,
    occurred_on: date,
    figure: str,
    task_id: int | None,
) -> Operation:
    def do(store: Database) -> Any:
        from gsmeet.services.live.briefings import record_achievement

        return record_achievement(
            store,
            meeting_id,
            strategy_id,
            text,
            occurred_on=occurred_on,
            figure=figure,
            task_id=task_id,
        )

    def undo(store: Database, record: Any) -> Any:
        from gsmeet.services.live.briefings import delete_achievement

        return delete_achievement(store, record.id)

    def redo(store: Database, deleted: Any) -> Any:
        from gsmeet.services.live.briefings import restore_achievement

        return restore_achievement(store, deleted)  # the same row again

    return Operation(
        QCoreApplication.translate("live", "Record an achievement"),
        do,
        undo,
        redo,
        touched("gsmeet.services.live.briefings", "record_achievement"),
    )


def review(
    meeting_id: int,
    action_id: int,
    outcome: ReviewOutcome,
    comment: str,
    new_due_on: date | None,
) -> Operation:
    def do(store: Database) -> Any:
        from gsmeet.services.live.reviews import review_action

        return review_action(
            store, meeting_id, action_id, outcome, comment=comment, new_due_on=new_due_on
        )

    def undo(store: Database, change: Any) -> Any:
        from gsmeet.services.live.reviews import undo_review

        return undo_review(store, change)

    return Operation(
        QCoreApplication.translate("live", "Review an action item"),
        do,
        undo,
        lambda store, _item: do(store),
        touched("gsmeet.services.live.reviews", "review_action"),
    )


def mark_absent(
    meeting_id: int, person_ids: list[int], now: Clock, *, spoke: bool = False
) -> Operation:
    """Everyone in ``person_ids`` absent, in one transaction (those never checked in,
    at the end of the session); ``spoke``: present instead, arrived when they first
    spoke (those who spoke but never checked in)."""

    def do(store: Database) -> tuple[AttendanceChange, ...]:
        from gsmeet.services.live.attendance import mark_absent, mark_speakers_present

        mark = mark_speakers_present if spoke else mark_absent
        return mark(store, meeting_id, person_ids, now=now())

    def back(
        store: Database, changes: tuple[AttendanceChange, ...]
    ) -> tuple[AttendanceChange, ...]:
        from gsmeet.services.live.attendance import undo_check_ins

        return undo_check_ins(store, changes)

    what = (
        QCoreApplication.translate("live", "Mark {count} present")
        if spoke
        else QCoreApplication.translate("live", "Mark {count} absent")
    )
    return Operation(
        what.format(count=len(person_ids)),
        do,
        back,
        back,
        touched(
            "gsmeet.services.live.attendance",
            "mark_speakers_present" if spoke else "mark_absent",
        ),
    )


# -- the session's start, its moves through the agenda, its end ---------------------------
#
# Each returns the times before and after (a Switch); undoing puts the times before back
# and redoing the times after (restore_times), so a step is taken back exactly, however
# long after it was taken.


def _flip(known: Known) -> Callable[[Database, Switch], Switch]:
    def flip(store: Database, switch: Switch) -> Switch:
        from gsmeet.services.live.session import restore_times

        restored = restore_times(store, switch.before)
        known.state = restored
        return Switch(switch.shown, restored)

    return flip


def _before(store: Database, meeting_id: int, known: Known) -> LiveState:
    from gsmeet.services.live.session import live_state

    return known.state if known.state is not None else live_state(store, meeting_id)


def start(meeting_id: int, at: datetime, known: Known, item_id: int | None = None) -> Operation:
    """The session starts ``at``, with ``item_id`` (else its first item not yet started)."""

    def do(store: Database) -> Switch:
        from gsmeet.services.live.session import start_session

        before = _before(store, meeting_id, known)
        known.state = start_session(store, meeting_id, now=at, first_item_id=item_id)
        return Switch(before, known.state)

    return Operation(
        QCoreApplication.translate("live", "Start the session"),
        do,
        _flip(known),
        _flip(known),
        touched("gsmeet.services.live.session", "start_session"),
        lambda _switch: QCoreApplication.translate("live", "The session is not started any more"),
    )


def move(meeting_id: int, item_id: int, at: datetime, known: Known) -> Operation:
    """``item_id`` becomes the current item ``at``."""

    def do(store: Database) -> Switch:
        from gsmeet.services.live.session import go_to_item

        before = known.state
        known.state = go_to_item(store, meeting_id, item_id, now=at)
        return Switch(before or known.state, known.state)

    return Operation(
        QCoreApplication.translate("live", "Go to another item"),
        do,
        _flip(known),
        _flip(known),
        touched("gsmeet.services.live.session", "go_to_item"),
    )


def end(meeting_id: int, now: Clock, known: Known) -> Operation:
    """The session ends (it is held); undone until its minutes are issued."""

    def do(store: Database) -> Switch:
        from gsmeet.services.live.session import end_session, live_state

        before = _before(store, meeting_id, known)
        end_session(store, meeting_id, now=now())
        known.state = live_state(store, meeting_id)
        return Switch(before, known.state)

    return Operation(
        QCoreApplication.translate("live", "End the session"),
        do,
        _flip(known),
        _flip(known),
        touched("gsmeet.services.live.session", "end_session"),
        lambda _switch: QCoreApplication.translate("live", "The session is in progress again"),
    )
