"""Where the bundled resources (fonts, translations) are, in a checkout or a bundle.

Qt-free on purpose: the command line and packaging scripts may ask too.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: inside a PyInstaller bundle (``sys._MEIPASS``) or at
    the top of the repository checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"
