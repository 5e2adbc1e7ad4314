"""What was recorded under the current item: its remarks (with the ones being saved,
greyed) and its decisions and action items."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.text import clock, day_text, person_with_role
from gsmeet.ui.live.style import AMBER, MUTED, PENDING

if TYPE_CHECKING:
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import ActionRecord, DecisionRecord, RemarkRecord
    from gsmeet.ui.live.session import LiveSession, Pending

Row = Any  # RemarkRecord | Pending
ModelIndex = QModelIndex | QPersistentModelIndex
WRAP = int(Qt.TextFlag.TextWordWrap)
PAD = 6  # px between remarks: a thin rule of air, not a layout size


class RemarkListModel(QAbstractListModel):
    """Committed remarks in order, then those still being saved."""

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.item_id: int | None = None  # the item whose remarks these are
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

    def show(self, remarks: tuple[RemarkRecord, ...], item_id: int | None) -> bool:
        """Show the remarks of ``item_id`` unless they are on screen already; returns
        whether the rows changed."""
        if (
            item_id == self.item_id
            and len(remarks) == len(self.saved)
            and all(a is b or a == b for a, b in zip(remarks, self.saved, strict=True))
        ):
            return False
        self.reset(remarks, keep_for=item_id)
        return True

    def reset(self, remarks: tuple[RemarkRecord, ...], *, keep_for: int | None) -> None:
        """Show ``remarks``, keeping the rows still being saved under ``keep_for``."""
        self.beginResetModel()
        self.item_id = keep_for
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

    def keep(self, token: int) -> None:
        """The entry of ``token`` is kept on this computer, not yet on the server."""
        for offset, pending in enumerate(self.pending):
            if pending.token == token:
                self.pending[offset] = pending._replace(kept=True)
                changed = self.index(len(self.saved) + offset)
                self.dataChanged.emit(changed, changed)

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
        if remark is not None and remark.agenda_item_id == self.item_id:
            at = len(self.saved)
            self.beginInsertRows(QModelIndex(), at, at)
            self.saved.append(remark)
            self.endInsertRows()


class RemarkDelegate(QStyledItemDelegate):
    """A remark as a chat line: the speaker in bold and the time, then the text
    wrapped to the width. Heights are measured once per text and width."""

    def __init__(self, view: QWidget, model: RemarkListModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._heights: dict[tuple[str, int], int] = {}
        self._fonts_cache: tuple[QFont, QFont] | None = None
        self.width = 50  # where the text wraps: set by the view
        self.saving_text = ""
        self.unsent_text = ""  # a row kept on this computer, not yet on the server

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

    def height(self, text: str) -> int:
        width = self.width
        height = self._heights.get((text, width))
        if height is None:
            body, bold = self._fonts()
            area = QFontMetrics(body).boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
            height = QFontMetrics(bold).height() + area.height() + 2 * PAD
            self._heights[(text, width)] = height
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(self.width, self.height(self._model.row(index.row()).text))

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
        when = clock(row.spoken_at) if not pending else self.saving_text
        if pending and row.kept:
            painter.setPen(QColor(AMBER))
            when = self.unsent_text
        painter.drawText(head, int(Qt.AlignmentFlag.AlignRight), when)
        painter.setPen(QColor(PENDING) if pending else ink)
        # Wrapped where it was measured: the row is exactly as high as that.
        text = QRect(area.left(), head.bottom() + 1, self.width, area.height() - head_height)
        painter.drawText(text, WRAP, row.text)
        painter.restore()


class RemarkView(QTableView):
    """The remarks of the current item, one row each, the newest at the bottom.

    A table of one column, not a list view: a list view lays out every row again on
    each insert, asking the delegate (Python) for all their heights — hundreds per
    remark saved in a long item. Here each row's height is set once, when it arrives
    (or when the width or type size changes), and an insert costs one row.
    """

    def __init__(self, model: RemarkListModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setAccessibleName(name)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(1)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a bar coming and going with each item resizes the rows' area.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setAlternatingRowColors(True)
        self.delegate = RemarkDelegate(self, model)
        self.setItemDelegate(self.delegate)
        self._following = False
        model.modelReset.connect(self.relayout)
        model.rowsInserted.connect(lambda _parent, first, last: self._size_rows(first, last))
        model.dataChanged.connect(lambda first, last, *_: self._size_rows(first.row(), last.row()))

    @property
    def list_model(self) -> RemarkListModel:
        return self._model

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)

    def show_state(self, state: LiveState) -> None:
        """The remarks of the item on screen (a switch, a read after an edit)."""
        if self._model.show(state.remarks, state.current_item_id):
            self.follow()

    def follow(self) -> None:
        """Keep the newest remark in view — once per turn of the event loop, however
        many were added in it (scrolling lays the list out at once)."""
        if not self._following:
            self._following = True
            QTimer.singleShot(0, self._scroll)

    def _scroll(self) -> None:
        self._following = False
        self.scrollToBottom()

    def relayout(self) -> None:
        """Every row's height again (the remarks, the width or the type changed)."""
        delegate, model = self.delegate, self._model
        delegate.width = max(self.viewport().width() - 2 * PAD, 50)
        # The commonest height is every row's by default: only the others are set.
        heights = Counter(delegate.height(model.row(r).text) for r in range(model.rowCount()))
        common = heights.most_common(1)[0][0] if heights else delegate.height("")
        self.verticalHeader().setDefaultSectionSize(common)
        self._size_rows(0, model.rowCount() - 1)

    def _size_rows(self, first: int, last: int) -> None:
        rows, model, height = self.verticalHeader(), self._model, self.delegate.height
        default = rows.defaultSectionSize()
        for row in range(first, last + 1):
            wanted = height(model.row(row).text)
            if wanted != default or rows.sectionSize(row) != wanted:
                rows.resizeSection(row, wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() - 2 * PAD != self.delegate.width:
            self.relayout()


class OutcomeList(QListWidget):
    """The decisions and action items recorded under the current item."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._shown: tuple[object, ...] = ()
        self.setAccessibleName(self.tr("Decisions and action items"))
        self.setWordWrap(True)

    @property
    def shown(self) -> tuple[object, ...]:
        """The item, decisions and action items on screen."""
        return self._shown

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)
        session.records_changed.connect(self.show_state)

    def show_state(self, state: LiveState) -> None:
        shown = (state.current_item_id, state.decisions, state.actions)
        if shown == self._shown:
            return  # a remark saved, a check-in: the outcomes are as they were
        self._shown = shown
        self.clear()
        for decision in state.decisions:
            text = decision_text(decision, self._lang)
            self.addItem(self.tr("Decision: {text}").format(text=text))
        for action in state.actions:
            text = action_text(action, self._lang)
            self.addItem(self.tr("Action: {text}").format(text=text))
        self.scrollToBottom()


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
        parts.append(day_text(action.due_on, lang, weekday=False, whole=True))
    return " · ".join(parts)


class RecordsPane(QWidget):
    """The current item's remarks beside its decisions and action items, each under its
    heading."""

    def __init__(self, remarks: RemarkView, outcomes: OutcomeList, parent: QWidget | None = None):
        super().__init__(parent)
        self.remarks_heading = muted_heading(self.tr("Remarks"))
        self.outcomes_heading = muted_heading(self.tr("Decisions and action items"))
        grid = QHBoxLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for title, view in ((self.remarks_heading, remarks), (self.outcomes_heading, outcomes)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            grid.addLayout(column, 1)


def muted_heading(text: str) -> QLabel:
    label_ = QLabel(text)
    label_.setStyleSheet(f"color: {MUTED}; font-weight: bold;")
    return label_
