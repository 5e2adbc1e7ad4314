"""Status briefings during the session: a strategy's tasks with what changed since the
previous session, and the status changes and achievements recorded there, written
back to the register and linked to the meeting.

Undo: ``change_task_status`` by ``undo_task_status_change`` on the change's id (the
task's status goes back and the change row is deleted); ``record_achievement`` by
``delete_achievement``; ``delete_achievement`` by ``restore_achievement``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD, STRATEGIES
from gsmeet.domain.edits import Deleted
from gsmeet.domain.enums import DatePrecision, Field, TaskStatus, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.live import BriefingView, TaskStatusEdit
from gsmeet.domain.records import AchievementRecord, TaskRecord
from gsmeet.services.changes import touches
from gsmeet.services.edits import BlankField, bring_back, delete_row
from gsmeet.services.live.common import ItemNotInMeeting, get_item, get_meeting, naive
from gsmeet.services.records import achievement_record, summary, task_change_record, task_record
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    Achievement,
    Meeting,
    Strategy,
    Subcommittee,
    Task,
    TaskStatusChange,
    Track,
)


class NotABriefing(InvalidInputError):
    text = "'{title}' is not a status briefing: it has no strategy"


class TaskAlreadyAt(InvalidInputError):
    text = "Task '{title}' is already '{status}'"


class TaskChangedSince(InvalidInputError):
    text = "Task '{title}' changed again since; undo the later change first"


def briefing(store: Database, meeting_id: int, item_id: int) -> BriefingView:
    """The status briefing of ``item_id``'s strategy: its tasks, the status changes
    and the achievements since the previous session (or recorded at this one), and
    the tasks overdue on the meeting's date."""
    with store.session() as session:
        item, meeting = get_item(session, item_id, editing=False)
        if item.meeting_id != meeting_id:
            raise ItemNotInMeeting(id=item_id)
        if item.strategy_id is None:
            raise NotABriefing(title=item.title)
        strategy = session.get_one(Strategy, item.strategy_id)
        previous = session.scalars(
            select(Meeting)
            .where(Meeting.committee_id == meeting.committee_id, Meeting.held_on < meeting.held_on)
            .order_by(Meeting.held_on.desc(), Meeting.number.desc())
            .limit(1)
        ).first()
        # As the minutes read it: since the end of the previous session's day, up to
        # the end of this one's, and whatever was recorded at this meeting.
        since = datetime.combine(previous.held_on, time.max) if previous else datetime.min
        until = datetime.combine(meeting.held_on, time.max)
        tasks = list(
            session.scalars(
                select(Task).where(Task.strategy_id == strategy.id).order_by(Task.position, Task.id)
            )
        )
        titles = {t.id: t.title for t in tasks}
        changes = [
            task_change_record(c, titles[c.task_id])
            for c in session.scalars(
                select(TaskStatusChange)
                .where(
                    TaskStatusChange.task_id.in_(titles),
                    or_(
                        TaskStatusChange.meeting_id == meeting.id,
                        (TaskStatusChange.changed_at > since)
                        & (TaskStatusChange.changed_at <= until),
                    ),
                )
                .order_by(TaskStatusChange.changed_at, TaskStatusChange.id)
            )
        ]
        first_old: dict[int, TaskStatus] = {}
        for change in changes:
            first_old.setdefault(change.task_id, change.old_status)
        records = [task_record(t, previous=first_old.get(t.id)) for t in tasks]
        new_since = previous.held_on if previous else date.min
        achievements = [
            achievement_record(a)
            for a in session.scalars(
                select(Achievement)
                .where(
                    Achievement.strategy_id == strategy.id,
                    or_(
                        Achievement.meeting_id == meeting.id,
                        Achievement.meeting_id.is_(None)
                        & (Achievement.occurred_on > new_since)
                        & (Achievement.occurred_on <= meeting.held_on),
                    ),
                )
                .order_by(Achievement.occurred_on, Achievement.id)
            )
        ]
        subcommittee = (
            session.get(Subcommittee, strategy.subcommittee_id)
            if strategy.subcommittee_id is not None
            else None
        )
        return BriefingView(
            meeting_id=meeting.id,
            item_id=item.id,
            strategy_id=strategy.id,
            strategy_number=strategy.number,
            strategy_name=strategy.name,
            subcommittee=subcommittee.name if subcommittee else "",
            previous=summary(previous) if previous else None,
            tasks=tuple(records),
            changes=tuple(changes),
            achievements=tuple(achievements),
            overdue=tuple(
                r
                for r in records
                if r.target_date is not None
                and r.target_date < meeting.held_on
                and not r.status.is_finished
            ),
        )


