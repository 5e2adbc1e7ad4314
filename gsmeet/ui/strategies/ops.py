"""The strategy register's database work: reading the tree, and undoable edits of tasks
and achievements. Services are imported inside the jobs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from gsmeet.domain.edits import Move, Removal
    from gsmeet.domain.records import AchievementRecord, TaskRecord
    from gsmeet.domain.register import TaskUpdate, TrackNode
    from gsmeet.services.register.framework import FrameEdit
    from gsmeet.services.store import Database


def _text(translated: str, **values: object) -> str:
    return translated.format(**values)


def load_tree(committee_id: int, today: date) -> Callable[[Database], tuple[TrackNode, ...]]:
    def job(store: Database) -> tuple[TrackNode, ...]:
        from gsmeet.services.register import strategy_tree

        return tuple(strategy_tree(store, committee_id, today=today))

    return job


def update_task(task_id: int, title: str, fields: Mapping[str, Any]) -> Operation:
    def do(store: Database) -> TaskUpdate:
        from gsmeet.services.register import update_task

        return update_task(store, task_id, **fields)

    def undo(store: Database, update: TaskUpdate) -> None:
        from gsmeet.services.register import revert_update

        revert_update(store, update)

    def redo(store: Database, _nothing: None) -> TaskUpdate:
        return do(store)

    what = (
        _text(QCoreApplication.translate("strategies", "Change the status of {task}"), task=title)
        if set(fields) == {"status"}
        else _text(QCoreApplication.translate("strategies", "Edit task {task}"), task=title)
    )
    return Operation(what, do, undo, redo, touched("gsmeet.services.register", "update_task"))


def add_task(strategy_id: int, title: str, index: int | None) -> Operation:
    def do(store: Database) -> TaskRecord:
        from gsmeet.services.register import add_task

        return add_task(store, strategy_id, title=title, index=index)

    def undo(store: Database, task: TaskRecord) -> Removal:
        from gsmeet.services.register import delete_task

        return delete_task(store, task.id)

    def redo(store: Database, removal: Removal) -> TaskRecord:
        from gsmeet.services.register import restore_task

        return restore_task(store, removal)

    return Operation(
        _text(QCoreApplication.translate("strategies", "Add task {task}"), task=title),
        do,
        undo,
        redo,
        touched("gsmeet.services.register", "add_task"),
    )


def delete_task(task_id: int, title: str) -> Operation:
    def do(store: Database) -> Removal:
        from gsmeet.services.register import delete_task

        return delete_task(store, task_id)

    def undo(store: Database, removal: Removal) -> TaskRecord:
        from gsmeet.services.register import restore_task

        return restore_task(store, removal)

    def redo(store: Database, _task: TaskRecord) -> Removal:
        return do(store)

    return Operation(
        _text(QCoreApplication.translate("strategies", "Delete task {task}"), task=title),
        do,
        undo,
        redo,
        touched("gsmeet.services.register", "delete_task"),
    )


def move_task(task_id: int, title: str, new_index: int) -> Operation:
    """Move a task among its strategy's tasks; moving back to the old place undoes it."""

    def do(store: Database) -> Move:
        from gsmeet.services.register import move_task

        return move_task(store, task_id, new_index)

    def back(store: Database, move: Move) -> Move:
        from gsmeet.services.register import move_task

        assert move.old_parent_id is not None  # a task always has its strategy
        return move_task(store, task_id, move.old_index, move.old_parent_id)

    return Operation(
        _text(QCoreApplication.translate("strategies", "Move task {task}"), task=title),
        do,
        back,
        back,
        touched("gsmeet.services.register", "move_task"),
    )


