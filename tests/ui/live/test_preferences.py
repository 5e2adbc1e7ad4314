"""The type sizes chosen in the preferences apply at once to an open live screen and its
projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.ui.live.window import LiveWindow
from gsmeet.ui.shell.preferences import PreferencesDialog


def test_the_preferences_resize_the_open_live_screen_and_projector(
    qtbot: QtBot, live: LiveWindow
) -> None:
    qtbot.keyClick(live.entry, Qt.Key.Key_F5)
    projector = live.projection.window
    assert projector is not None and projector.isVisible()
    entry_before = live.entry.font().pointSizeF()
    title_before = projector.title.font().pixelSize()

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.live_size.setValue(150)
    dialog.projector_size.setValue(130)
    dialog.accept()

    assert live.scale == 1.5
    assert live.entry.font().pointSizeF() > entry_before
    assert projector.type_scale == 1.3
    assert projector.title.font().pixelSize() > title_before
