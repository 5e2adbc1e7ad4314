"""Edit ▸ Find in sessions (Ctrl+F): search every session of the committee as you type.

Each result shows the session, the agenda item, what it is (remark, decision …), who
said it or owns it, and the text around the match with the match highlighted. Enter
(or a double click) opens that session at that item and closes the dialog; Ctrl+F
opens it again with the same words and results (:meth:`SearchDialog.carry_on`).
Searches run on the database worker, one at a time: what is typed while one runs is
searched when it returns.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.labels import Lang, label
from gsmeet.domain.sessions import session_name
from gsmeet.ui.kit.fields import ERROR_STYLE
from gsmeet.ui.kit.table_model import Column, Index, RowTableModel
from gsmeet.ui.kit.text import day_text
from gsmeet.ui.kit.views import fit_interactive_columns, read_only_table, select_and_show
from gsmeet.ui.search import ops

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from gsmeet.domain.search import SearchHit, SearchResults
    from gsmeet.ui.kit.context import Context

TYPING_PAUSE_MS = 150  # search once the typing pauses this long
MARKED_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet as HTML, matches highlighted
MARK_STYLE = "background-color:#fde68a; color:#111827; font-weight:600"


def marked_html(hit: SearchHit) -> str:
    """The snippet with each match wrapped in a highlight, the rest escaped."""
    parts: list[str] = []
    at = 0
    for start, end in hit.marks:
        parts.append(html.escape(hit.snippet[at:start]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(hit.snippet[start:end])}</span>')
        at = end
    parts.append(html.escape(hit.snippet[at:]))
    return "".join(parts)


class HitModel(RowTableModel):
    SESSION, ITEM, KIND, WHO, TEXT = range(5)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def session(hit: SearchHit) -> str:
            day = day_text(hit.held_on, lang, weekday=False)
            return f"{session_name(hit.session, lang)} · {day}"

        def item(hit: SearchHit) -> str:
            return f"{hit.item_number}. {hit.item_title}" if hit.item_number else hit.item_title

        self.define_columns(
            [
                Column(self.tr("Session"), session, tooltip=True),
                Column(self.tr("Agenda item"), item, tooltip=True),
                Column(self.tr("What"), lambda h: label(h.kind, lang)),
                Column(self.tr("Speaker or owner"), lambda h: h.speaker, tooltip=True),
                Column(self.tr("Text"), lambda h: h.snippet, tooltip=True),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == MARKED_ROLE and index.isValid() and index.row() < len(self.rows):
            return marked_html(self.rows[index.row()])
        return super().data(index, role)


class MarkedDelegate(QStyledItemDelegate):
    """Paints a cell's :data:`MARKED_ROLE` HTML (the highlighted snippet) on one line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        options.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(options.font)
        document.setHtml(str(index.data(MARKED_ROLE) or ""))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = options.palette
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        colour = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(colour))
        painter.save()
        top = area.top() + max((area.height() - document.size().height()) / 2, 0)
        painter.translate(area.left(), top)
        painter.setClipRect(0, 0, area.width(), area.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


class _Query(QLineEdit):
    """The words; Down moves into the results."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    chosen = Signal(object)  # the SearchHit to open
    searched = Signal()  # results (or "none") are on screen for the words in the field

    def __init__(
        self,
        context: Context,
        parent: QWidget | None = None,
        *,
        words: str = "",
        results: SearchResults | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.results: SearchResults | None = None
        committee = context.committee
        self.committee_id = committee.id if committee is not None else None
        self.setWindowTitle(self.tr("Find in sessions"))
        self.query = _Query()
        self.query.setPlaceholderText(
            self.tr("Words of remarks, decisions, action items, agenda, briefings — ㅊㅇㅈ: 최영조")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search words"))
        self.model = HitModel(context.lang, self)
        self.view = read_only_table(
            self.model,
            stretch=HitModel.TEXT,
            interactive=[HitModel.SESSION, HitModel.ITEM, HitModel.WHO],
            name=self.tr("Search results"),
        )
        self.view.setItemDelegateForColumn(HitModel.TEXT, MarkedDelegate(self.view))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setText(self.tr("Type a word or more; every one must match."))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self._running = False
        self._open_when_shown = False  # Enter was pressed before the results came
        self.shown_query = ""  # the words whose results are on screen
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.query.down.connect(self._into_results)
        self.view.activated.connect(lambda index: self.open_row(index.row()))

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.query)
        self.resize(1100, 560)
        if words:
            self.query.blockSignals(True)
            self.query.setText(words)
            self.query.blockSignals(False)
            self._show(results, words)
            self.query.selectAll()  # ready to be typed over

    # -- searching ----------------------------------------------------------------------

    def search_now(self) -> None:
        """Search the words in the field (after any search still running)."""
        self._timer.stop()
        words = self.query.text().strip()
        if words == self.shown_query and (words or not self.model.rows):
            self.searched.emit()
            return
        if not words:
            self._show(None, "")
            return
        if self._running:
            return  # searched again when the running one returns
        self._running = True

        def done(results: SearchResults) -> None:
            self._running = False
            self._show(results, words)
            if self.query.text().strip() != words:
                self.search_now()
            elif self._open_when_shown:
                self.open_current()

        def failed(message: str) -> None:
            self._running = False
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(message)
            if self.query.text().strip() != words:  # typed on meanwhile: search those
                self.search_now()
            else:
                self._open_when_shown = False  # nothing to open

        self.context.run(ops.find(words, self.committee_id), done, failed)

    def _show(self, results: SearchResults | None, words: str) -> None:
        self.shown_query = words
        self.results = results
        self.status.setStyleSheet("")
        hits = results.hits if results is not None else ()
        self.model.set_rows(hits)
        if results is None:
            self.status.setText(self.tr("Type a word or more; every one must match."))
        elif not hits:
            self.status.setText(self.tr("Nothing found for {words}.").format(words=words))
        elif results.truncated:
            self.status.setText(
                self.tr("The first {count} hits: there are more; add a word to narrow it.").format(
                    count=len(hits)
                )
            )
        else:
            self.status.setText(self.tr("{count} hits").format(count=len(hits)))
        if hits:
            fit_interactive_columns(self.view, [HitModel.SESSION, HitModel.ITEM, HitModel.WHO], 240)
            self.view.selectRow(0)
        self.searched.emit()

    # -- opening ------------------------------------------------------------------------

    def _into_results(self) -> None:
        if self.model.rows:
            select_and_show(self.view, max(self.view.currentIndex().row(), 0))

    def open_current(self) -> None:
        """Enter in the field: the selected result (the first one), once the words
        typed so far have been searched."""
        if self.query.text().strip() != self.shown_query or self._running:
            self._open_when_shown = True
            self.search_now()
            return
        self._open_when_shown = False
        if self.model.rows:
            self.open_row(max(self.view.currentIndex().row(), 0))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.chosen.emit(self.model.row_at(row))
            self.close()

    def carry_on(self, parent: QWidget) -> SearchDialog:
        """A new dialog with this one's words and results (Ctrl+F after it closed)."""
        words = self.shown_query if self.results is not None else ""
        return SearchDialog(self.context, parent, words=words, results=self.results)

    def focus_words(self) -> None:
        """Ctrl+F while it is open: back to the words, selected to be typed over."""
        self.activateWindow()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