def add_achievement(strategy_id: int, fields: Mapping[str, Any]) -> Operation:
    def do(store: Database) -> AchievementRecord:
        from gsmeet.services.register import add_achievement

        return add_achievement(store, strategy_id, **fields)

    def undo(store: Database, achievement: AchievementRecord) -> Removal:
        from gsmeet.services.register import delete_achievement

        return delete_achievement(store, achievement.id)

    def redo(store: Database, removal: Removal) -> AchievementRecord:
        from gsmeet.services.register import restore_achievement

        return restore_achievement(store, removal)

    text = _text(
        QCoreApplication.translate("strategies", "Add achievement {text}"),
        text=str(fields.get("text", ""))[:30],
    )
    return Operation(text, do, undo, redo, touched("gsmeet.services.register", "add_achievement"))


def delete_achievement(achievement_id: int, text: str) -> Operation:
    def do(store: Database) -> Removal:
        from gsmeet.services.register import delete_achievement

        return delete_achievement(store, achievement_id)

    def undo(store: Database, removal: Removal) -> AchievementRecord:
        from gsmeet.services.register import restore_achievement

        return restore_achievement(store, removal)

    def redo(store: Database, _record: AchievementRecord) -> Removal:
        return do(store)

    return Operation(
        _text(
            QCoreApplication.translate("strategies", "Delete achievement {text}"), text=text[:30]
        ),
        do,
        undo,
        redo,
        touched("gsmeet.services.register", "delete_achievement"),
    )


def frame_edit(text: str, call: Callable[[Database], FrameEdit]) -> Operation:
    """An edit of a track or strategy (add, rename, move, retire): undo puts the rows
    back as they were, redo repeats the call."""

    def undo(store: Database, edit: FrameEdit) -> None:
        from gsmeet.services.register.framework import undo_frame_edit

        undo_frame_edit(store, edit)

    def redo(store: Database, _nothing: None) -> FrameEdit:
        return call(store)

    changes = touched("gsmeet.services.register.framework", "add_track")
    return Operation(text, call, undo, redo, changes)


def add_track(committee_id: int, name: str) -> Operation:
    def call(store: Database) -> FrameEdit:
        from gsmeet.services.register.framework import add_track

        return add_track(store, committee_id, name)

    text = QCoreApplication.translate("strategies", "Add track {name}").format(name=name)
    return frame_edit(text, call)


def add_strategy(track_id: int, name: str, subcommittee_id: int | None) -> Operation:
    def call(store: Database) -> FrameEdit:
        from gsmeet.services.register.framework import add_strategy

        return add_strategy(store, track_id, name, subcommittee_id=subcommittee_id)

    text = QCoreApplication.translate("strategies", "Add strategy {name}").format(name=name)
    return frame_edit(text, call)


def rename(kind: str, row_id: int, old: str, name: str) -> Operation:
    def call(store: Database) -> FrameEdit:
        from gsmeet.services.register.framework import rename_track, update_strategy

        if kind == "track":
            return rename_track(store, row_id, name)
        return update_strategy(store, row_id, name=name)

    text = QCoreApplication.translate("strategies", "Rename {old}").format(old=old)
    return frame_edit(text, call)


def move(kind: str, row_id: int, name: str, track_id: int, index: int) -> Operation:
    def call(store: Database) -> FrameEdit:
        from gsmeet.services.register.framework import move_strategy, move_track

        if kind == "track":
            return move_track(store, row_id, index)
        return move_strategy(store, row_id, track_id, index)

    text = QCoreApplication.translate("strategies", "Move {name}").format(name=name)
    return frame_edit(text, call)


def retire(kind: str, row_id: int, name: str, on: date | None) -> Operation:
    def call(store: Database) -> FrameEdit:
        from gsmeet.services.register.framework import retire_strategy, retire_track

        if kind == "track":
            return retire_track(store, row_id, on)
        return retire_strategy(store, row_id, on)

    text = (
        QCoreApplication.translate("strategies", "Retire {name}")
        if on is not None
        else QCoreApplication.translate("strategies", "Bring back {name}")
    ).format(name=name)
    return frame_edit(text, call)


def load_subcommittees(committee_id: int) -> Callable[[Database], tuple[tuple[int, str], ...]]:
    def job(store: Database) -> tuple[tuple[int, str], ...]:
        from gsmeet.services.committees import subcommittees_of

        return subcommittees_of(store, committee_id)

    return job
