"""The panel above the remarks, for the two kinds of item that have one: a status
briefing (:class:`BriefingPanel`) or the review of earlier action items
(:class:`ReviewPanel`). Nothing is loaded for the other items.

What an item's panel showed last time is shown again at once when the secretary comes
back to it, and read again from the worker behind it (another window may have changed
the register meanwhile); the tables are redrawn only when what comes back differs.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from gsmeet.domain.enums import AgendaKind
from gsmeet.ui.live.briefing import BriefingPanel, ReviewPanel

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import BriefingView, LiveState, ReviewItem
    from gsmeet.domain.records import AgendaItemRecord
    from gsmeet.ui.live.session import LiveSession

EMPTY, BRIEFING, REVIEW = range(3)


def page_for(item: AgendaItemRecord | None) -> int:
    if item is not None and item.kind is AgendaKind.ACTION_REVIEW:
        return REVIEW
    if item is not None and item.strategy_id is not None:
        return BRIEFING
    return EMPTY


class ItemPanels(QStackedWidget):
    """``wanted(item_id)``: the panel of that item is to be read from the worker (its
    briefing, or the review list)."""

    wanted = Signal(int)

    def __init__(self, lang: Lang, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing = BriefingPanel(lang)
        self.review = ReviewPanel(lang, today)
        self.addWidget(QWidget())
        self.addWidget(self.briefing)
        self.addWidget(self.review)
        self.item_id: int | None = None
        self._loaded: int | None = None  # the item whose panel was read at its last move
        self._briefings: dict[int, BriefingView] = {}
        self._reviews: list[ReviewItem] | None = None
        self.setVisible(False)

    def listen_to(self, session: LiveSession) -> None:
        session.shown.connect(self.show_state)
        session.landed.connect(self.landed)
        session.briefing_loaded.connect(self.briefing_loaded)
        session.reviews_loaded.connect(self.reviews_loaded)
        self.wanted.connect(session.load_item_panel)

    def show_state(self, state: LiveState) -> None:
        current = state.current_item_id
        self.show_item(next((i for i in state.agenda if i.id == current), None))

    def landed(self, state: LiveState) -> None:
        """A committed state is on screen: the panel of a new item is read afresh (once
        the move is committed and painted, not before)."""
        if state.current_item_id != self._loaded:
            self._loaded = state.current_item_id
            self.load()

    def show_item(self, item: AgendaItemRecord | None) -> None:
        """The panel of ``item``, with what it showed last time (:meth:`load` reads
        it again)."""
        item_id = item.id if item is not None else None
        if item_id == self.item_id:
            return
        self.item_id = item_id
        page = page_for(item)
        if page == BRIEFING and item_id in self._briefings:
            self._show_briefing(self._briefings[item_id])
        elif page == BRIEFING:
            self.briefing.clear()
        elif page == REVIEW and self._reviews is not None:
            self._show_reviews(self._reviews)
        self.setCurrentIndex(page)
        self.setVisible(page != EMPTY)

    def load(self) -> None:
        """Read the panel shown from the worker."""
        if self.item_id is not None and self.currentIndex() != EMPTY:
            self.wanted.emit(self.item_id)

    def briefing_loaded(self, view: BriefingView) -> None:
        self._briefings[view.item_id] = view
        if view.item_id == self.item_id and self.currentIndex() == BRIEFING:
            self._show_briefing(view)

    def reviews_loaded(self, items: list[ReviewItem]) -> None:
        self._reviews = items
        if self.currentIndex() == REVIEW:
            self._show_reviews(items)

    def _show_briefing(self, view: BriefingView) -> None:
        if view != self.briefing.view:
            self.briefing.show_briefing(view)

    def _show_reviews(self, items: list[ReviewItem]) -> None:
        if items != self.review.items:
            self.review.show_items(items)
