"""The live screen's type size: Ctrl++ and Ctrl+− step it, the preferences set it; it is
kept in the settings and applied to every part of the screen that draws text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from gsmeet.ui.kit.settings import LIVE_TYPE_SCALE
from gsmeet.ui.live import style

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from gsmeet.ui.live.actions import LiveActions
    from gsmeet.ui.live.agenda import AgendaPanel
    from gsmeet.ui.live.entry import RemarkEntry
    from gsmeet.ui.live.header import ItemHeader, SessionBar
    from gsmeet.ui.live.records import RemarkView


class TypeSize(QObject):
    """``scale``: the factor of the application font the screen is drawn at."""

    def __init__(
        self,
        actions: LiveActions,
        *,
        central: QWidget,
        header: ItemHeader,
        bar: SessionBar,
        entry: RemarkEntry,
        speaker: QLabel,
        remarks: RemarkView,
        agenda: AgendaPanel,
    ) -> None:
        super().__init__(central)
        self._central = central
        self._header = header
        self._bar = bar
        self._entry = entry
        self._speaker = speaker
        self._remarks = remarks
        self._agenda = agenda
        self.scale = style.clamp_scale(LIVE_TYPE_SCALE.get())
        actions.bigger.triggered.connect(lambda: self.set_scale(self.scale + style.SCALE_STEP))
        actions.smaller.triggered.connect(lambda: self.set_scale(self.scale - style.SCALE_STEP))
        self.apply()

    def set_scale(self, scale: float) -> None:
        self.scale = style.clamp_scale(scale)
        LIVE_TYPE_SCALE.set(self.scale)
        self.apply()

    def apply(self) -> None:
        base = style.scaled_font(QApplication.font(), self.scale)
        self._central.setFont(base)
        self._header.apply_fonts(base)
        style.set_scaled_font(self._bar.session, base, style.HEADING, bold=True)
        style.set_scaled_font(self._bar.session_clock, base, style.HEADING, bold=True)
        style.set_scaled_font(self._entry, base, 1.15)
        style.set_scaled_font(self._speaker, base, 1.05, bold=True)
        self._remarks.delegate.forget()
        entry = self._entry
        lines = entry.fontMetrics().lineSpacing()
        entry.setFixedHeight(int(lines * 3.2) + 2 * entry.frameWidth() + 8)
        self._remarks.relayout()
        self._agenda.relayout()
