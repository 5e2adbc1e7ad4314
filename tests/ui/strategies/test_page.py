"""The strategy register page: the tree model, overdue tasks, status editing through
the combo delegate, and adding, reordering and deleting tasks and adding achievements,
each undone and redone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import TaskStatus
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.strategies.achievement_dialog import AchievementDialog
from gsmeet.ui.strategies.model import OVERDUE, StrategyModel
from gsmeet.ui.strategies.page import StrategyPage

from ..conftest import WAIT_MS, OpenWindow

FIRST_STRATEGY = ("strategy", 1)


def open_strategies(qtbot: QtBot, window: MainWindow) -> StrategyPage:
    window.menu_actions.show_strategies.trigger()
    page = window.workspace.strategy_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)


def task_titles(page: StrategyPage, strategy: tuple[str, int] = FIRST_STRATEGY) -> list[str]:
    index = page.model.index_of(strategy)
    node = page.model.node(index)
    assert node is not None
    return [child.record.task.title for child in node.children if child.kind == "task"]


def test_the_tree_and_its_model(
    qtbot: QtBot, qtmodeltester: ModelTester, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_strategies(qtbot, window)
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # two tracks
    track = model.index(0, 0)
    assert model.rowCount(track) == 5
    strategy = model.index(0, 0, track)
    assert strategy.data() == "1. 4차 산업혁명 선도도시"
    assert model.index(0, StrategyModel.OWNER, track).data() == "4차 산업혁명 선도도시 분과"
    task = model.index(0, 0, strategy)
    assert task.data() == "도심형 자율주행트램 부품/모듈 기반조성"
    assert model.index(0, StrategyModel.STATUS, strategy).data() == "In progress"
    assert model.index(0, StrategyModel.PROGRESS, strategy).data() == "10%"
    achievement = model.index(0, 0, task)
    assert achievement.data().startswith("★ ")
    assert model.index(0, StrategyModel.TARGET, task).data() == "2019"  # known to the year
    assert page.view.isExpanded(strategy)

    overdue = [
        key
        for key in model.all_keys()
        if key[0] == "task" and model.index_of(key).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    ]
    assert len(overdue) == 1
    tip = model.index_of(overdue[0]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Overdue: the target date")
    assert "1 overdue" in page.summary.text()
    assert not model.flags(strategy) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, StrategyModel.STATUS, strategy)) & Qt.ItemFlag.ItemIsEditable


def test_status_through_the_combo_delegate_undo_redo(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_strategies(qtbot, window)
    cell = page.model.index_of(("task", 1), StrategyModel.STATUS)
    page.view.setFocus()
    page.view.setCurrentIndex(cell)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    combo = page.view.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "Planned",
        "In progress",
        "Delayed",
    ]
    combo.setCurrentIndex(combo.findData(TaskStatus.DONE))
    combo.activated.emit(combo.currentIndex())  # picked: committed at once

    def status() -> TaskStatus:
        node = page.model.node_of(("task", 1))
        assert node is not None
        return TaskStatus(node.record.task.status)

    qtbot.waitUntil(lambda: status() is TaskStatus.DONE, timeout=WAIT_MS)
    assert page.model.index_of(("task", 1), StrategyModel.STATUS).data() == "Done"
    assert window.menu_actions.undo.text().startswith("&Undo Change the status of")
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: status() is TaskStatus.IN_PROGRESS, timeout=WAIT_MS)
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: status() is TaskStatus.DONE, timeout=WAIT_MS)

    # A typed target date that is no date is refused with the reason.
    target = page.model.index_of(("task", 1), StrategyModel.TARGET)
    assert not page.model.setData(target, "2019-02-30")
    assert "month 2 has only 28 days" in window.statusBar().currentMessage()


def test_add_reorder_delete_tasks_and_an_achievement(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_strategies(qtbot, window)
    before = task_titles(page)
    assert len(before) == 5
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index_of(("task", 1)))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: task_titles(page)[1] == before[0], timeout=WAIT_MS)
    assert page.model.key(view.currentIndex()) == ("task", 1)  # the moved task stays selected
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: task_titles(page) == before, timeout=WAIT_MS)
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: task_titles(page)[1] == before[0], timeout=WAIT_MS)

    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a new task after the current one, its title edited
    qtbot.waitUntil(lambda: "New task" in task_titles(page), timeout=WAIT_MS)
    assert task_titles(page)[2] == "New task"
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState, timeout=WAIT_MS)
    editor = view.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Smart tram pilot")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Smart tram pilot" in task_titles(page), timeout=WAIT_MS)
    idle(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(task_titles(page)) == 5, timeout=WAIT_MS)
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: "Smart tram pilot" in task_titles(page), timeout=WAIT_MS)

    view.setCurrentIndex(page.model.index_of(("task", 1)))
    page.achievement_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AchievementDialog)
    assert dialog.task.currentData() == 1
    dialog.text.setText("시범운행 착수")
    dialog.day.setText("2019. 9. 2.")
    dialog.ok_button.click()
    node = page.model.node_of(("task", 1))

    def achievements() -> list[str]:
        found = page.model.node_of(("task", 1))
        assert found is not None
        return [a.text for a in found.record.achievements]

    qtbot.waitUntil(lambda: "시범운행 착수" in achievements(), timeout=WAIT_MS)
    assert node is not None
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: "시범운행 착수" not in achievements(), timeout=WAIT_MS)
