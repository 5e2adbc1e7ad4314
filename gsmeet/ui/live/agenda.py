"""The agenda down the side of the live screen: every item numbered as on paper, the
current one marked, those done ticked with their actual times.

Each entry is its number and title, wrapped (at most three lines, the last elided),
then its planned minutes and actual times on a line of their own. An entry is as high
whether it is current, done or still to come, so a switch repaints two entries and
lays nothing out again (a list view told that rows changed lays them all out again,
asking for every height: the entries that changed are repainted instead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.outline import outline
from gsmeet.ui.kit.text import clock_range, minutes
from gsmeet.ui.live.style import ACCENT, ACCENT_SOFT, INK, MUTED, OK

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import AgendaItemRecord
    from gsmeet.ui.live.session import LiveSession

ModelIndex = QModelIndex | QPersistentModelIndex
ITEM_ID = Qt.ItemDataRole.UserRole
TITLE_LINES = 3  # a longer title is elided on its third line (the tooltip has it all)
PAD_X, PAD_Y = 6, 5
CURRENT, DONE = "▶", "✓"
COLOURS = {
    "ink": QColor(INK),
    "done": QColor(MUTED),
    "tick": QColor(OK),
    "accent": QColor(ACCENT),
    "current_ground": QColor(ACCENT_SOFT),
}


class Entry(NamedTuple):
    number: str
    item: AgendaItemRecord
    current: bool

    @property
    def done(self) -> bool:
        return self.item.ended_at is not None and not self.current

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.item.title}"

    @property
    def detail(self) -> str:
        item = self.item
        text = minutes(item.planned_minutes)
        if item.started_at is not None:
            text += " · " + clock_range(item.started_at, None if self.current else item.ended_at)
        return text


class AgendaModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            mark = f"{CURRENT} " if entry.current else f"{DONE} " if entry.done else ""
            return f"{mark}{entry.heading}\n{entry.detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.heading
        if role == ITEM_ID:
            return entry.item.id
        return None

    def show(self, entries: list[Entry]) -> list[int] | None:
        """Take ``entries``; returns the rows whose entry changed, for the view to
        repaint (None: the agenda itself changed — items added, removed or moved —
        and the model was reset)."""
        if [e.item.id for e in entries] != [e.item.id for e in self.entries]:
            self.beginResetModel()
            self.entries = entries
            self.endResetModel()
            return None
        pairs = enumerate(zip(self.entries, entries, strict=True))
        changed = [row for row, (old, new) in pairs if old != new]
        self.entries = entries
        return changed


class Geometry(NamedTuple):
    """Where an entry's parts go, from its left edge (the same for every entry)."""

    number: int  # x of the number (a sub-item's is indented)
    text: int  # x of the title and the detail line: a hanging indent
    width: int  # of the title and the detail line
    title_line: int  # height of a title line (bold, as the current entry has it)
    detail_line: int