@touches(RECORD, STRATEGIES)
def change_task_status(
    store: Database,
    meeting_id: int,
    task_id: int,
    new_status: TaskStatus,
    *,
    now: datetime,
    note: str = "",
) -> TaskStatusEdit:
    """Set a task's status in the register, recorded as a status change made at this
    meeting. ``undo_task_status_change(edit.change.id)`` undoes it."""
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        task = _task_of_committee(session, task_id, meeting.committee_id)
        if task.status is new_status:
            raise TaskAlreadyAt(title=task.title, status=new_status)
        change = TaskStatusChange(
            task_id=task.id,
            meeting_id=meeting.id,
            changed_at=naive(now),
            old_status=task.status,
            new_status=new_status,
            note=note.strip(),
        )
        task.status = new_status
        session.add(change)
        session.flush()
        return TaskStatusEdit(task_change_record(change, task.title), task_record(task))


@touches(RECORD, STRATEGIES)
def undo_task_status_change(store: Database, change_id: int) -> TaskRecord:
    """Undo a status change: the task's status goes back and the change is deleted.
    Only the task's latest change can be undone (later ones come first)."""
    with store.session() as session:
        change = session.get(TaskStatusChange, change_id)
        if change is None:
            raise NoSuchRecord(what=Thing.TASK_STATUS_CHANGE, id=change_id)
        if change.meeting_id is not None:
            get_meeting(session, change.meeting_id, editing=True)
        task = session.get_one(Task, change.task_id)
        later = session.scalars(
            select(TaskStatusChange.id).where(
                TaskStatusChange.task_id == task.id, TaskStatusChange.id > change.id
            )
        ).first()
        if later is not None or task.status is not change.new_status:
            raise TaskChangedSince(title=task.title)
        task.status = change.old_status
        session.delete(change)
        session.flush()
        return task_record(task)


@touches(RECORD, STRATEGIES)
def record_achievement(
    store: Database,
    meeting_id: int,
    strategy_id: int,
    text: str,
    *,
    occurred_on: date,
    figure: str = "",
    task_id: int | None = None,
    precision: DatePrecision = DatePrecision.DAY,
) -> AchievementRecord:
    """Record an achievement (성과) of a strategy as reported at this meeting."""
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        strategy = _strategy_of_committee(session, strategy_id, meeting.committee_id)
        text = " ".join(text.split())
        if not text:
            raise BlankField(what=Field.ACHIEVEMENT_TEXT)
        if task_id is not None:
            task = session.get(Task, task_id)
            if task is None or task.strategy_id != strategy.id:
                raise NoSuchRecord(what=Thing.TASK, id=task_id)
        achievement = Achievement(
            strategy_id=strategy.id,
            task_id=task_id,
            occurred_on=occurred_on,
            precision=precision,
            text=text,
            figure=figure.strip(),
            meeting_id=meeting.id,
        )
        session.add(achievement)
        session.flush()
        return achievement_record(achievement)


@touches(RECORD, STRATEGIES)
def delete_achievement(store: Database, achievement_id: int) -> Deleted[AchievementRecord]:
    """Delete an achievement; ``restore_achievement`` on the result puts it back."""
    with store.session() as session:
        achievement = session.get(Achievement, achievement_id)
        if achievement is None:
            raise NoSuchRecord(what=Thing.ACHIEVEMENT, id=achievement_id)
        if achievement.meeting_id is not None:
            get_meeting(session, achievement.meeting_id, editing=True)
        record = achievement_record(achievement)
        return Deleted(record, delete_row(session, achievement))


@touches(RECORD, STRATEGIES)
def restore_achievement(store: Database, deleted: Deleted[AchievementRecord]) -> AchievementRecord:
    """Put a deleted achievement back: the same row (id, uid, links)."""
    with store.session() as session:
        if deleted.record.meeting_id is not None:
            get_meeting(session, deleted.record.meeting_id, editing=True)
        achievement = bring_back(session, deleted.undo, Achievement, Thing.ACHIEVEMENT)
        return achievement_record(achievement)


def _strategy_of_committee(session: Session, strategy_id: int, committee_id: int) -> Strategy:
    found = session.execute(
        select(Strategy, Track.committee_id)
        .join(Track, Track.id == Strategy.track_id)
        .where(Strategy.id == strategy_id)
    ).first()
    if found is None or found[1] != committee_id:
        raise NoSuchRecord(what=Thing.STRATEGY, id=strategy_id)
    strategy: Strategy = found[0]
    return strategy


def _task_of_committee(session: Session, task_id: int, committee_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NoSuchRecord(what=Thing.TASK, id=task_id)
    _strategy_of_committee(session, task.strategy_id, committee_id)
    return task
