"""What happens to an exception nobody caught: the traceback goes to a log file in the
data folder, the secretary sees one short sentence (never a traceback)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QWidget

LOG_NAME = "gsmeet-errors.log"
ExceptHook = Callable[[type[BaseException], BaseException, "TracebackType | None"], None]


def log_path() -> Path:
    """Beside the default database, in the user data folder."""
    from gsmeet.services.store import default_database

    return default_database().with_name(LOG_NAME)


def write_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    """Append the traceback to the log file; returns where it went."""
    import traceback
    from datetime import datetime

    from gsmeet.services.files import append_private

    path = log_path()
    stamp = datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(kind, error, tb))
    append_private(path, f"--- {stamp}\n{text}\n")  # owner-only: it holds paths and names
    return path


def one_line(error: BaseException) -> str:
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0]}" if message else type(error).__name__


class CrashHandler:
    """Installed as ``sys.excepthook`` while the window runs.

    ``interactive`` False (``--quit-when-ready``): one line on stderr and ``on_fatal``
    (which ends the event loop with exit code 1) instead of a dialog.
    """

    def __init__(
        self,
        parent: Callable[[], QWidget | None],
        *,
        interactive: bool,
        on_fatal: Callable[[], None],
    ) -> None:
        self._parent = parent
        self._interactive = interactive
        self._on_fatal = on_fatal
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        try:
            where: Path | None = write_log(kind, error, tb)
        except Exception:  # no log (a full disk, a broken install): still tell the user
            where = None
        if not self._interactive:
            suffix = f" (details in {where})" if where else ""
            print(f"gsmeet: unexpected error: {one_line(error)}{suffix}", file=sys.stderr)
            self._on_fatal()
            return
        if self._showing:  # an error while the first is on screen: logged is enough
            return
        self._showing = True
        try:
            if isinstance(error, OSError):  # the system refused (a full disk): no bug
                from gsmeet.ui.kit.wording import one_line as said

                text = said(error)
            else:
                text = QCoreApplication.translate(
                    "CrashHandler", "Something went wrong: {error}"
                ).format(error=one_line(error))
            if where is not None:
                text += "\n\n" + QCoreApplication.translate(
                    "CrashHandler", "The details were written to {path}."
                ).format(path=where)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self._parent(), "gsmeet", text)
        finally:
            self._showing = False
