"""Opening live mode from the main window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from gsmeet.ui.live.window import LiveWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gsmeet.ui.kit.worker import Worker


def open_live(
    parent: QWidget,
    worker: Worker,
    meeting_id: int | None,
    *,
    lang: str,
    committee_id: int | None = None,
    clock: Callable[[], datetime] = datetime.now,
    refused: Callable[[str], None] = lambda _why: None,
) -> LiveWindow:
    """Open live mode on ``meeting_id`` (None: the session in progress, else the next
    one not yet held — of ``committee_id`` when given), on the database ``worker`` has
    open. The session is read on the worker; the window shows it once it is, and is
    deleted when closed. Where it cannot be read (no session left to run), the window
    closes and ``refused`` is told why."""
    window = LiveWindow(
        worker,
        meeting_id,
        lang="ko" if lang.startswith("ko") else "en",
        committee_id=committee_id,
        clock=clock,
        parent=parent,
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def give_up(why: str) -> None:
        window.close()
        refused(why)

    window.session.open_failed.connect(give_up)
    window.show()
    window.start()
    return window
