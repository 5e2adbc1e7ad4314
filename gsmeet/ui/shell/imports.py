"""Importing after Qt without reading every module's source.

Importing PySide6 replaces ``__import__`` so that a module may opt into Qt for Python's
``from __feature__ import snake_case, true_property``; as a side effect, each module
imported afterwards has its source file read and searched for "PySide6"
(shibokensupport's ``_mod_uses_pyside``), which decides whether calls from that module
switch to the default feature set (0) or leave the current one alone (-1). In gsmeet
that is every SQLAlchemy and gsmeet module the window loads after Qt — about a fifth of
what importing SQLAlchemy costs there, on the way to the window being ready (wheel
installs and checkouts; a bundle holds no sources, so nothing is read there).

gsmeet never selects a feature (no module of it imports ``__feature__``; a module that
does still gets its own entry, which ``feature_import`` writes), so the current set is
always the default one and the answer changes nothing; only gsmeet/ui imports Qt (the
house rule), so the answer is known from the module's name. A PySide6 without that
function is left as it is.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

UI_PACKAGE = "gsmeet.ui"


def uses_qt(module: ModuleType) -> bool:
    """Whether ``module`` uses Qt, from its name: gsmeet's window, or Qt for Python."""
    name = getattr(module, "__name__", "")
    return name == UI_PACKAGE or name.startswith((f"{UI_PACKAGE}.", "PySide6", "shiboken6"))


def skip_source_scan() -> bool:
    """Answer PySide6's per-import question with :func:`uses_qt` (call once PySide6 is
    imported); False when this PySide6 does not ask it that way."""
    try:
        feature: Any = importlib.import_module("shibokensupport.feature")  # PySide6's own
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_qt
    return True
