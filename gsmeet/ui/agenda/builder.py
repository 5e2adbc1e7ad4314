"""The agenda builder: a planned session's agenda as an editable tree, reordered by drag
and drop or by keys (Alt+Up/Down move, Alt+Right/Left nest and un-nest, Insert adds,
Delete removes), with each item's forecast start and the session's forecast end, and a
warning when that runs past the planned end. Every edit can be undone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.dates import format_time
from gsmeet.domain.edits import Seen
from gsmeet.domain.enums import AgendaKind, MeetingStatus
from gsmeet.ui.agenda import ops
from gsmeet.ui.agenda.model import AgendaBuilderModel, Node
from gsmeet.ui.kit.delegates import ChoiceDelegate

if TYPE_CHECKING:
    from gsmeet.domain.agenda_plan import AgendaPlan
    from gsmeet.domain.records import AgendaItemRecord, MeetingSummary
    from gsmeet.ui.kit.context import Context

OVER_STYLE = "color: #b91c1c; font-weight: bold;"
FITS_STYLE = "color: #15803d;"


class AgendaBuilder(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingSummary | None = None
        self.seen = Seen()  # the items as shown: the edits are made on them
        self._pending = False
        self._again = False
        self._select: int | None = None
        self._edit_after: int | None = None
        self._choices_for: tuple[int, int] | None = None  # (committee, meeting) of the choices

        self.model = AgendaBuilderModel(context.lang, self)
        self.model.edit_requested.connect(self._on_edit)
        self.model.move_requested.connect(self._on_drop)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda builder"))
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaBuilderModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 56), (2, 120), (3, 190), (4, 150), (5, 56), (6, 56), (7, 56)):
            self.view.setColumnWidth(column, width)

        self.forecast = QLabel()
        self.forecast.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add item"))
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.add_button.setToolTip(self.tr("Add an item after the selected one (Insert)"))
        self.delete_button.setToolTip(self.tr("Remove the selected item (Delete)"))
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.actions_by_key: dict[str, QAction] = {}
        for keys, slot in (
            ("Ins", self.add_item),
            ("Del", self.delete_item),
            ("Alt+Up", lambda: self.move_by(-1)),
            ("Alt+Down", lambda: self.move_by(1)),
            ("Alt+Right", self.indent),
            ("Alt+Left", self.outdent),
        ):
            self._key(keys, slot)

        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.forecast)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

        context.agenda_changed.connect(self.reload)
        context.members_changed.connect(self._reload_choices)
        context.strategies_changed.connect(self._reload_choices)
        context.committee_changed.connect(lambda: self.show_meeting(None))

    def _key(self, keys: str, slot: Any) -> None:
        action = QAction(self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        self.actions_by_key[keys] = action

    @property
    def editable(self) -> bool:
        return self.model.editable

    # -- data -------------------------------------------------------------------------

    def show_meeting(self, meeting: MeetingSummary | None) -> None:
        """Build the agenda of ``meeting`` (editable while it is planned); None: none."""
        changed = meeting is None or self.meeting is None or meeting.id != self.meeting.id
        self.meeting = meeting
        if meeting is None:
            self.model.set_plan(None, editable=False)
            self.forecast.clear()
            self._update_buttons()
            return
        if changed:
            self.model.set_plan(None, editable=False)
            self._reload_choices()
        self.reload()

    def _reload_choices(self) -> None:
        meeting = self.meeting
        committee = self.context.committee
        if meeting is None or committee is None:
            return
        self._choices_for = (committee.id, meeting.id)

        def loaded(choices: ops.Choices) -> None:
            if self._choices_for == (committee.id, meeting.id):
                self.model.set_choices(choices.presenters, choices.strategies)

        job = ops.load_choices(committee.id, meeting.held_on, self.context.lang)
        self.context.run(job, loaded)

    def reload(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if self._pending:
            self._again = True
            return
        self._pending = True

        def loaded(plan: AgendaPlan) -> None:
            self._pending = False
            if self.meeting is not None and plan.meeting.id == self.meeting.id:
                self.show_plan(plan)
            if self._again:
                self._again = False
                self.reload()

        def failed(message: str) -> None:
            self._pending = False
            self.context.message.emit(message)

        self.context.run(ops.load_plan(meeting.id), loaded, failed)

    def show_plan(self, plan: AgendaPlan) -> None:
        current = self.current_node()
        wanted = self._select if self._select is not None else (current.id if current else None)
        column = max(self.view.currentIndex().column(), 0)
        self._select = None
        self.meeting = plan.meeting
        editable = plan.meeting.status is MeetingStatus.PLANNED and not plan.locked
        self.model.set_plan(plan, editable=editable)
        self.seen = plan.seen
        self.view.expandAll()
        if wanted is not None and self.model.node_of(wanted) is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index_of(wanted, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self._show_forecast(plan)
        if self._edit_after is not None:
            index = self.model.index_of(self._edit_after, AgendaBuilderModel.TITLE)
            self._edit_after = None
            if index.isValid() and self.editable:
                self.view.setCurrentIndex(index)
                self.view.edit(index)
        self._update_buttons()

    def _show_forecast(self, plan: AgendaPlan) -> None:
        text = self.tr("Starts {start} · forecast end {end}").format(
            start=format_time(plan.start), end=format_time(plan.forecast_end)
        )
        if plan.planned_end is not None:
            text += " · " + self.tr("planned end {end}").format(end=format_time(plan.planned_end))
        if plan.runs_over:
            text += " — " + self.tr("runs {minutes} min past the planned end").format(
                minutes=plan.overrun_minutes
            )
            style = OVER_STYLE
        else:
            style = FITS_STYLE if plan.planned_end else ""
        if self.forecast.styleSheet() != style:  # a new style sheet re-polishes the label
            self.forecast.setStyleSheet(style)
        self.forecast.setText(text)
        if plan.locked:
            self.state.setText(self.tr("The minutes were issued: the agenda can no longer change."))
        elif not self.editable:
            self.state.setText(self.tr("Only the agenda of a planned session can be edited here."))
        else:
            self.state.setText(
                self.tr(
                    "Drag items, or Alt+arrows to move and nest; Insert adds, Delete removes; "
                    "F2 edits a cell."
                )
            )

    def current_node(self) -> Node | None:
        return self.model.node(self.view.currentIndex())

    def _update_buttons(self) -> None:
        editable = self.editable
        node = self.current_node()
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and node is not None)
        for action in self.actions_by_key.values():
            action.setEnabled(editable)

    # -- edits ----------------------------------------------------------------------------

    def _on_edit(self, item_id: int, field: str, value: object) -> None:
        node = self.model.node_of(item_id)
        title = node.planned.item.title if node is not None else ""
        self._select = item_id
        edit = ops.update_item(item_id, title, {field: value})
        self.context.history.perform(edit, seen=self.seen)

    def _on_drop(self, item_id: int, new_index: int, new_parent_id: int | None) -> None:
        node = self.model.node_of(item_id)
        title = node.planned.item.title if node is not None else ""
        self._select = item_id
        self.context.history.perform(
            ops.move_item(item_id, title, "move", new_index=new_index, new_parent_id=new_parent_id),
            seen=self.seen,
        )

    def add_item(self) -> None:
        meeting = self.meeting
        if meeting is None or not self.editable:
            return
        node = self.current_node()

        def added(item: AgendaItemRecord) -> None:
            self._select = item.id
            self._edit_after = item.id

        after = node.id if node is not None else None
        self.context.history.perform(
            ops.add_item(meeting.id, AgendaKind.OTHER, self.tr("New item"), after),
            on_done=added,
            seen=self.seen,
        )

    def delete_item(self) -> None:
        node = self.current_node()
        if node is None or not self.editable:
            return
        siblings = self.model.siblings(node)
        after = siblings[node.row + 1] if node.row + 1 < len(siblings) else None
        before = siblings[node.row - 1] if node.row > 0 else node.parent
        neighbour = after or before
        self._select = neighbour.id if neighbour is not None else None
        item = node.planned.item
        self.context.history.perform(ops.delete_item(item.id, item.title), seen=self.seen)

    def move_by(self, step: int) -> None:
        node = self.current_node()
        if node is None or not self.editable:
            return
        new_index = node.row + step
        if not 0 <= new_index < len(self.model.siblings(node)):
            return
        self._on_drop(node.id, new_index, node.parent.id if node.parent else None)

    def indent(self) -> None:
        node = self.current_node()
        if node is None or not self.editable or node.parent is not None or node.row == 0:
            return  # nested one level only: a sub-item, or the first item, stays
        if node.children:
            self.context.message.emit(self.tr("An item with sub-items cannot become a sub-item"))
            return
        self._select = node.id
        item = node.planned.item
        self.context.history.perform(ops.move_item(item.id, item.title, "indent"), seen=self.seen)

    def outdent(self) -> None:
        node = self.current_node()
        if node is None or not self.editable or node.parent is None:
            return
        self._select = node.id
        item = node.planned.item
        self.context.history.perform(ops.move_item(item.id, item.title, "outdent"), seen=self.seen)
