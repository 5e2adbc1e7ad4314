"""Preparing the next session from the window and building its agenda: the date field
that refuses an impossible date, the standing agenda, moving, nesting, adding and
removing items by keyboard and by drag and drop, editing cells, the forecast with its
overrun warning, and undo and redo of each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AgendaKind, MeetingStatus
from gsmeet.ui.agenda.builder import AgendaBuilder
from gsmeet.ui.agenda.model import AgendaBuilderModel
from gsmeet.ui.kit.delegates import CHOICES_ROLE
from gsmeet.ui.kit.fields import DateField
from gsmeet.ui.sessions.meeting_view import AGENDA
from gsmeet.ui.sessions.session_dialog import PrepareDialog
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow

PLANNED_DAY = date(2019, 11, 28)


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)


def prepare(qtbot: QtBot, window: MainWindow) -> AgendaBuilder:
    """Session ▸ Prepare next session, accepted: the planned session of 2019-11-28 gets
    its standing agenda, and the builder shows it."""
    window.menu_actions.prepare_next.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, PrepareDialog)
    qtbot.waitUntil(lambda: dialog.day.value() == PLANNED_DAY, timeout=WAIT_MS)
    dialog.ok_button.click()
    builder = window.workspace.agenda_builder
    qtbot.waitUntil(lambda: builder.model.rowCount() == 15, timeout=WAIT_MS)
    idle(qtbot, window)
    window.activateWindow()  # the dialog closed: the window has the keyboard again
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    return builder


def titles(builder: AgendaBuilder) -> list[str]:
    return builder.model.outline()


def test_the_date_field_refuses_an_impossible_date_with_the_reason(
    qtbot: QtBot, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    window.menu_actions.prepare_next.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, PrepareDialog)
    field = dialog.day
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2019-02-30")
    assert not field.valid and field.value() is None
    assert field.note.text() == "'2019-02-30' is not a date: month 2 has only 28 days, not 30"
    assert field.note.isVisible()
    assert not dialog.ok_button.isEnabled()
    for typed in ("2019. 11. 28.", "19.11.28", "2019-11-28"):
        field.edit.clear()
        qtbot.keyClicks(field.edit, typed)
        assert field.value() == PLANNED_DAY, typed
        assert field.note.text() == "Thursday 28 November 2019"
    assert dialog.ok_button.isEnabled()
    field.setText("2019. 13. 1.")
    assert field.note.text() == "'2019. 13. 1.' is not a date: there is no month 13"
    field.setText("next week")
    assert field.note.text().startswith("'next week' is not a date")
    dialog.start.setText("25:00")
    assert not dialog.start.valid and not dialog.ok_button.isEnabled()
    dialog.reject()

    optional = DateField("ko", optional=True)
    assert optional.valid and optional.value() is None
    qtbot.addWidget(optional)


def test_prepare_next_then_undo_and_redo(
    qtbot: QtBot, qtmodeltester: ModelTester, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    builder = prepare(qtbot, window)
    record = window.meeting_view.record
    assert record is not None and record.meeting.held_on == PLANNED_DAY
    assert record.meeting.status is MeetingStatus.PLANNED
    assert window.workspace.builder_shown and builder.editable
    qtmodeltester.check(builder.model)
    outline = titles(builder)
    assert outline[0] == "1 Opening" and outline[-1] == "15 Closing"
    assert outline[1] == "2 Review of previous actions"
    presenter = builder.model.index(3, AgendaBuilderModel.PRESENTER).data()
    assert presenter  # each briefing has its sub-committee chair
    assert builder.model.index(0, AgendaBuilderModel.START).data() == "14:00"
    assert "forecast end" in builder.forecast.text()
    window.menu_actions.show_agenda.trigger()
    assert window.meeting_view.tabs.currentIndex() == AGENDA

    window.menu_actions.undo.trigger()  # unprepare: the planned session, no agenda
    qtbot.waitUntil(lambda: builder.model.rowCount() == 0, timeout=WAIT_MS)
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: builder.model.rowCount() == 15, timeout=WAIT_MS)
    idle(qtbot, window)


def test_keyboard_moves_nesting_adding_and_removing_with_undo(
    qtbot: QtBot, qtmodeltester: ModelTester, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    builder = prepare(qtbot, window)
    model, view = builder.model, builder.view
    view.setFocus()
    view.setCurrentIndex(model.index(2, AgendaBuilderModel.TITLE))  # 3 Overview
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: titles(builder)[1] == "2 Overview", timeout=WAIT_MS)
    assert model.index(1, 1).data() == view.currentIndex().data()  # it stays selected
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: titles(builder)[2] == "3 Overview", timeout=WAIT_MS)
    idle(qtbot, window)

    view.setCurrentIndex(model.index(4, AgendaBuilderModel.TITLE))  # the second briefing
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 14, timeout=WAIT_MS)
    assert titles(builder)[4].startswith("4.1 ")
    qtmodeltester.check(model)
    idle(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 15, timeout=WAIT_MS)
    idle(qtbot, window)

    view.setCurrentIndex(model.index(0, AgendaBuilderModel.TITLE))
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: model.rowCount() == 16, timeout=WAIT_MS)
    assert titles(builder)[1] == "2 New item"
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState, timeout=WAIT_MS)
    editor = view.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Welcome")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles(builder)[1] == "2 Welcome", timeout=WAIT_MS)
    idle(qtbot, window)
    view.setCurrentIndex(model.index(1, AgendaBuilderModel.TITLE))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.rowCount() == 15, timeout=WAIT_MS)
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: titles(builder)[1] == "2 Welcome", timeout=WAIT_MS)
    window.menu_actions.undo.trigger()  # the title
    qtbot.waitUntil(lambda: titles(builder)[1] == "2 New item", timeout=WAIT_MS)
    window.menu_actions.undo.trigger()  # the item
    qtbot.waitUntil(lambda: model.rowCount() == 15, timeout=WAIT_MS)


def test_drag_and_drop_reorders_and_nests(
    qtbot: QtBot, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    builder = prepare(qtbot, window)
    model = builder.model
    before = [t.split(" ", 1)[1] for t in titles(builder)]
    closing = model.index(14, 0)
    data = model.mimeData([closing])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, 0, 0, QModelIndex())
    assert model.dropMimeData(data, move, 0, 0, QModelIndex())  # closing to the top
    qtbot.waitUntil(lambda: titles(builder)[0] == "1 Closing", timeout=WAIT_MS)
    idle(qtbot, window)
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(
        lambda: [t.split(" ", 1)[1] for t in titles(builder)] == before, timeout=WAIT_MS
    )
    idle(qtbot, window)

    # Dropped onto the review item, the overview becomes its sub-item.
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, move, -1, 0, model.index(1, 0))
    qtbot.waitUntil(lambda: titles(builder)[2] == "2.1 Overview", timeout=WAIT_MS)
    idle(qtbot, window)
    review = model.index(1, 0)
    assert model.rowCount(review) == 1
    # Sub-items have no sub-items; an item does not move to where it is.
    data = model.mimeData([model.index(2, 0)])
    assert not model.canDropMimeData(data, move, -1, 0, model.index(0, 0, review))
    assert not model.canDropMimeData(model.mimeData([model.index(0, 0)]), move, 0, 0, QModelIndex())
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: model.rowCount(model.index(1, 0)) == 0, timeout=WAIT_MS)
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: model.rowCount(model.index(1, 0)) == 1, timeout=WAIT_MS)
    idle(qtbot, window)


def test_cells_and_the_overrun_warning(
    qtbot: QtBot, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    builder = prepare(qtbot, window)
    model = builder.model
    discussion = next(
        r
        for r in range(model.rowCount())
        if model.node(model.index(r, 0)).planned.item.kind  # type: ignore[union-attr]
        is AgendaKind.DISCUSSION
    )
    plan = model.plan
    assert plan is not None
    before = builder.forecast.text()
    minutes = model.index(discussion, AgendaBuilderModel.MINUTES)
    assert model.setData(minutes, 200)
    window.menu_actions.undo.trigger()  # at once: undoes this edit once it is done
    qtbot.waitUntil(lambda: window.context.history.stack.index() == 1, timeout=WAIT_MS)
    idle(qtbot, window)
    assert window.context.history.stack.count() == 2 and builder.forecast.text() == before
    window.menu_actions.redo.trigger()
    over = plan.overrun_minutes + 200 - plan.items[discussion].item.planned_minutes
    qtbot.waitUntil(
        lambda: f"runs {over} min past the planned end" in builder.forecast.text(), timeout=WAIT_MS
    )
    assert "color: #b91c1c" in builder.forecast.styleSheet()
    end = model.index(model.rowCount() - 1, AgendaBuilderModel.END)
    assert end.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert end.data(Qt.ItemDataRole.ToolTipRole) == "Ends after the planned end of the session"
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: builder.forecast.text() == before, timeout=WAIT_MS)

    qtbot.waitUntil(
        lambda: model.data(model.index(0, 3), CHOICES_ROLE) is not None, timeout=WAIT_MS
    )
    kind = model.index(discussion, AgendaBuilderModel.KIND)
    assert model.setData(kind, AgendaKind.DECISION)
    qtbot.waitUntil(
        lambda: model.index(discussion, AgendaBuilderModel.KIND).data() == "Decision item",
        timeout=WAIT_MS,
    )
    presenter = model.index(discussion, AgendaBuilderModel.PRESENTER)
    choices = presenter.data(CHOICES_ROLE)
    assert choices[0][1] is None and len(choices) > 50
    chosen = next(value for text, value in choices if "최영조" in text)
    assert model.setData(presenter, chosen)
    qtbot.waitUntil(
        lambda: "최영조" in model.index(discussion, AgendaBuilderModel.PRESENTER).data(),
        timeout=WAIT_MS,
    )
    strategy = model.index(discussion, AgendaBuilderModel.STRATEGY)
    assert model.setData(strategy, strategy.data(CHOICES_ROLE)[1][1])
    qtbot.waitUntil(
        lambda: model.index(discussion, AgendaBuilderModel.STRATEGY).data().startswith("1."),
        timeout=WAIT_MS,
    )
    idle(qtbot, window)
