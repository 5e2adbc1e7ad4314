"""The strategy register as a Qt tree: tracks → strategies → tasks → achievements, in
columns title, status, owner, target date, progress. A task's cells are editable; an
edit is not applied here but asked for (:attr:`StrategyModel.edit_requested`), so it
goes through the undo history and the tree is read again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from gsmeet.domain.dates import format_date, format_month, parse_date, typed_date
from gsmeet.domain.enums import DatePrecision, TaskStatus
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.records import AchievementRecord
from gsmeet.domain.register import StrategyNode, TaskNode, TrackNode
from gsmeet.ui.kit.delegates import CHOICES_ROLE, MAX_ROLE
from gsmeet.ui.kit.table_model import Index
from gsmeet.ui.kit.tree_model import TreeModel
from gsmeet.ui.kit.wording import describe

OVERDUE = QBrush(QColor("#b91c1c"))
MUTED = QBrush(QColor("#6b7280"))
ACHIEVEMENT = QBrush(QColor("#15803d"))
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # ("task", id) and so on: survives a reload

Key = tuple[str, int]


@dataclass(eq=False, slots=True)
class Node:
    kind: str  # track, strategy, task, achievement
    record: Any
    parent: Node | None
    row: int
    children: list[Node] = field(default_factory=list)


class StrategyModel(TreeModel):
    TITLE, STATUS, OWNER, TARGET, PROGRESS = range(5)

    edit_requested = Signal(int, str, object)  # task id, field, new value
    problem = Signal(str)  # a typed value that cannot be taken (one line)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._roots: list[Node] = []
        self._keys: dict[Key, Node] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Target date"),
            self.tr("Progress"),
        )
        self._statuses = [(label(s, lang), s) for s in TaskStatus]

    @property
    def roots(self) -> list[Node]:
        """The tracks, in register order."""
        return self._roots

    # -- contents -------------------------------------------------------------------

    def set_tree(self, tracks: Sequence[TrackNode]) -> None:
        self.beginResetModel()
        self._roots = []
        self._keys = {}
        for t_row, track in enumerate(tracks):
            t = self._add(Node("track", track, None, t_row))
            self._roots.append(t)
            for s_row, strategy in enumerate(track.strategies):
                s = self._add(Node("strategy", strategy, t, s_row))
                t.children.append(s)
                for task in strategy.tasks:
                    k = self._add(Node("task", task, s, len(s.children)))
                    s.children.append(k)
                    for achievement in task.achievements:
                        k.children.append(
                            self._add(Node("achievement", achievement, k, len(k.children)))
                        )
                for achievement in strategy.achievements:
                    s.children.append(
                        self._add(Node("achievement", achievement, s, len(s.children)))
                    )
        self.endResetModel()

    def _add(self, node: Node) -> Node:
        self._keys[self._key_of(node)] = node
        return node

    def node(self, index: Index) -> Node | None:
        found: Node | None = super().node(index)
        return found

    def key(self, index: Index) -> Key | None:
        node = self.node(index)
        return None if node is None else self._key_of(node)

    def key_of(self, node: Node) -> Key:
        return self._key_of(node)

    @staticmethod
    def _key_of(node: Node) -> Key:
        record = node.record.task if node.kind == "task" else node.record
        return (node.kind, record.id)

    def index_of(self, key: Key, column: int = 0) -> QModelIndex:
        node = self._keys.get(key)
        return QModelIndex() if node is None else self.createIndex(node.row, column, node)

    def node_of(self, key: Key) -> Node | None:
        return self._keys.get(key)

    def all_keys(self) -> list[Key]:
        return list(self._keys)

    # -- the tree -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind == "task":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- cells ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(node, column)
        if role == KEY_ROLE:
            return self._key_of(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.kind == "task" and node.record.overdue:
                return OVERDUE
            if node.kind == "achievement":
                return ACHIEVEMENT if column == self.TITLE else MUTED
            if node.kind in ("track", "strategy") and node.record.retired_on is not None:
                return MUTED
            return None
        if role == Qt.ItemDataRole.FontRole and node.kind in ("track", "strategy"):
            return self._bold
        if role == CHOICES_ROLE and node.kind == "task" and column == self.STATUS:
            return self._statuses
        if role == MAX_ROLE and node.kind == "task" and column == self.PROGRESS:
            return 100
        return None

    def _retired(self, text: str, record: Any) -> str:
        """``2. 청색기술 중심도시 (2020. 1. 1.부터 사용 중지)`` for one retired."""
        day = record.retired_on
        if day is None:
            return text
        retired = self.tr("retired from {day}").format(day=self._day(day))
        return f"{text} ({retired})"

    def _text(self, node: Node, column: int) -> str:
        record = node.record
        if node.kind == "track":
            return self._retired(str(record.name), record) if column == self.TITLE else ""
        if node.kind == "strategy":
            strategy: StrategyNode = record
            if column == self.TITLE:
                return self._retired(f"{strategy.number}. {strategy.name}", strategy)
            return strategy.subcommittee if column == self.OWNER else ""
        if node.kind == "task":
            task = record.task
            values = (
                task.title,
                label(task.status, self._lang),
                task.owner,
                "" if task.target_date is None else self._day(task.target_date),
                f"{task.progress}%",
            )
            return values[column]
        achievement: AchievementRecord = record
        if column == self.TITLE:
            figure = f" ({achievement.figure})" if achievement.figure else ""
            return f"★ {achievement.text}{figure}"
        if column == self.TARGET:
            return self._achieved(achievement)
        return ""

    def _day(self, day: date) -> str:
        return format_date(day, self._lang, weekday=False)

    def _achieved(self, achievement: AchievementRecord) -> str:
        if achievement.precision is DatePrecision.YEAR:
            return str(achievement.occurred_on.year)
        if achievement.precision is DatePrecision.MONTH:
            return format_month(achievement.occurred_on, self._lang)
        return self._day(achievement.occurred_on)

    def _edit_value(self, node: Node, column: int) -> Any:
        if node.kind != "task":
            return self._text(node, column)
        task = node.record.task
        if column == self.STATUS:
            return task.status
        if column == self.PROGRESS:
            return task.progress
        if column == self.TARGET:
            return "" if task.target_date is None else typed_date(task.target_date, self._lang)
        return self._text(node, column)

    def _tooltip(self, node: Node, column: int) -> str | None:
        if node.kind == "task" and node.record.overdue and node.record.task.target_date:
            return self.tr(
                "Overdue: the target date {day} has passed and the task is not done"
            ).format(day=self._day(node.record.task.target_date))
        if node.kind == "strategy" and column == self.TITLE and node.record.summary:
            return str(node.record.summary)
        if node.kind in ("task", "achievement") and column == self.TITLE:
            return self._text(node, column) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or node.kind != "task" or role != Qt.ItemDataRole.EditRole:
            return False
        task = node.record.task
        column = index.column()
        wanted: Any = value
        if column == self.TITLE:
            name = "title"
        elif column == self.STATUS:
            name, wanted = "status", TaskStatus(value)
        elif column == self.OWNER:
            name = "owner"
        elif column == self.TARGET:
            name = "target_date"
            try:
                wanted = parse_date(str(value)) if str(value).strip() else None
            except InvalidInputError as error:
                self.problem.emit(describe(error))
                return False
        else:
            name, wanted = "progress", int(value)
        if getattr(task, name) == wanted:
            return False
        self.edit_requested.emit(task.id, name, wanted)
        return True

    def tasks_of(self, strategy: Index) -> list[TaskNode]:
        node = self.node(strategy)
        if node is None or node.kind != "strategy":
            return []
        return list(node.record.tasks)
