"""The files gsmeet ships inside its package, found where the package is (a checkout,
an installed wheel, a PyInstaller bundle) with :mod:`importlib.resources`:

- ``fonts/``: the Nanum TrueType faces, slimmed and renamed (SIL Open Font License 1.1,
  ``fonts/OFL.txt``; what was changed: ``fonts/FONTLOG.txt``), embedded in every PDF
  and registered with Qt so Hangul shows on any machine;
- ``translations/``: the Korean translation sources (``*.ts``; the command line reads
  its message wordings from ``messages_<lang>.ts``) and Qt's compiled ``*.qm``, built
  from them by ``scripts/compile_translations.py`` in a checkout and when a wheel is
  built (``setup.py``).

Qt-free and database-free: the report, the command line and the window all ask here.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_extracted = ExitStack()  # only a zipped install extracts; its copies live until exit
atexit.register(_extracted.close)


def resource(folder: str, name: str | None = None) -> Path:
    """The shipped ``folder`` (or the file ``name`` in it) as a path on disk: Qt and
    ReportLab open files by name. A missing file is returned as is (callers say so)."""
    found = files(__name__) / folder
    if name is not None:
        found = found / name
    return _extracted.enter_context(as_file(found))


def font_file(name: str) -> Path:
    return resource("fonts", name)


def translations_dir() -> Path:
    return resource("translations")
