"""Modules imported after Qt are not read for PySide6's feature question."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path
from types import ModuleType

import pytest

from gsmeet.ui.shell.imports import skip_source_scan, uses_qt


def module(name: str) -> ModuleType:
    return ModuleType(name)


def test_which_modules_use_qt_is_known_from_the_name() -> None:
    assert uses_qt(module("gsmeet.ui.shell.main_window"))
    assert uses_qt(module("gsmeet.ui"))
    assert uses_qt(module("PySide6.QtWidgets"))
    assert not uses_qt(module("gsmeet.storage.models"))
    assert not uses_qt(module("gsmeet.uix"))
    assert not uses_qt(module("sqlalchemy.orm"))


def import_fresh(folder: Path, name: str) -> Path:
    source = folder / f"{name}.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        __import__(name)  # an import statement's way (importlib.import_module goes round it)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)
    return source


def test_a_module_imported_after_qt_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

    feature = importlib.import_module("shibokensupport.feature")
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # restored after

    read = import_fresh(tmp_path, "gsmeet_scan_probe_before")
    assert str(read) in linecache.cache  # PySide6 read its source

    assert skip_source_scan()
    skipped = import_fresh(tmp_path, "gsmeet_scan_probe_after")
    assert str(skipped) not in linecache.cache
