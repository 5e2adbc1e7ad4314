"""Modules imported after Qt are not read for PySide6's feature question."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from gsmeet.ui.shell.imports import uses_qt


def module(name: str) -> ModuleType:
    return ModuleType(name)


def test_which_modules_use_qt_is_known_from_the_name() -> None:
    assert uses_qt(module("gsmeet.ui.shell.main_window"))
    assert uses_qt(module("gsmeet.ui"))
    assert uses_qt(module("PySide6.QtWidgets"))
    assert not uses_qt(module("gsmeet.storage.models"))
    assert not uses_qt(module("gsmeet.uix"))
    assert not uses_qt(module("sqlalchemy.orm"))


# Run in a child: the question is asked once per module and process, and the window's
# start-up (tests/ui/test_app.py runs it in this process) may have answered it already.
PROBE = """
import json, linecache, sys
from pathlib import Path
folder = Path(sys.argv[1])
sys.path.insert(0, str(folder))

def import_fresh(name):
    source = folder / f"{name}.py"
    source.write_text("VALUE = 1\\n", encoding="utf-8")
    __import__(name)  # an import statement's way (importlib.import_module goes round it)
    return str(source) in linecache.cache

import PySide6.QtCore  # installs PySide6's import hook
from gsmeet.ui.shell.imports import skip_source_scan
before = import_fresh("gsmeet_scan_probe_before")
skipped = skip_source_scan()
after = import_fresh("gsmeet_scan_probe_after")
print(json.dumps({"read_before": before, "skipped": skipped, "read_after": after}))
"""


def test_a_module_imported_after_qt_is_not_read(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"read_before": True, "skipped": True, "read_after": False}
