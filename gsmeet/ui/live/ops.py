"""The live screen's database work, as jobs for the one worker thread: what it reads
(the session to run, its state, a briefing, the reviews), and every live edit as three
jobs: do it, undo it, redo it.

The services return what undoes each edit (see :mod:`gsmeet.services.live`); this
module is the one table of which inverse goes with which edit, so the window never
has to know. Services are imported inside the jobs: importing them pulls in SQLAlchemy,
which the GUI thread must not pay for (and ui/ may not import storage at all).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from gsmeet.domain.edits import KEEP, Keep
from gsmeet.domain.entry import EntryKind, EntryResult
from gsmeet.domain.enums import (
    AttendanceStatus,
    MeetingStatus,
    ReviewOutcome,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.errors import NotFoundError
from gsmeet.domain.live import RemarkEdit
from gsmeet.domain.records import RemarkRecord
from gsmeet.ui.kit.text import clock, person_with_role
from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import AttendanceChange, BriefingView, LiveState, ReviewItem
    from gsmeet.services.store import Database

Clock = Callable[[], datetime]
GIST = 40  # characters of a remark the status line quotes

# -- reads ------------------------------------------------------------------------------


class NoSessionToRun(NotFoundError):
    text = "There is no session to run: every session was held already"


class Started(NamedTuple):
    state: LiveState
    database: Path  # the committee database, which keys the drafts


def session_to_run(store: Database, committee_id: int | None = None) -> int:
    """The meeting live mode opens when none is named: the one in progress, else the
    next one not yet held (earliest date, then number), of ``committee_id`` or of any
    committee."""
    from gsmeet.services.meetings import list_committees, list_meetings

    committees = [c.id for c in list_committees(store)]
    if committee_id is not None:
        committees = [c for c in committees if c == committee_id]
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


def start(
    meeting_id: int | None, now: datetime, committee_id: int | None = None
) -> Callable[[Database], Started]:
    def job(store: Database) -> Started:
        from gsmeet.services.live.session import start_session

        wanted = meeting_id if meeting_id is not None else session_to_run(store, committee_id)
        return Started(start_session(store, wanted, now=now), store.path)

    return job


def state(meeting_id: int) -> Callable[[Database], LiveState]:
    def job(store: Database) -> LiveState:
        from gsmeet.services.live.session import live_state

        return live_state(store, meeting_id)

    return job


def briefing(meeting_id: int, item_id: int) -> Callable[[Database], BriefingView]:
    def job(store: Database) -> BriefingView:
        from gsmeet.services.live import briefings

        return briefings.briefing(store, meeting_id, item_id)

    return job


def reviews(meeting_id: int) -> Callable[[Database], list[ReviewItem]]:
    def job(store: Database) -> list[ReviewItem]:
        from gsmeet.services.live.reviews import actions_to_review

        return actions_to_review(store, meeting_id)

    return job


def checkpoint(store: Database) -> None:
    from gsmeet.services.live.session import idle_checkpoint

    idle_checkpoint(store)


# -- edits ------------------------------------------------------------------------------


def _gist(text: str, length: int = GIST) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


def removed(result: EntryResult, lang: Lang) -> str:
    """What undoing a saved entry took away, for the status line (``Remark deleted:
    김태형 18:53 성원이 되었으므로 …``)."""
    if result.remark is not None:
        remark = result.remark
        who = person_with_role(remark.speaker, lang) if remark.speaker is not None else ""
        what = " ".join(p for p in (who, clock(remark.spoken_at), _gist(remark.text)) if p)
        return QCoreApplication.translate("live", "Remark deleted: {what}").format(what=what)
    if result.decision is not None:
        return QCoreApplication.translate("live", "Decision deleted: {what}").format(
            what=_gist(result.decision.text)
        )
    assert result.action is not None
    return QCoreApplication.translate("live", "Action item deleted: {what}").format(
        what=_gist(result.action.title)
    )


def put_back(result: EntryResult) -> str:
    """What undoing a deletion put back."""
    record = result.remark or result.decision
    text = record.text if record is not None else result.action.title if result.action else ""
    return QCoreApplication.translate("live", "Restored: {what}").format(what=_gist(text))


def _delete_entry(store: Database, saved: EntryResult) -> EntryResult:
    from gsmeet.services.live.actions import delete_action
    from gsmeet.services.live.entries import delete_decision, delete_remark

    if saved.remark is not None:
        return EntryResult(saved.kind, remark=delete_remark(store, saved.remark.id))
    if saved.decision is not None:
        return EntryResult(saved.kind, decision=delete_decision(store, saved.decision.id))
    assert saved.action is not None
    return EntryResult(saved.kind, action=delete_action(store, saved.action.id))


def _restore_entry(store: Database, gone: EntryResult) -> EntryResult:
    from gsmeet.services.live.actions import restore_action
    from gsmeet.services.live.entries import restore_decision, restore_remark

    if gone.remark is not None:
        return EntryResult(gone.kind, remark=restore_remark(store, gone.remark))
    if gone.decision is not None:
        return EntryResult(gone.kind, decision=restore_decision(store, gone.decision))
    assert gone.action is not None
    return EntryResult(gone.kind, action=restore_action(store, gone.action))


_ENTRIES = touched("gsmeet.services.live.entries", "add_entry", "delete_remark")


def entry(
    meeting_id: int,
    item_id: int,
    text: str,
    speaker_id: int | None,
    now: Clock,
    *,
    lang: Lang,
) -> Operation:
    """A typed entry (remark, ``결정:`` decision or ``조치:`` action item)."""

    def do(store: Database) -> EntryResult:
        from gsmeet.services.live.entries import add_entry

        return add_entry(store, meeting_id, item_id, text, speaker_id=speaker_id, now=now())

    return Operation(
        QCoreApplication.translate("live", "Save an entry"),
        do,
        _delete_entry,
        _restore_entry,
        _ENTRIES,
        lambda gone: removed(gone, lang),
    )


def decision(
    item_id: int,
    text: str,
    mode: VoteMode,
    votes: tuple[int | None, int | None, int | None],
    *,
    lang: Lang,
) -> Operation:
    def do(store: Database) -> EntryResult:
        from gsmeet.services.live.entries import add_decision

        votes_for, against, abstentions = votes
        record = add_decision(
            store,
            item_id,
            text,
            vote_mode=mode,
            votes_for=votes_for,
            votes_against=against,
            abstentions=abstentions,
        )
        return EntryResult(EntryKind.DECISION, decision=record)

    return Operation(
        QCoreApplication.translate("live", "Record a decision"),
        do,
        _delete_entry,
        _restore_entry,
        touched("gsmeet.services.live.entries", "add_decision"),
        lambda gone: removed(gone, lang),
    )


def action(
    item_id: int, title: str, owner: str, due_on: date | None, detail: str, *, lang: Lang
) -> Operation:
    def do(store: Database) -> EntryResult:
        from gsmeet.services.live.actions import add_action

        record = add_action(store, item_id, title, owner=owner, due_on=due_on, detail=detail)
        return EntryResult(EntryKind.ACTION, action=record)

    return Operation(
        QCoreApplication.translate("live", "Record an action item"),
        do,
        _delete_entry,
        _restore_entry,
        touched("gsmeet.services.live.actions", "add_action"),
        lambda gone: removed(gone, lang),
    )


def delete(saved: EntryResult) -> Operation:
    """Deleting a remark, decision or action item: the inverse of adding one."""
    return Operation(
        QCoreApplication.translate("live", "Delete"),
        lambda store: _delete_entry(store, saved),
        _restore_entry,
        _delete_entry,
        _ENTRIES,
        put_back,
    )


def remark_update(
    remark_id: int,
    *,
    text: str | Keep = KEEP,
    speaker_id: int | Keep | None = KEEP,
    item_id: int | Keep = KEEP,
) -> Operation:
    """Edit a remark's text, change its speaker or move it to another item."""

    def do(store: Database) -> RemarkEdit:
        from gsmeet.services.live.entries import update_remark

        return update_remark(
            store, remark_id, text=text, speaker_id=speaker_id, agenda_item_id=item_id
        )

    def back(store: Database, edit: RemarkEdit) -> RemarkEdit:
        from gsmeet.services.live.entries import update_remark

        was: RemarkRecord = edit.previous
        return update_remark(
            store,
            was.id,
            text=was.text,
            speaker_id=was.speaker.id if was.speaker is not None else None,
            agenda_item_id=was.agenda_item_id,
        )

    return Operation(
        QCoreApplication.translate("live", "Edit a remark"),
        do,
        back,
        back,
        touched("gsmeet.services.live.entries", "update_remark"),
    )


def check_in(
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus,
    *,
    now: Clock,
    reason: str,
    proxy: str,
    name: str,
) -> Operation:
    def do(store: Database) -> AttendanceChange:
        from gsmeet.services.live import attendance

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

    def redo(store: Database, record: Any) -> Any:
        from gsmeet.services.live.briefings import restore_achievement

        return restore_achievement(store, record)

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


def end(meeting_id: int, now: Clock) -> Operation:
    """Ending the session; undone by reopening it. Each step returns the new state."""

    def do(store: Database) -> LiveState:
        from gsmeet.services.live.session import end_session, live_state

        end_session(store, meeting_id, now=now())
        return live_state(store, meeting_id)

    def undo(store: Database, _state: LiveState) -> LiveState:
        from gsmeet.services.live.session import reopen_session

        return reopen_session(store, meeting_id)

    return Operation(
        QCoreApplication.translate("live", "End the session"),
        do,
        undo,
        lambda store, _state: do(store),
        touched("gsmeet.services.live.session", "end_session"),
        lambda _state: QCoreApplication.translate("live", "The session is in progress again"),
    )
