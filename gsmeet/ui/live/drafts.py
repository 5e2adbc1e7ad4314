"""Drafts of what is being typed, kept so a crash loses none of it
(:mod:`gsmeet.services.live.drafts`): saved about 500 ms after the last keystroke, on the
worker, in order with the entries — so a draft cleared after its entry was saved can
never be overwritten by an older save. Typing itself never waits for a disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from gsmeet.domain.locations import Location
    from gsmeet.services.live.drafts import DraftBook
    from gsmeet.ui.kit.worker import Worker

DRAFT_DELAY_MS = 500


class DraftKeeper(QObject):
    restored = Signal(object)  # dict[str, str]: field -> text left from last time
    saved = Signal(str)  # field: its draft is on disk

    def __init__(
        self,
        worker: Worker,
        *,
        path: Path | None = None,
        delay_ms: int = DRAFT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._path = path
        self._delay = delay_ms
        self._drafts: DraftBook | None = None
        self._where: tuple[Location, int] | None = None
        self._fields: dict[str, Callable[[], str]] = {}
        self._timers: dict[str, QTimer] = {}
        # Per field, the number of the latest save asked for: a queued save that a
        # later one (or a flush) overtook writes nothing, so older text never wins.
        self._latest: dict[str, int] = {}

    def open(self, database: Location, meeting_id: int) -> None:
        """Open the drafts file on the worker and report the drafts left for this
        meeting (:attr:`restored`)."""
        path = self._path

        def job() -> tuple[DraftBook, dict[str, str]]:
            from gsmeet.services.live.drafts import open_drafts

            drafts = open_drafts(path)
            left = {d.field: d.text for d in drafts.load_drafts(database, meeting_id)}
            return drafts, left

        def done(result: tuple[DraftBook, dict[str, str]]) -> None:
            self._drafts, left = result
            self._where = (database, meeting_id)
            self.restored.emit(left)

        self._worker.call(job, done, lambda _error: None)  # no drafts: typing still works

    @property
    def is_open(self) -> bool:
        return self._drafts is not None

    def watch(self, field: str, text: Callable[[], str]) -> None:
        self._fields[field] = text
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self._delay)
        timer.timeout.connect(lambda: self.save_now(field))
        self._timers[field] = timer

    def typed(self, field: str) -> None:
        """A keystroke in ``field``: its draft is saved once typing pauses."""
        timer = self._timers.get(field)
        if timer is not None:
            timer.start()

    def save_now(self, field: str) -> None:
        """Queue the save of ``field`` as it is now (empty: the draft is cleared) behind
        whatever the worker has queued — after an entry being saved, for one."""
        self._timers[field].stop()
        drafts, where = self._drafts, self._where
        if drafts is None or where is None:
            return
        text = self._fields[field]()
        database, meeting_id = where
        number = self._latest[field] = self._latest.get(field, 0) + 1

        def job() -> None:
            if self._latest.get(field) == number:
                drafts.save_draft(database, meeting_id, field, text)

        self._worker.call(job, lambda _none: self.saved.emit(field), lambda _error: None)

    def flush(self) -> None:
        """Save every field now, on this thread, durably before returning (the process
        is about to end: SIGTERM, the window closing)."""
        drafts, where = self._drafts, self._where
        if drafts is None or where is None:
            return
        for field, text in self._fields.items():
            self._timers[field].stop()
            self._latest[field] = self._latest.get(field, 0) + 1
            drafts.save_draft(where[0], where[1], field, text())

    def close(self) -> None:
        drafts, self._drafts = self._drafts, None
        if drafts is not None:
            self._worker.call(drafts.close, lambda _none: None, lambda _error: None)
