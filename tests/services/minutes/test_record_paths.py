"""The meeting record read by plain SQL (:mod:`gsmeet.services.record`) is the record
the ORM builder made (kept as golden JSON when both were there, and the two compared
equal on both engines): every session of the demo, and of the demo moved on (a later
session's reviews, re-dates, task changes, achievements; confirmation, issue and a
correction), on SQLite and PostgreSQL (and tests/services/sessions/test_record_paths.py:
a committee built from nothing)."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from gsmeet.domain.enums import DatePrecision, ReviewOutcome, TaskStatus
from gsmeet.domain.records import MeetingRecord
from gsmeet.domain.snapshot import loads
from gsmeet.services.live.briefings import change_task_status
from gsmeet.services.live.reviews import review_action
from gsmeet.services.minutes.corrections import record_correction
from gsmeet.services.minutes.issue import issue_minutes
from gsmeet.services.record import meeting_record
from gsmeet.services.register.strategies import add_achievement, update_task
from gsmeet.services.store import Database
from gsmeet.storage.db import Store
from gsmeet.storage.reader import FileReader, ServerReader, open_file_reader, open_server_reader

from .conftest import Later, confirm

GOLDEN = Path(__file__).parent / "golden" / "records.json.gz"


def every_record_alike(store: Database, stage: str) -> int:
    """Compare the record of every session with the one the ORM builder made of it
    (:data:`GOLDEN`: stage → meeting id → record); returns how many there are. The
    issued files' SHA-256 is left out (it follows the fonts and the layout)."""
    golden = json.loads(gzip.decompress(GOLDEN.read_bytes()))[stage]
    with store.connection() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM meeting")]
    assert sorted(ids) == sorted(int(i) for i in golden)
    # Also through a plain connection alone (sqlite3, psycopg), as the commands that
    # write a document read it.
    location = store.location
    if isinstance(location, Path):
        reader: FileReader | ServerReader | None = open_file_reader(location)
    else:
        reader = open_server_reader(location)
    try:
        for meeting_id in ids:
            expected = unsigned(loads(json.dumps(golden[str(meeting_id)])))
            assert unsigned(meeting_record(store, meeting_id)) == expected, meeting_id
            if reader is not None:
                assert unsigned(meeting_record(reader, meeting_id)) == expected, meeting_id
    finally:
        if reader is not None:
            reader.close()
    assert reader is not None
    return len(ids)


def unsigned(record: MeetingRecord) -> MeetingRecord:
    versions = tuple(replace(v, sha256="") for v in record.minutes_versions)
    return replace(record, minutes_versions=versions)


def test_the_demo_and_the_demo_moved_on_read_alike(store: Store, held: int, later: Later) -> None:
    assert every_record_alike(store, "demo-1") == 3
    before = meeting_record(store, held)
    done, redated, dropped = before.actions[:3]
    review_action(store, later.meeting_id, done.id, ReviewOutcome.DONE, comment="완료 보고")
    review_action(
        store,
        later.meeting_id,
        redated.id,
        ReviewOutcome.REDATE,
        new_due_on=date(2020, 3, 31),
        comment="국비 확보 일정",
    )
    review_action(store, later.meeting_id, dropped.id, ReviewOutcome.DROP)
    strategy = next(s for s in before.strategies if s.id == later.strategy_id)
    change_task_status(
        store,
        later.meeting_id,
        strategy.tasks[0].id,
        TaskStatus.DONE,
        now=datetime(2019, 11, 28, 14, 20),
        note="준공",
    )
    update_task(
        store, strategy.tasks[1].id, status=TaskStatus.ON_HOLD, changed_at=datetime(2019, 12, 2)
    )
    add_achievement(
        store,
        strategy.id,
        occurred_on=date(2019, 11, 1),
        text="착공",
        precision=DatePrecision.MONTH,
    )
    assert every_record_alike(store, "demo-2") == 3
    confirm(store, held)
    assert every_record_alike(store, "demo-3") == 3
    issue_minutes(store, held, None, issued_at=datetime(2019, 9, 2, 10))
    remark = meeting_record(store, held).remarks[0]
    record_correction(
        store,
        held,
        "remark",
        remark.id,
        remark.text + " (정정)",
        asked_by="최영조",
        reason="오기",
        now=datetime(2019, 9, 9, 9),
    )
    assert every_record_alike(store, "demo-4") == 3
