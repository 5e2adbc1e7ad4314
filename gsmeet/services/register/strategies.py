"""The strategy register: tracks → strategies → detailed tasks (세부과제) → dated
achievements (성과), what its editor shows and its edits.

A task's status change is also recorded as a :class:`TaskStatusChange` (at a meeting,
when made during one), because the minutes replay the register as it stood on each
meeting's date. How each edit is undone is listed in :mod:`gsmeet.services.register`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gsmeet.domain.agenda_plan import reorder
from gsmeet.domain.changes import STRATEGIES
from gsmeet.domain.edits import KEEP, Keep, Move, NotThatRemoval, Removal, ensure_editable
from gsmeet.domain.enums import DatePrecision, Field, TaskStatus, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.records import AchievementRecord, TaskRecord
from gsmeet.domain.register import AchievementUpdate, StrategyNode, TaskNode, TaskUpdate, TrackNode
from gsmeet.services.changes import touches
from gsmeet.services.edits import BlankField, apply_changes, clean_text, get_row
from gsmeet.services.lookups import subcommittee_names
from gsmeet.services.offline.here import ensure_here
from gsmeet.services.records import achievement_record, task_record
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, RowRef, clear_and_remember, ref, roll_back, snapshot
from gsmeet.storage.models import Achievement, Meeting, Strategy, Task, TaskStatusChange, Track

# Column order of the records, so that plain rows build them: an ORM object per task
# would double the time to open a 500-task register.
TASK_COLUMNS: tuple[Any, ...] = (Task.id, Task.strategy_id, Task.title, Task.status, Task.owner)
TASK_COLUMNS += (Task.target_date, Task.progress, Task.note)
ACHIEVEMENT_COLUMNS: tuple[Any, ...] = (Achievement.id, Achievement.strategy_id)
ACHIEVEMENT_COLUMNS += (Achievement.task_id,)
ACHIEVEMENT_COLUMNS += (Achievement.occurred_on, Achievement.precision, Achievement.text)
ACHIEVEMENT_COLUMNS += (Achievement.figure, Achievement.meeting_id)


class ProgressOutOfRange(InvalidInputError):
    text = "Task '{title}': progress must be 0 to 100 %"


class TaskLeavesCommittee(InvalidInputError):
    text = "A task can only move within its committee"


def strategy_tree(store: Database, committee_id: int, *, today: date) -> list[TrackNode]:
    """The whole register in register order; a task whose target date is before
    ``today`` and that is not finished is marked overdue."""
    with store.session() as s:
        tracks = s.scalars(
            select(Track).where(Track.committee_id == committee_id).order_by(Track.position)
        ).all()
        strategies = s.scalars(
            select(Strategy)
            .where(Strategy.track_id.in_([t.id for t in tracks]))
            .order_by(Strategy.position, Strategy.number)
        ).all()
        ids = [st.id for st in strategies]
        tasks: dict[int, list[tuple[TaskRecord, int]]] = defaultdict(list)
        row: Any  # a plain row, in the order of the record's fields
        for row in s.execute(
            select(*TASK_COLUMNS, Task.version, Task.position)
            .where(Task.strategy_id.in_(ids))
            .order_by(Task.position, Task.id)
        ):
            task = replace(TaskRecord(*row[:-2]), version=row[-2])
            tasks[task.strategy_id].append((task, row[-1]))
        found: dict[tuple[int, int | None], list[AchievementRecord]] = defaultdict(list)
        for row in s.execute(
            select(*ACHIEVEMENT_COLUMNS, Achievement.version)
            .where(Achievement.strategy_id.in_(ids))
            .order_by(Achievement.occurred_on, Achievement.id)
        ):
            a = AchievementRecord(*row)
            found[a.strategy_id, a.task_id].append(a)
        names = subcommittee_names(s, committee_id)

    def task_node(t: TaskRecord, position: int) -> TaskNode:
        overdue = t.target_date is not None and t.target_date < today
        return TaskNode(
            task=t,
            position=position,
            overdue=overdue and not t.status.is_finished,
            achievements=tuple(found[t.strategy_id, t.id]),
        )

    def strategy_node(st: Strategy) -> StrategyNode:
        return StrategyNode(
            id=st.id,
            track_id=st.track_id,
            number=st.number,
            name=st.name,
            summary=st.summary,
            subcommittee_id=st.subcommittee_id,
            subcommittee=names.get(st.subcommittee_id or -1, ""),
            position=st.position,
            tasks=tuple(task_node(*pair) for pair in tasks[st.id]),
            achievements=tuple(found[st.id, None]),
            retired_on=st.retired_on,
            version=st.version,
        )

    return [
        TrackNode(
            t.id,
            t.name,
            t.position,
            tuple(strategy_node(st) for st in strategies if st.track_id == t.id),
            t.retired_on,
            t.version,
        )
        for t in tracks
    ]


def _committee(s: Session, strategy_id: int) -> int:
    committee = s.scalar(
        select(Track.committee_id)
        .join(Strategy, Strategy.track_id == Track.id)
        .where(Strategy.id == strategy_id)
    )
    if committee is None:
        raise NoSuchRecord(what=Thing.STRATEGY, id=strategy_id)
    return committee


def _check_meeting(s: Session, meeting_id: int | None, strategy_id: int) -> None:
    """A meeting something is recorded at: of this committee, its minutes not issued
    (they would change when rendered again)."""
    if meeting_id is None:
        return
    meeting = s.get(Meeting, meeting_id)
    if meeting is None or meeting.committee_id != _committee(s, strategy_id):
        raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
    ensure_editable(meeting)
    ensure_here(s, meeting_id)


def _check_task(task: Task) -> None:
    if not task.title:
        raise BlankField(what=Field.TASK_TITLE)
    if not 0 <= task.progress <= 100:
        raise ProgressOutOfRange(title=task.title)


def _siblings(s: Session, strategy_id: int) -> list[Task]:
    query = select(Task).where(Task.strategy_id == strategy_id)
    return list(s.scalars(query.order_by(Task.position, Task.id)))


def _number(tasks: list[Task], order: list[int]) -> None:
    by_id = {t.id: t for t in tasks}
    for position, task_id in enumerate(order, start=1):
        by_id[task_id].position = position


@touches(STRATEGIES)
def add_task(
    store: Database,
    strategy_id: int,
    *,
    title: str,
    status: TaskStatus = TaskStatus.PLANNED,
    owner: str = "",
    target_date: date | None = None,
    progress: int = 0,
    note: str = "",
    index: int | None = None,
) -> TaskRecord:
    """Add a task to a strategy, at ``index`` among its tasks (default: last)."""
    with store.session() as s:
        _committee(s, strategy_id)
        siblings = _siblings(s, strategy_id)
        task = Task(
            strategy_id=strategy_id,
            title=" ".join(title.split()),
            status=status,
            owner=owner.strip(),
            target_date=target_date,
            progress=progress,
            note=note.strip(),
        )
        _check_task(task)
        s.add(task)
        s.flush()
        order = reorder(
            [t.id for t in siblings], task.id, len(siblings) if index is None else index
        )
        _number([*siblings, task], order)
        s.flush()
        return task_record(task)


@touches(STRATEGIES)
def update_task(
    store: Database,
    task_id: int,
    *,
    title: str | Keep = KEEP,
    status: TaskStatus | Keep = KEEP,
    owner: str | Keep = KEEP,
    target_date: date | Keep | None = KEEP,
    progress: int | Keep = KEEP,
    note: str | Keep = KEEP,
    meeting_id: int | None = None,
    status_note: str = "",
    changed_at: datetime | None = None,
) -> TaskUpdate:
    """Edit a task. A new status is recorded as a status change (at ``meeting_id``
    when made during a meeting), with ``status_note``."""
    with store.session() as s:
        task: Task = get_row(s, Task, task_id, Thing.TASK)
        previous, before = task_record(task), (snapshot(task),)
        owner = owner if isinstance(owner, Keep) else owner.strip()
        note = note if isinstance(note, Keep) else note.strip()
        title = clean_text(title, Field.TASK_TITLE, required=True)
        apply_changes(task, title=title, owner=owner, target_date=target_date, note=note)
        apply_changes(task, progress=progress)
        created: tuple[RowRef, ...] = ()
        if not isinstance(status, Keep) and status is not task.status:
            _check_meeting(s, meeting_id, task.strategy_id)
            change = TaskStatusChange(
                task_id=task.id,
                meeting_id=meeting_id,
                changed_at=changed_at or datetime.now().replace(microsecond=0),
                old_status=task.status,
                new_status=status,
                note=status_note.strip(),
            )
            task.status = status
            s.add(change)
            s.flush()
            created = (ref(change),)
        _check_task(task)
        return TaskUpdate(task_record(task), previous, Journal(created, before))


@touches(STRATEGIES)
def delete_task(store: Database, task_id: int) -> Removal:
    """Delete a task with its status history; its achievements stay, untied."""
    with store.session() as s:
        task: Task = get_row(s, Task, task_id, Thing.TASK)
        siblings = _siblings(s, task.strategy_id)
        history = list(
            s.scalars(select(TaskStatusChange).where(TaskStatusChange.task_id == task_id))
        )
        for change in history:  # a change recorded in issued minutes is part of them
            _check_meeting(s, change.meeting_id, task.strategy_id)
        removal = Removal(
            kind="task",
            id=task_id,
            index=[t.id for t in siblings].index(task_id),
            undo=Journal(
                before=(snapshot(task), *(snapshot(c) for c in history)),
                cleared=clear_and_remember(s, Achievement, "task_id", [task_id]),
            ),
        )
        s.execute(delete(TaskStatusChange).where(TaskStatusChange.task_id == task_id))
        s.execute(delete(Task).where(Task.id == task_id))
        rest = [t for t in siblings if t.id != task_id]
        _number(rest, [t.id for t in rest])
        return removal


@touches(STRATEGIES)
def restore_task(store: Database, removal: Removal) -> TaskRecord:
    """Put back a task :func:`delete_task` removed: same id, place and history."""
    if removal.kind != "task":
        raise NotThatRemoval(kind=removal.kind)
    with store.session() as s:
        roll_back(s, removal.undo)
        task = s.get_one(Task, removal.id)
        siblings = _siblings(s, task.strategy_id)
        _number(siblings, reorder([t.id for t in siblings], task.id, removal.index))
        return task_record(task)


@touches(STRATEGIES)
def move_task(
    store: Database, task_id: int, new_index: int, new_strategy_id: int | Keep = KEEP
) -> Move:
    """Move a task to ``new_index`` among its strategy's tasks, or to another strategy
    of the committee. Moving it back to the old place undoes it."""
    with store.session() as s:
        task: Task = get_row(s, Task, task_id, Thing.TASK)
        old_strategy = task.strategy_id
        strategy = old_strategy if isinstance(new_strategy_id, Keep) else new_strategy_id
        if _committee(s, strategy) != _committee(s, old_strategy):
            raise TaskLeavesCommittee()
        old = _siblings(s, old_strategy)
        old_order = [t.id for t in old]
        new = old if strategy == old_strategy else _siblings(s, strategy)
        order = reorder([t.id for t in new], task_id, new_index)
        task.strategy_id = strategy
        if strategy != old_strategy:
            rest = [t for t in old if t.id != task_id]
            _number(rest, [t.id for t in rest])
        _number([*new, task], order)
        return Move(
            task_id,
            old_strategy,
            old_order.index(task_id),
            strategy,
            order.index(task_id),
            tuple(old_order),
        )


def _check_achievement(s: Session, a: Achievement) -> None:
    if not a.text:
        raise BlankField(what=Field.ACHIEVEMENT_TEXT)
    if a.task_id is not None:
        task = s.get(Task, a.task_id)
        if task is None or task.strategy_id != a.strategy_id:
            raise NoSuchRecord(what=Thing.TASK, id=a.task_id)
    _check_meeting(s, a.meeting_id, a.strategy_id)


@touches(STRATEGIES)
def add_achievement(
    store: Database,
    strategy_id: int,
    *,
    occurred_on: date,
    text: str,
    precision: DatePrecision = DatePrecision.DAY,
    figure: str = "",
    task_id: int | None = None,
    meeting_id: int | None = None,
) -> AchievementRecord:
    """Record an achievement (성과) of a strategy, optionally of one of its tasks and
    reported at a meeting."""
    with store.session() as s:
        _committee(s, strategy_id)
        achievement = Achievement(
            strategy_id=strategy_id,
            task_id=task_id,
            occurred_on=occurred_on,
            precision=precision,
            text=" ".join(text.split()),
            figure=figure.strip(),
            meeting_id=meeting_id,
        )
        _check_achievement(s, achievement)
        s.add(achievement)
        s.flush()
        return achievement_record(achievement)


@touches(STRATEGIES)
def update_achievement(
    store: Database,
    achievement_id: int,
    *,
    occurred_on: date | Keep = KEEP,
    precision: DatePrecision | Keep = KEEP,
    text: str | Keep = KEEP,
    figure: str | Keep = KEEP,
    task_id: int | Keep | None = KEEP,
    meeting_id: int | Keep | None = KEEP,
) -> AchievementUpdate:
    """Edit an achievement; returns it after and before."""
    with store.session() as s:
        a: Achievement = get_row(s, Achievement, achievement_id, Thing.ACHIEVEMENT)
        previous, before = achievement_record(a), (snapshot(a),)
        text = clean_text(text, Field.ACHIEVEMENT_TEXT, required=True)
        figure = figure if isinstance(figure, Keep) else figure.strip()
        apply_changes(a, occurred_on=occurred_on, precision=precision, text=text, figure=figure)
        apply_changes(a, task_id=task_id, meeting_id=meeting_id)
        _check_achievement(s, a)
        return AchievementUpdate(achievement_record(a), previous, Journal(before=before))


@touches(STRATEGIES)
def delete_achievement(store: Database, achievement_id: int) -> Removal:
    """Delete an achievement; :func:`restore_achievement` puts it back."""
    with store.session() as s:
        a: Achievement = get_row(s, Achievement, achievement_id, Thing.ACHIEVEMENT)
        _check_meeting(s, a.meeting_id, a.strategy_id)
        removal = Removal("achievement", achievement_id, 0, Journal(before=(snapshot(a),)))
        s.execute(delete(Achievement).where(Achievement.id == achievement_id))
        return removal


@touches(STRATEGIES)
def restore_achievement(store: Database, removal: Removal) -> AchievementRecord:
    """Put back an achievement :func:`delete_achievement` removed, with the same id."""
    if removal.kind != "achievement":
        raise NotThatRemoval(kind=removal.kind)
    with store.session() as s:
        roll_back(s, removal.undo)
        return achievement_record(s.get_one(Achievement, removal.id))
