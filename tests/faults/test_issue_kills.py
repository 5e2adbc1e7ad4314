"""``gsmeet issue`` killed at any point (reliability row 22): nothing issued, or an issued
version whose file ``gsmeet minutes`` writes again byte for byte; the file at --out is
absent or whole; the temporary file a kill left is gone after the next start."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from sqlalchemy import select

from gsmeet.domain.enums import MeetingStatus
from gsmeet.services.minutes.documents import write_minutes
from gsmeet.services.store import open_database
from gsmeet.storage.models import Meeting, MinutesFile, MinutesVersion, PendingFile

from .battery import sweep
from .injector import Run


def test_a_kill_at_any_sync_or_rename_of_an_issue_leaves_it_recoverable(
    demo_db: Path, tmp_path: Path
) -> None:
    def prepare(folder: Path) -> list[str]:
        shutil.copyfile(demo_db, folder / "db.db")
        (folder / "out").mkdir()
        return [
            sys.executable, "-m", "gsmeet", "issue", "--db", str(folder / "db.db"),
            "--meeting", "2019-08-22", "--out", str(folder / "out" / "m.pdf"), "--unconfirmed",
        ]  # fmt: skip

    def verify(folder: Path, run: Run) -> int:
        out = folder / "out" / "m.pdf"
        store = open_database(folder / "db.db")  # the next start: leftovers are cleaned
        try:
            with store.session() as s:
                meeting = s.scalars(select(Meeting).where(Meeting.number == 2)).one()
                versions = list(
                    s.scalars(select(MinutesVersion).where(MinutesVersion.meeting_id == meeting.id))
                )
                kept = list(s.scalars(select(MinutesFile)))
                pending = list(s.scalars(select(PendingFile)))
                status, meeting_id = meeting.status, meeting.id
            assert pending == []
            assert sorted(p.name for p in out.parent.iterdir()) in ([], ["m.pdf"])
            if not versions:
                assert status is MeetingStatus.HELD and kept == []
                assert not out.exists() and "Issued" not in run.stdout
                return 1
            (version,) = versions
            assert status is MeetingStatus.MINUTES_ISSUED and len(kept) == 1
            again = folder / "again.pdf"
            write_minutes(store, meeting_id, again)
            assert hashlib.sha256(again.read_bytes()).hexdigest() == version.sha256
            if out.exists():
                assert out.read_bytes() == again.read_bytes()
            if not run.killed:
                assert out.exists()
            return 2
        finally:
            store.close()

    figures = sweep("issue", tmp_path, prepare, verify)
    assert figures.kills >= 3
    assert figures.calls.get("fsync", 0) + figures.calls.get("fdatasync", 0) >= 2
