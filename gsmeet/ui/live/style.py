"""How the live screen and the projector look: colours, type scale, timer states.

Sizes are factors of the application font, never pixels, so the screens scale with
the display (125–200 %) and with the secretary's Ctrl+= / Ctrl+-.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

# Type scale relative to the body text of the live screen.
TITLE = 2.0  # the current item
TIMER = 1.9
HEADING = 1.25
SMALL = 0.9

# Projector: relative to its own base, which follows the window height (read across a
# room: a 720-line projector gets about 30 px body text).
PROJECTOR_LINES = 24

SCALE_STEP = 0.1
SCALE_MIN = 0.8
SCALE_MAX = 2.0
# The projector's own factor (preferences): its type already fills the screen.
PROJECTOR_SCALE_MIN = 0.7
PROJECTOR_SCALE_MAX = 1.5

INK = "#111827"
MUTED = "#6b7280"
ACCENT = "#1d4ed8"
ACCENT_SOFT = "#dbeafe"
OK = "#15803d"
AMBER = "#d97706"
RED = "#dc2626"
PANEL = "#f3f4f6"
PENDING = "#9ca3af"

AMBER_AT = 0.8  # share of the planned time where the timer warns


class TimerState(Enum):
    IDLE = "idle"  # no plan to compare with
    ON_TIME = "on_time"
    WARNING = "warning"  # 80 % of the planned time used
    OVER = "over"  # past the planned time


TIMER_COLOURS = {
    TimerState.IDLE: INK,
    TimerState.ON_TIME: OK,
    TimerState.WARNING: AMBER,
    TimerState.OVER: RED,
}


def timer_state(elapsed_seconds: float, planned_minutes: int) -> TimerState:
    if planned_minutes <= 0:
        return TimerState.IDLE
    share = elapsed_seconds / (planned_minutes * 60)
    if share > 1:
        return TimerState.OVER
    if share >= AMBER_AT:
        return TimerState.WARNING
    return TimerState.ON_TIME


def duration(seconds: float) -> str:
    """``7:05`` under an hour, ``1:02:05`` past it; never negative (a clock set back)."""
    total = max(int(seconds), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def seconds_between(start: datetime | None, now: datetime) -> float:
    return 0.0 if start is None else (now - start).total_seconds()


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 1.0) * factor)
    font.setBold(bold)
    return font


def set_scaled_font(widget: QWidget, base: QFont, factor: float, *, bold: bool = False) -> None:
    widget.setFont(scaled_font(base, factor, bold=bold))


def clamp_scale(scale: float) -> float:
    return round(min(max(scale, SCALE_MIN), SCALE_MAX), 2)


def clamp_projector_scale(scale: float) -> float:
    return round(min(max(scale, PROJECTOR_SCALE_MIN), PROJECTOR_SCALE_MAX), 2)


def set_colour(widget: QWidget, colour: str) -> None:
    """The text colour of ``widget``, through its palette: a style sheet would be
    parsed and the widget re-polished on every change (labels that change colour
    with each save or each second)."""
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != QColor(colour):
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        palette.setColor(QPalette.ColorRole.Text, QColor(colour))
        widget.setPalette(palette)
