"""Every test has its own data folder and its own Qt settings: nothing one test saves
(window geometry, type scale, last folder) is seen by the next."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.mark.parametrize("turn", [1, 2])
def test_settings_saved_by_one_test_are_not_seen_by_another(turn: int) -> None:
    settings = QSettings("gsmeet", "gsmeet")
    assert settings.value("isolation/turn") is None, "a setting leaked from another test"
    settings.setValue("isolation/turn", turn)
    settings.sync()
    assert settings.status() is QSettings.Status.NoError


@pytest.mark.parametrize(
    "settings_format", [QSettings.Format.NativeFormat, QSettings.Format.IniFormat]
)
def test_settings_files_are_in_the_tests_own_folder(
    settings_dir: Path, settings_format: QSettings.Format
) -> None:
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        settings = QSettings(settings_format, scope, "gsmeet", "gsmeet")
        assert Path(settings.fileName()).is_relative_to(settings_dir), settings.fileName()


def test_the_data_folder_is_the_tests_own(data_dir: Path, tmp_path: Path) -> None:
    from gsmeet.storage.paths import data_dir as gsmeet_data_dir

    assert gsmeet_data_dir() == data_dir and data_dir.is_relative_to(tmp_path)
    assert Path(os.environ["HOME"]).is_relative_to(tmp_path)
