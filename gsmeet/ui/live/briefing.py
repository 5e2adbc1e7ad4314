"""Item panels shown above the remarks for two kinds of item: a status briefing (the
strategy's tasks with what changed since the previous session, overdue tasks, new
achievements; a status change or an achievement recorded right there) and the review
of earlier action items (each in turn: done, continue, re-date, drop, with a comment)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.dates import format_date
from gsmeet.domain.enums import ReviewOutcome
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.fields import DueDateField
from gsmeet.ui.live.forms import add_button
from gsmeet.ui.live.style import AMBER, MUTED, OK, RED

if TYPE_CHECKING:
    from gsmeet.domain.live import BriefingView, ReviewItem
    from gsmeet.domain.records import TaskRecord

ROW_ID = Qt.ItemDataRole.UserRole


def _table(headers: list[str], stretch: int) -> QTreeWidget:
    table = QTreeWidget()
    table.setRootIsDecorated(False)
    table.setAlternatingRowColors(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setHeaderLabels(headers)
    header = table.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


def _day(day: date | None, lang: Lang) -> str:
    return "" if day is None else format_date(day, lang, weekday=False)


class BriefingPanel(QWidget):
    status_requested = Signal(object)  # TaskRecord
    achievement_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.view: BriefingView | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.since = QLabel()
        self.since.setStyleSheet(f"color: {MUTED};")
        self.tasks = _table(
            [self.tr("Task"), self.tr("Owner"), self.tr("Target"), self.tr("Status")], 0
        )
        self.tasks.setAccessibleName(self.tr("Tasks"))
        self.tasks.itemActivated.connect(lambda *_: self._ask_status())
        self.news = QLabel()
        self.news.setWordWrap(True)
        buttons = QHBoxLayout()
        self.status_button = add_button(buttons, self.tr("Change s&tatus…"))
        self.achievement_button = add_button(buttons, self.tr("Add a&chievement…"))
        buttons.addStretch(1)
        self.status_button.clicked.connect(self._ask_status)
        self.achievement_button.clicked.connect(self.achievement_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.since)
        layout.addWidget(self.tasks, 1)
        layout.addWidget(self.news)
        layout.addLayout(buttons)

    def show_briefing(self, view: BriefingView) -> None:
        lang = self._lang
        self.view = view
        self.heading.setText(
            self.tr("Strategy {number}. {name}").format(
                number=view.strategy_number, name=view.strategy_name
            )
            + (f" · {view.subcommittee}" if view.subcommittee else "")
        )
        if view.previous is not None:
            self.since.setText(
                self.tr("Changes since the session of {day}").format(
                    day=_day(view.previous.held_on, lang)
                )
            )
        overdue = {t.id for t in view.overdue}
        selected = self.selected_task()
        self.tasks.clear()
        for task in view.tasks:
            status = label(task.status, lang)
            if task.previous_status is not None:
                status = f"{status} ← {label(task.previous_status, lang)}"
            item = QTreeWidgetItem([task.title, task.owner, _day(task.target_date, lang), status])
            item.setData(0, ROW_ID, task.id)
            if task.previous_status is not None:
                font = QFont(self.tasks.font())
                font.setBold(True)
                item.setFont(3, font)
                item.setForeground(3, QBrush(QColor(OK)))
            if task.id in overdue:
                item.setForeground(2, QBrush(QColor(RED)))
                item.setToolTip(2, self.tr("Overdue"))
            self.tasks.addTopLevelItem(item)
            if selected is not None and task.id == selected.id:
                self.tasks.setCurrentItem(item)
        parts = [
            self.tr("{count} status changes").format(count=len(view.changes)),
            self.tr("{count} overdue").format(count=len(view.overdue)),
        ]
        news = [f"{a.text} {a.figure}".strip() for a in view.achievements]
        if news:
            parts.append(self.tr("new achievements: {list}").format(list="; ".join(news)))
        self.news.setText(" · ".join(parts))
        self.news.setStyleSheet(f"color: {AMBER if view.overdue else MUTED};")

    def clear(self) -> None:
        """Nothing shown until the briefing of the item is read."""
        self.view = None
        self.heading.setText(self.tr("Reading the briefing…"))
        self.since.setText("")
        self.tasks.clear()
        self.news.setText("")

    def selected_task(self) -> TaskRecord | None:
        item = self.tasks.currentItem()
        if item is None or self.view is None:
            return None
        wanted = int(item.data(0, ROW_ID))
        return next((t for t in self.view.tasks if t.id == wanted), None)

    def _ask_status(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.status_requested.emit(task)


class ReviewPanel(QWidget):
    """``reviewed(action_id, outcome, comment, new_due_on)``."""

    reviewed = Signal(int, object, str, object)

    def __init__(self, lang: Lang, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._today = today  # the session's day: a due date before it is overdue
        self.items: list[ReviewItem] = []
        self.heading = QLabel()
        self.table = _table(
            [
                self.tr("Action item"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Reviewed"),
            ],
            0,
        )
        self.table.setAccessibleName(self.tr("Action items to review"))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.new_due = DueDateField(lang, today)
        self.new_due.edit.setPlaceholderText(self.tr("new due date, for a re-date"))
        buttons = QHBoxLayout()
        self.buttons = {
            ReviewOutcome.DONE: add_button(buttons, self.tr("&Done")),
            ReviewOutcome.CONTINUE: add_button(buttons, self.tr("&Continue")),
            ReviewOutcome.REDATE: add_button(buttons, self.tr("&Re-date")),
            ReviewOutcome.DROP: add_button(buttons, self.tr("Dr&op")),
        }
        for outcome, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, o=outcome: self.record(o))
        entry = QHBoxLayout()
        entry.addWidget(self.comment, 3)
        entry.addWidget(self.new_due, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addLayout(buttons)
        self.new_due.validity_changed.connect(lambda _valid: self._update())
        self.new_due.edit.textChanged.connect(lambda _text: self._update())

    def show_items(self, items: list[ReviewItem]) -> None:
        lang = self._lang
        current = self.selected()
        self.items = items
        self.table.clear()
        for review_item in items:
            action = review_item.action
            done = review_item.review
            outcome = label(done.outcome, lang) if done is not None else ""
            if done is not None and done.comment:
                outcome += f" — {done.comment}"
            owner = action.owner
            if action.owner_left:  # 해촉: the owner has left; flagged, to give it to another
                owner = self.tr("{owner} (left)").format(owner=owner)
            row = QTreeWidgetItem(
                [
                    action.title,
                    owner,
                    _day(action.due_on, lang),
                    label(action.status, lang),
                    outcome,
                ]
            )
            row.setData(0, ROW_ID, action.id)
            row.setToolTip(0, action.detail or action.title)
            if action.owner_left:
                row.setForeground(1, QBrush(QColor(RED)))
                row.setToolTip(
                    1,
                    self.tr(
                        "{owner} has left the committee: give the action to another member "
                        "(Session ▸ Actions of members who left)"
                    ).format(owner=action.owner),
                )
            if done is not None:
                for column in range(5):
                    row.setForeground(column, QBrush(QColor(MUTED)))
            elif action.due_on is not None and action.due_on < self._today:
                row.setForeground(2, QBrush(QColor(RED)))
                bold = QFont(self.table.font())
                bold.setBold(True)
                row.setFont(2, bold)
                row.setToolTip(
                    2, self.tr("Overdue: due {day}").format(day=_day(action.due_on, lang))
                )
            self.table.addTopLevelItem(row)
        left = sum(1 for i in items if i.review is None)
        self.heading.setText(
            self.tr("{left} of {total} earlier action items still to review").format(
                left=left, total=len(items)
            )
        )
        # Each in turn: after one is recorded, the next not yet reviewed is selected.
        wanted = next((i.action.id for i in items if i.review is None), current)
        self.select(wanted)
        self._update()

    def select(self, action_id: int | None) -> None:
        for index in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(index)
            if row is not None and row.data(0, ROW_ID) == action_id:
                self.table.setCurrentItem(row)
                return

    def selected(self) -> int | None:
        row = self.table.currentItem()
        return None if row is None else int(row.data(0, ROW_ID))

    def record(self, outcome: ReviewOutcome) -> None:
        action_id = self.selected()
        if action_id is None:
            return
        new_due = self.new_due.value() if outcome is ReviewOutcome.REDATE else None
        if outcome is ReviewOutcome.REDATE and new_due is None:
            self.new_due.setFocus()
            return
        self.reviewed.emit(action_id, outcome, self.comment.text().strip(), new_due)
        self.comment.clear()
        self.new_due.edit.clear()

    def _update(self) -> None:
        redate = self.buttons[ReviewOutcome.REDATE]
        redate.setEnabled(self.new_due.valid and self.new_due.value() is not None)
