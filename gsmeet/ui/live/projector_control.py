"""The projector from the secretary's side: F5 opens it beside (or on the second screen)
and closes it, Ctrl+B blanks it; while it is open it is fed by the session's signals —
committed states only — and the speaker's; the session bar says what the room sees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gsmeet.ui.live.projector import ProjectorWindow

if TYPE_CHECKING:
    from gsmeet.ui.live.header import SessionBar
    from gsmeet.ui.live.room import Room
    from gsmeet.ui.live.speaker_control import SpeakerController


class ProjectorController(QObject):
    def __init__(
        self, room: Room, speakers: SpeakerController, bar: SessionBar, secretary: QWidget
    ) -> None:
        super().__init__(secretary)
        self._session = room.session
        self._speakers = speakers
        self._actions = actions = room.actions
        self._bar = bar
        self._secretary = secretary
        self._lang = room.lang
        self.window: ProjectorWindow | None = None
        actions.projector.triggered.connect(self.toggle)
        actions.blank.toggled.connect(self.blank)

    @property
    def shown(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle(self) -> None:
        if self.shown:
            self.close()
            return
        if self.window is None:
            self.window = self._build()
        state = self._session.state
        if state is not None:
            self.window.present(state)
        self.window.show_speaker(self._speakers.current)
        self.window.set_blank(self._actions.blank.isChecked())
        self.window.show_beside(self._secretary)
        self.window.tick(self._session.clock())
        self._show_state()
        self._secretary.activateWindow()  # the secretary keeps typing there

    def _build(self) -> ProjectorWindow:
        window = ProjectorWindow(self._lang)
        window.addAction(self._actions.projector)
        window.addAction(self._actions.blank)
        s = self._session
        # Fed by signals while it lives: committed states only, never a draft.
        s.landed.connect(window.present)
        s.records_changed.connect(window.present)
        s.ticked.connect(window.tick)
        self._speakers.changed.connect(window.show_speaker)
        window.closed.connect(self._show_state)
        return window

    def blank(self, blank: bool) -> None:
        if self.window is not None:
            self.window.set_blank(blank)
        self._show_state()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        self._show_state()

    def dispose(self) -> None:
        """The live window closes: the projector goes with it."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()

    def _show_state(self) -> None:
        self._bar.show_projector(self.shown, self._actions.blank.isChecked())