class AgendaDelegate(QStyledItemDelegate):
    """Draws an entry: the mark (▶ current, ✓ done), the number, then the title in a
    column of its own, wrapped with a hanging indent, and the detail line under it.
    Lines are broken once per title, width and type size."""

    def __init__(self, view: QListView, model: AgendaModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._lines: dict[tuple[str, int], tuple[str, ...]] = {}
        self._sizes: dict[tuple[str, int], QSize] = {}
        self._fonts_cache: tuple[QFont, QFont] | None = None
        self._geometry: Geometry | None = None
        self._outer = 0  # the width it was measured for

    def forget(self) -> None:
        """The type size or the agenda changed: measure again."""
        self._lines.clear()
        self._sizes.clear()
        self._fonts_cache = None
        self._geometry = None

    def _fonts(self) -> tuple[QFont, QFont]:
        if self._fonts_cache is None:
            body = QFont(self._view.font())
            bold = QFont(body)
            bold.setBold(True)
            self._fonts_cache = (body, bold)
        return self._fonts_cache

    def geometry(self) -> Geometry:
        view = self._view
        # As wide as the list with its scroll bar: the bar coming never re-wraps.
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        outer = view.width() - 2 * view.frameWidth() - bar - 2 * PAD_X
        if self._geometry is not None and outer == self._outer:
            return self._geometry
        self._outer = outer
        body, bold = self._fonts()
        strong = QFontMetrics(bold)
        mark = strong.horizontalAdvance(CURRENT + " ")
        indent = QFontMetrics(body).averageCharWidth() * 2
        numbers = max(
            (
                (indent if "." in e.number else 0) + strong.horizontalAdvance(f"{e.number}.")
                for e in self._model.entries
            ),
            default=strong.horizontalAdvance("10."),
        )
        text = mark + numbers + strong.horizontalAdvance(" ")
        self._geometry = Geometry(
            mark,
            text,
            max(outer - text, 40),
            strong.lineSpacing(),
            QFontMetrics(body).lineSpacing(),
        )
        return self._geometry

    def lines(self, entry: Entry) -> tuple[str, ...]:
        """The title broken as the bold (current) entry needs it: the same lines fit
        the regular type, so an entry never reflows when it becomes current."""
        width = self.geometry().width
        key = (entry.item.title, width)
        found = self._lines.get(key)
        if found is None:
            found = wrap(entry.item.title, self._fonts()[1], width, TITLE_LINES)
            self._lines[key] = found
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        # Asked for on every look-up of an entry's place (each repaint, each scroll):
        # a dictionary look-up once measured.
        entry = self._model.entries[index.row()]
        where = self.geometry()
        key = (entry.item.title, where.width)
        size = self._sizes.get(key)
        if size is None:
            title = where.title_line * len(self.lines(entry))
            size = QSize(where.text + where.width, title + where.detail_line + 2 * PAD_Y)
            self._sizes[key] = size
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        entry = self._model.entries[index.row()]
        body, bold = self._fonts()
        where = self.geometry()
        painter.save()
        rect = option.rect
        if entry.current:
            painter.fillRect(rect, COLOURS["current_ground"])
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), COLOURS["accent"])
        elif option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        left, top = rect.left() + PAD_X, rect.top() + PAD_Y
        line = where.title_line
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setFont(bold)
        if entry.current or entry.done:
            painter.setPen(COLOURS["accent" if entry.current else "tick"])
            painter.drawText(
                QRect(left, top, where.number, line), flags, CURRENT if entry.current else DONE
            )
        ink = COLOURS["accent" if entry.current else "done" if entry.done else "ink"]
        painter.setPen(ink)
        if not entry.current:
            painter.setFont(body)
        indent = where.number + (
            QFontMetrics(body).averageCharWidth() * 2 if "." in entry.number else 0
        )
        painter.drawText(
            QRect(left + indent, top, where.text - indent, line), flags, f"{entry.number}."
        )
        for text in self.lines(entry):
            painter.drawText(QRect(left + where.text, top, where.width, line), flags, text)
            top += line
        painter.setFont(body)
        painter.setPen(COLOURS["accent" if entry.current else "done"])
        detail = QFontMetrics(body).elidedText(
            entry.detail, Qt.TextElideMode.ElideRight, where.width
        )
        painter.drawText(
            QRect(left + where.text, top, where.width, where.detail_line), flags, detail
        )
        painter.restore()


def wrap(text: str, font: QFont, width: int, most: int) -> tuple[str, ...]:
    """``text`` broken into lines of ``width`` pixels (at spaces where it can), at
    most ``most`` of them, the last elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].rstrip() for start, length in spans[:most]]
    if len(spans) > most:
        rest = text[spans[most - 1][0] :]
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return tuple(lines) or ("",)


class AgendaPanel(QWidget):
    """``chosen(item_id)``: the secretary activated an item (Enter or double-click)."""

    chosen = Signal(int)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.heading = QLabel(self.tr("Agenda"))
        self.model = AgendaModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(0)
        self.delegate = AgendaDelegate(self.list, self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self._current: int | None = None

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)
        self.chosen.connect(session.go_to)

    def show_state(self, state: LiveState) -> None:
        current = state.current_item_id
        entries = [
            Entry(row.number, row.item, row.item.id == current) for row in outline(state.agenda)
        ]
        changed = self.model.show(entries)
        if changed is None:
            self.delegate.forget()  # other numbers: the title column moves
        for row in changed or ():
            self.list.update(self.model.index(row))
        if changed is None or current != self._current:
            self._current = current
            at = next((i for i, e in enumerate(entries) if e.current), None)
            if at is not None:
                index = self.model.index(at)
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def relayout(self) -> None:
        """The type size changed: every entry is measured again."""
        self.delegate.forget()
        self.list.doItemsLayout()

    def _activated(self, index: QModelIndex) -> None:
        self.chosen.emit(int(index.data(ITEM_ID)))
