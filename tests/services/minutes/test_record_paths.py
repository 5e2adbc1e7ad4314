"""The meeting record read by plain SQL (:mod:`gsmeet.services.record`) is the record
the ORM builder made: every session of the demo, and of the demo moved on (a later
session's reviews, re-dates, task changes, achievements; confirmation, issue and a
correction), on SQLite and PostgreSQL (and tests/services/sessions/test_record_paths.py:
a committee built from nothing)."""

from __future__ import annotations

import gzip
import json
import os
from datetime import date, datetime
from pathlib import Path

from gsmeet.domain.enums import DatePrecision, ReviewOutcome, TaskStatus
from gsmeet.domain.snapshot import dumps
from gsmeet.services import meetings, record
from gsmeet.services.live.briefings import change_task_status
from gsmeet.services.live.reviews import review_action
from gsmeet.services.minutes.corrections import record_correction
from gsmeet.services.minutes.issue import issue_minutes
from gsmeet.services.register.strategies import add_achievement, update_task
from gsmeet.services.store import Database
from gsmeet.storage.db import Store

from .conftest import Later, confirm

GOLDEN = Path(__file__).parent / "golden" / "records.json.gz"


def every_record_alike(store: Database, stage: str) -> int:
    """Compare both paths' record of every session; returns how many there are. With
    GSMEET_WRITE_GOLDEN set, the ORM's records are written to :data:`GOLDEN` (stage →
    meeting id → record)."""
    with store.connection() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM meeting")]
    golden = json.loads(gzip.decompress(GOLDEN.read_bytes())) if GOLDEN.exists() else {}
    for meeting_id in ids:
        by_orm = meetings.meeting_record(store, meeting_id)
        by_sql = record.meeting_record(store, meeting_id)
        assert by_sql == by_orm, meeting_id
        golden.setdefault(stage, {})[str(meeting_id)] = json.loads(dumps(by_orm))
    if os.environ.get("GSMEET_WRITE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        text = json.dumps(golden, ensure_ascii=False, sort_keys=True)
        GOLDEN.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return len(ids)


def test_the_demo_and_the_demo_moved_on_read_alike(store: Store, held: int, later: Later) -> None:
    assert every_record_alike(store, "demo-1") == 3
    before = meetings.meeting_record(store, held)
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
    remark = meetings.meeting_record(store, held).remarks[0]
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
