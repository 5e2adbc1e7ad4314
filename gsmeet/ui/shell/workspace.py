"""The working area of the main window, in pages: the sessions (the session list beside
the session view), the committee register, the strategy register and the action
tracker.

Built right after the window's first paint: the window frame (menus, status bar) is
on screen at once, and the item views, which need much more of Qt, follow before any
data has arrived. The two registers and the agenda builder are built the first time
they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from gsmeet.ui.kit.settings import MAIN_SPLITTER
from gsmeet.ui.sessions.live_marks import LiveMarks
from gsmeet.ui.sessions.meeting_list import MeetingListPanel
from gsmeet.ui.sessions.meeting_view import AGENDA, MeetingView

if TYPE_CHECKING:
    from gsmeet.ui.agenda.builder import AgendaBuilder
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.register.page import RegisterPage
    from gsmeet.ui.strategies.page import StrategyPage
    from gsmeet.ui.tracker.page import TrackerPage

LIST_WIDTH = 420
SESSIONS, REGISTER, STRATEGIES, TRACKER = range(4)


class Workspace(QTabWidget):
    action_chosen = Signal(object)  # a TrackedAction whose session to open

    def __init__(self, context: Context, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        lang = context.lang
        self.meeting_list = MeetingListPanel(lang)
        # Which session is run live, by whom (a server database's), read again now and then.
        self.live_marks = LiveMarks(context.worker, self.meeting_list.model, context.now, self)
        self.meeting_view = MeetingView(lang)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.meeting_list)
        self.splitter.addWidget(self.meeting_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, max(width - LIST_WIDTH, LIST_WIDTH)])
        self.splitter.setContentsMargins(8, 8, 8, 0)
        state = MAIN_SPLITTER.get()
        if not state.isEmpty():
            self.splitter.restoreState(state)

        self.setDocumentMode(True)
        self.addTab(self.splitter, self.tr("Sessions"))
        self.addTab(self._holder(), self.tr("Committee register"))
        self.addTab(self._holder(), self.tr("Strategy register"))
        self.addTab(self._holder(), self.tr("Action items"))
        self._register: RegisterPage | None = None
        self._strategies: StrategyPage | None = None
        self._tracker: TrackerPage | None = None
        self.currentChanged.connect(self._build_page)

        # The session view's agenda tab: the read-only table for a session held, the
        # agenda builder for one still planned.
        tabs = self.meeting_view.tabs
        self.agenda_stack = QStackedWidget()
        title = tabs.tabText(AGENDA)
        read_only = tabs.widget(AGENDA)
        assert read_only is not None
        tabs.removeTab(AGENDA)
        self.agenda_stack.addWidget(read_only)
        tabs.insertTab(AGENDA, self.agenda_stack, title)
        self._builder: AgendaBuilder | None = None

    @staticmethod
    def _holder() -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        return holder

    def _build_page(self, index: int) -> None:
        if index == REGISTER:
            self.register_page  # noqa: B018  (built on first show)
        elif index == STRATEGIES:
            self.strategy_page  # noqa: B018
        elif index == TRACKER:
            self.tracker_page  # noqa: B018

    def _place(self, index: int, page: QWidget) -> None:
        holder = self.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None
        layout.addWidget(page)

    @property
    def register_page(self) -> RegisterPage:
        if self._register is None:
            from gsmeet.ui.register.page import RegisterPage

            self._register = RegisterPage(self.context)
            self._place(REGISTER, self._register)
            self._register.reload()
        return self._register

    @property
    def strategy_page(self) -> StrategyPage:
        if self._strategies is None:
            from gsmeet.ui.strategies.page import StrategyPage

            self._strategies = StrategyPage(self.context)
            self._place(STRATEGIES, self._strategies)
            self._strategies.reload()
        return self._strategies

    @property
    def tracker_page(self) -> TrackerPage:
        if self._tracker is None:
            from gsmeet.ui.tracker.page import TrackerPage

            self._tracker = TrackerPage(self.context)
            self._tracker.open_origin.connect(self.action_chosen)
            self._place(TRACKER, self._tracker)
            self._tracker.reload()
        return self._tracker

    @property
    def agenda_builder(self) -> AgendaBuilder:
        if self._builder is None:
            from gsmeet.ui.agenda.builder import AgendaBuilder

            self._builder = AgendaBuilder(self.context)
            self.agenda_stack.addWidget(self._builder)
        return self._builder

    def show_page(self, index: int) -> None:
        self.setCurrentIndex(index)
        page = self.currentWidget()
        if index == REGISTER:
            self.register_page.search.setFocus()
        elif index == STRATEGIES:
            self.strategy_page.view.setFocus()
        elif index == TRACKER:
            self.tracker_page.view.setFocus()
        elif page is not None:
            self.meeting_list.focus_list()

    def show_builder(self, on: bool) -> None:
        """The agenda tab shows the builder (``on``) or the read-only agenda."""
        if on:
            self.agenda_stack.setCurrentWidget(self.agenda_builder)
        else:
            self.agenda_stack.setCurrentIndex(0)
            if self._builder is not None:
                self._builder.show_meeting(None)

    @property
    def builder_shown(self) -> bool:
        return self._builder is not None and self.agenda_stack.currentWidget() is self._builder

    def save_state(self) -> None:
        MAIN_SPLITTER.set(self.splitter.saveState())
