"""What a window's own edits left (the rows' versions its history remembers) never
refuses an edit wrongly: not after another database is opened, not for a new row that
took a deleted row's id (SQLite gives the highest id again)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gsmeet.domain.edits import GoneMeanwhile, Seen
from gsmeet.domain.enums import Thing
from gsmeet.domain.register import TrackNode, seen_in
from gsmeet.services.register import add_task, delete_task, strategy_tree, update_task
from gsmeet.services.store import open_database
from gsmeet.storage.db import Store
from gsmeet.ui.kit.undo import History
from tests.services.register.conftest import COMMITTEE, DAY


def tree(store: Store) -> list[TrackNode]:
    return strategy_tree(store, COMMITTEE, today=DAY)


def title_of(store: Store, task_id: int) -> str:
    return next(
        n.task.title
        for t in tree(store)
        for s in t.strategies
        for n in s.tasks
        if n.task.id == task_id
    )


def test_an_edit_in_another_database_is_not_checked_against_this_ones(
    demo_db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    shutil.copyfile(demo_db, other)
    history = History(None)  # type: ignore[arg-type]  # (based_on needs no worker)
    first = open_database(demo_db)
    task = next(n.task for t in tree(first) for s in t.strategies for n in s.tasks)
    for progress in (11, 12):  # this window raised the task to version 3 here
        history.based_on(
            seen_in(tree(first)), first, lambda p=progress: update_task(first, task.id, progress=p)
        )
    first.close()
    history.clear()  # what the window does when it opens another database

    second = open_database(other)  # the same ids, each at version 1
    history.based_on(
        seen_in(tree(second)), second, lambda: update_task(second, task.id, title="다른 파일")
    )
    assert title_of(second, task.id) == "다른 파일"
    second.close()


def test_a_new_row_on_a_deleted_rows_id_can_be_edited(demo_db: Path) -> None:
    store = open_database(demo_db)
    history = History(None)  # type: ignore[arg-type]
    strategy = tree(store)[-1].strategies[-1]
    made = history.based_on(
        seen_in(tree(store)), store, lambda: add_task(store, strategy.id, title="새 과제")
    )
    history.based_on(
        seen_in(tree(store)), store, lambda: update_task(store, made.id, title="이름 바꿈")
    )
    history.based_on(seen_in(tree(store)), store, lambda: delete_task(store, made.id))
    again = history.based_on(
        seen_in(tree(store)), store, lambda: add_task(store, strategy.id, title="다시 새 과제")
    )
    assert again.id == made.id  # (SQLite gave the id again: what this test is about)
    history.based_on(
        seen_in(tree(store)), store, lambda: update_task(store, again.id, title="고친 이름")
    )
    assert title_of(store, again.id) == "고친 이름"
    store.close()


def test_a_row_never_changed_at_another_version_is_said_to_be_gone(demo_db: Path) -> None:
    """A screen that showed a row at a version the database never had for it (the row
    it showed was deleted and a new one took its id, changed by nobody yet): refused
    as of a deleted row, not as "changed by ? at None"."""
    store = open_database(demo_db)
    task = next(n.task for t in tree(store) for s in t.strategies for n in s.tasks)
    screen = Seen.of(Thing.TASK, [(task.id, 5)])
    history = History(None)  # type: ignore[arg-type]
    with pytest.raises(GoneMeanwhile):
        history.based_on(screen, store, lambda: update_task(store, task.id, title="고침"))
    assert title_of(store, task.id) == task.title
    store.close()
