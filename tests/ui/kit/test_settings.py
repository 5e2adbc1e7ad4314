"""The settings registry: one declaration per setting, damaged values read as defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gsmeet.ui.kit.settings import (
    LAST_FOLDER,
    LIVE_GEOMETRY,
    LIVE_TYPE_SCALE,
    MAIL_PORT,
    SETTINGS,
    UI_LANGUAGE,
)


def test_every_setting_has_one_key(qapp: object) -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys)) == 14
    assert not any("password" in key.lower() for key in keys)  # never kept there


def test_values_round_trip_and_damage_reads_as_the_default(qapp: object) -> None:
    assert LAST_FOLDER.get() == str(Path.home())
    LAST_FOLDER.set("/srv/회의")
    assert LAST_FOLDER.get() == "/srv/회의"
    LIVE_TYPE_SCALE.set(1.25)
    assert LIVE_TYPE_SCALE.get() == 1.25
    QSettings().setValue(LIVE_TYPE_SCALE.key, "크게")
    assert LIVE_TYPE_SCALE.get() == 1.0
    QSettings().setValue(LIVE_GEOMETRY.key, "not a state")
    assert LIVE_GEOMETRY.get() == QByteArray()
    assert UI_LANGUAGE.get() == ""
    QSettings().setValue(UI_LANGUAGE.key, "fr")
    assert UI_LANGUAGE.get() == ""
    QSettings().setValue(MAIL_PORT.key, "포트")
    assert MAIL_PORT.get() == 587
