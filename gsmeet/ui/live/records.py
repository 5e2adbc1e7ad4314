"""What was recorded under the current item: its remarks (with the ones being saved,
greyed) and its decisions and action items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from gsmeet.domain.dates import format_date
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.live.style import MUTED, PENDING
from gsmeet.ui.text import clock, person_with_role

if TYPE_CHECKING:
    from gsmeet.domain.records import ActionRecord, DecisionRecord, RemarkRecord
    from gsmeet.ui.live.session import Pending

Row = Any  # RemarkRecord | Pending
ModelIndex = QModelIndex | QPersistentModelIndex
WRAP = int(Qt.TextFlag.TextWordWrap)
PAD = 6  # px between remarks: a thin rule of air, not a layout size


class RemarkListModel(QAbstractListModel):
    """Committed remarks in order, then those still being saved."""

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.saved: list[RemarkRecord] = []
        self.pending: list[Pending] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.saved) + len(self.pending)

    def row(self, index: int) -> Row:
        saved = len(self.saved)
        return self.saved[index] if index < saved else self.pending[index - saved]

    def is_pending(self, index: int) -> bool:
        return index >= len(self.saved)

    def speaker_text(self, index: int) -> str:
        row = self.row(index)
        return person_with_role(row.speaker, self._lang) if row.speaker is not None else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            speaker = self.speaker_text(index.row())
            return f"{speaker}: {row.text}" if speaker else row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        return None

    def reset(self, remarks: tuple[RemarkRecord, ...], *, keep_for: int | None) -> None:
        """Show ``remarks``, keeping the rows still being saved under ``keep_for``."""
        self.beginResetModel()
        self.saved = list(remarks)
        self.pending = [p for p in self.pending if p.item_id == keep_for]
        self.endResetModel()

    def add_pending(self, pending: Pending) -> None:
        at = self.rowCount()
        self.beginInsertRows(QModelIndex(), at, at)
        self.pending.append(pending)
        self.endInsertRows()

    def drop_pending(self, token: int) -> Pending | None:
        for offset, pending in enumerate(self.pending):
            if pending.token == token:
                at = len(self.saved) + offset
                self.beginRemoveRows(QModelIndex(), at, at)
                del self.pending[offset]
                self.endRemoveRows()
                return pending
        return None

    def confirm(self, token: int, remark: RemarkRecord | None) -> None:
        """The save of ``token`` committed: the greyed row becomes ``remark`` (None:
        the entry became a decision or an action item, listed elsewhere)."""
        first = self.pending[0].token if self.pending else None
        if remark is not None and first == token:
            # The usual case, saves coming back in order: the greyed row becomes the
            # saved one in place — no rows move, the view relays nothing out.
            self.pending.pop(0)
            self.saved.append(remark)
            changed = self.index(len(self.saved) - 1)
            self.dataChanged.emit(changed, changed)
            return
        self.drop_pending(token)
        if remark is not None:
            at = len(self.saved)
            self.beginInsertRows(QModelIndex(), at, at)
            self.saved.append(remark)
            self.endInsertRows()


class RemarkDelegate(QStyledItemDelegate):
    """A remark as a chat line: the speaker in bold and the time, then the text
    wrapped to the width. Heights are cached: a long item has hundreds of remarks and
    the list asks for every height on each insert."""

    def __init__(self, view: QListView, model: RemarkListModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._heights: dict[tuple[str, int], int] = {}
        self._fonts_cache: tuple[QFont, QFont] | None = None
        self.saving_text = ""

    def forget(self) -> None:
        """The type size changed: every height is measured again."""
        self._heights.clear()
        self._fonts_cache = None

    def _fonts(self) -> tuple[QFont, QFont]:
        if self._fonts_cache is None:
            body = QFont(self._view.font())
            bold = QFont(body)
            bold.setBold(True)
            self._fonts_cache = (body, bold)
        return self._fonts_cache

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        # Called for every row on each relayout: a dictionary look-up once measured.
        width = max(self._view.viewport().width() - 2 * PAD, 50)
        text = self._model.row(index.row()).text
        height = self._heights.get((text, width))
        if height is None:
            body, bold = self._fonts()
            area = QFontMetrics(body).boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
            height = QFontMetrics(bold).height() + area.height() + 2 * PAD
            self._heights[(text, width)] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        pending = self._model.is_pending(index.row())
        row = self._model.row(index.row())
        body, bold = self._fonts()
        ink = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        area = option.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        head_height = QFontMetrics(bold).height()
        head = QRect(area.left(), area.top(), area.width(), head_height)
        painter.setFont(bold)
        painter.setPen(QColor(PENDING) if pending else ink)
        speaker = self._model.speaker_text(index.row())
        painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft), speaker or "—")
        painter.setFont(body)
        painter.setPen(QColor(PENDING if pending else MUTED))
        when = self.saving_text if pending else clock(row.spoken_at)
        painter.drawText(head, int(Qt.AlignmentFlag.AlignRight), when)
        painter.setPen(QColor(PENDING) if pending else ink)
        text = QRect(area.left(), head.bottom() + 1, area.width(), area.height() - head_height)
        painter.drawText(text, WRAP, row.text)
        painter.restore()


def remark_view(model: RemarkListModel, name: str) -> tuple[QListView, RemarkDelegate]:
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.setAlternatingRowColors(True)
    # Rows laid out in batches between events: a long item's relayout never holds
    # the event loop (and the typing) at once.
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(50)
    delegate = RemarkDelegate(view, model)
    view.setItemDelegate(delegate)
    return view, delegate


def decision_text(decision: DecisionRecord, lang: Lang) -> str:
    how = label(decision.vote_mode, lang)
    counts = [decision.votes_for, decision.votes_against, decision.abstentions]
    if any(c is not None for c in counts):
        how += " " + "/".join("–" if c is None else str(c) for c in counts)
    return f"{decision.text} ({how})"


def action_text(action: ActionRecord, lang: Lang) -> str:
    parts = [action.title]
    if action.owner:
        parts.append(action.owner)
    if action.due_on is not None:
        parts.append(format_date(action.due_on, lang, weekday=False))
    return " · ".join(parts)
