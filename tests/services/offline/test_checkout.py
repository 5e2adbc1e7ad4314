"""A session taken offline to a laptop (a real SQLite file) from each engine, recorded
there with no server, and brought back: nothing lost, the server refusing the session
while it is out, conflicts both ways, one transaction, a second check-in a no-op."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import AttendanceStatus, ReviewOutcome, TaskStatus
from gsmeet.domain.errors import LockedError
from gsmeet.domain.locations import Location
from gsmeet.domain.offline import Change, Side
from gsmeet.services.agenda import update_item
from gsmeet.services.live.attendance import check_in
from gsmeet.services.live.briefings import change_task_status, record_achievement
from gsmeet.services.live.entries import add_entry
from gsmeet.services.live.reviews import actions_to_review, review_action
from gsmeet.services.live.session import end_session, go_to_item, start_session
from gsmeet.services.offline.checkin import (
    ChooseForConflicts,
    bring_back,
    conflicts_of,
)
from gsmeet.services.offline.checkout import CopyExists, take_offline
from gsmeet.services.offline.here import NotInThisCopy, SessionIsOut
from gsmeet.services.offline.rows import offline_tables, read_all
from gsmeet.services.record import find_meeting_id
from gsmeet.services.store import Database, open_database
from gsmeet.storage.models import AgendaItem, Meeting, Person, Remark, Strategy, Task

T0 = datetime(2019, 11, 28, 14, 0)
NOW = datetime(2026, 12, 2, 9, 0)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def rows_of(store: Database) -> dict[str, dict[str, str]]:
    """Every row by table and uid, as its digest (references as uids)."""
    with store.session() as session:
        return read_all(session).digests()


Out = tuple[Database, int, Path]
BASE: dict[str, dict[str, dict[str, str]]] = {}


@pytest.fixture
def out(demo_store: Database, tmp_path: Path) -> Iterator[Out]:
    """제3차 taken offline from the demo (each engine) to ``laptop.db``."""
    meeting_id = find_meeting_id(demo_store, "3")
    laptop = tmp_path / "laptop.db"
    take_offline(demo_store, meeting_id, laptop, now=NOW)
    BASE[str(laptop)] = rows_of(demo_store)  # (as it was copied)
    yield demo_store, meeting_id, laptop
    BASE.pop(str(laptop))


def record_on_laptop(laptop: Database, meeting_id: int) -> dict[str, Any]:
    """A session as the meeting-room laptop records it: attendance, entries, a review,
    a status change, an achievement, an agenda change, its end."""
    start_session(laptop, meeting_id, now=at(0))
    with laptop.session() as s:
        items = list(
            s.scalars(
                select(AgendaItem.id)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position)
            )
        )
        person = s.scalars(select(Person.id).order_by(Person.id)).first()
        task = s.scalars(select(Task).order_by(Task.id)).first()
        strategy = s.scalars(select(Strategy.id).order_by(Strategy.id)).first()
    assert items and person and task and strategy
    check_in(laptop, meeting_id, person, status=AttendanceStatus.PRESENT, now=at(1))
    go_to_item(laptop, meeting_id, items[1], now=at(2))
    add_entry(
        laptop, meeting_id, items[1], "노트북에서 적은 발언입니다", speaker_id=person, now=at(3)
    )
    add_entry(laptop, meeting_id, items[1], "결정: 원안대로 의결", speaker_id=None, now=at(4))
    add_entry(
        laptop, meeting_id, items[1], "조치: 현장 점검 ~2019-12-31", speaker_id=None, now=at(5)
    )
    reviewed = actions_to_review(laptop, meeting_id)
    if reviewed:
        review_action(laptop, meeting_id, reviewed[0].action.id, ReviewOutcome.DONE)
    new_status = TaskStatus.DONE if task.status is not TaskStatus.DONE else TaskStatus.DELAYED
    change_task_status(laptop, meeting_id, task.id, new_status, now=at(6), note="완료 보고")
    record_achievement(
        laptop, meeting_id, strategy, "노트북에서 기록한 성과", occurred_on=date(2019, 11, 20)
    )
    update_item(laptop, items[-1], title="폐회 (노트북에서 고침)")
    end_session(laptop, meeting_id, now=at(30))
    return {"items": items, "person": person, "reviewed": bool(reviewed)}


def test_a_session_recorded_offline_comes_back_whole(out: Out) -> None:
    server, meeting_id, path = out
    laptop = open_database(path)
    try:
        done = record_on_laptop(laptop, meeting_id)
        with pytest.raises(NotInThisCopy):  # the laptop edits only the session it took
            start_session(laptop, find_meeting_id(laptop, "2"), now=at(0))
        there = rows_of(laptop)
    finally:
        laptop.close()
    # meanwhile on the server: the session is refused, the registers are not
    with pytest.raises(SessionIsOut) as refused:
        add_entry(server, meeting_id, done["items"][1], "서버에서", speaker_id=None, now=at(3))
    assert isinstance(refused.value, LockedError)
    assert "laptop.db" in str(refused.value)
    with server.session() as s:
        other = s.scalars(select(Person).order_by(Person.id.desc())).first()
        assert other is not None
        other.phone = "010-1234-5678"
    before = rows_of(server)

    result = bring_back(server, path, now=NOW)

    assert not result.already and result.kept == ()
    assert result.added["remark"] == 1 and result.added["decision"] == 1
    assert result.added["achievement"] == 1 and result.added["task_status_change"] == 1
    assert result.changed["meeting"] == 1 and result.changed["agenda_item"] >= 1
    after, base = rows_of(server), BASE[str(path)]
    for table, rows in there.items():  # what the laptop added or changed is on the server
        mine = {u: d for u, d in rows.items() if base[table].get(u) != d}
        assert {u: after[table].get(u) for u in mine} == mine, table
    for table, rows in before.items():  # what the server changed meanwhile, too
        theirs = {u: d for u, d in rows.items() if base[table].get(u) != d}
        assert {u: after[table].get(u) for u in theirs} == theirs, table
    for table, rows in base.items():  # and what nobody changed is as it was
        same = {u: d for u, d in rows.items() if there[table].get(u) == d == before[table].get(u)}
        assert {u: after[table].get(u) for u in same} == same, table
    assert sum(len(rows) for rows in after.values()) == sum(len(r) for r in there.values())
    with server.session() as s:
        meeting = s.get_one(Meeting, meeting_id)
        assert meeting.status.value == "held"
        remark = s.scalars(select(Remark).where(Remark.text == "노트북에서 적은 발언입니다")).one()
        assert remark.speaker_id == done["person"]
        assert s.get_one(Person, other.id).phone == "010-1234-5678"
        closing = s.get_one(AgendaItem, done["items"][-1])
        assert closing.title == "폐회 (노트북에서 고침)" and closing.version > 1
    # the session is the server's again
    add_entry(
        server, meeting_id, done["items"][1], "돌아온 뒤 서버에서", speaker_id=None, now=at(40)
    )


def test_a_second_checkin_says_it_was_brought_back(out: Out) -> None:
    server, meeting_id, path = out
    laptop = open_database(path)
    try:
        record_on_laptop(laptop, meeting_id)
    finally:
        laptop.close()
    first = bring_back(server, path, now=NOW)
    assert first.total > 0
    before = rows_of(server)
    again = bring_back(server, path, now=NOW + timedelta(hours=1))
    assert again.already and again.total == 0 and again.returned_at == NOW
    assert rows_of(server) == before
    laptop = open_database(path)
    try:  # and the laptop's copy no longer takes entries for it
        with pytest.raises(LockedError):
            start_session(laptop, meeting_id, now=at(50))
    finally:
        laptop.close()


def phone_of(store: Database, person_id: int) -> str:
    with store.session() as s:
        return s.get_one(Person, person_id).phone


def set_phone(store: Database, person_id: int, phone: str) -> None:
    with store.session() as s:
        s.get_one(Person, person_id).phone = phone


@pytest.mark.parametrize("side", [Side.SERVER, Side.LAPTOP])
def test_a_register_row_changed_on_both_sides_is_a_conflict_to_choose(out: Out, side: Side) -> None:
    server, _, path = out
    set_phone(server, 1, "서버 번호")
    laptop = open_database(path)
    try:
        set_phone(laptop, 1, "노트북 번호")
        set_phone(laptop, 2, "노트북에서만")
    finally:
        laptop.close()
    before = rows_of(server)
    (conflict,) = conflicts_of(server, path)
    assert (conflict.number, conflict.what.value, conflict.fields) == (1, "person", ("phone",))
    assert conflict.server is conflict.laptop is Change.CHANGED and conflict.server_by
    with pytest.raises(ChooseForConflicts):  # no choice: nothing merged, still out
        bring_back(server, path, now=NOW)
    assert rows_of(server) == before
    assert conflicts_of(server, path) == [conflict]

    result = bring_back(server, path, keep={conflict.uid: side}, now=NOW)

    assert [(c.uid, s) for c, s in result.kept] == [(conflict.uid, side)]
    assert phone_of(server, 1) == ("서버 번호" if side is Side.SERVER else "노트북 번호")
    assert phone_of(server, 2) == "노트북에서만"  # changed on one side only: taken


def test_a_row_deleted_on_one_side_and_changed_on_the_other(
    out: Out,
) -> None:
    server, _, path = out
    with server.session() as s:
        a, b = list(s.scalars(select(Task).order_by(Task.id.desc())).all())[:2]
        a.note, b_id, a_id = "서버에서 고침", b.id, a.id
        s.delete(b)
    laptop = open_database(path)
    try:
        with laptop.session() as s:
            s.get_one(Task, b_id).note = "노트북에서 고침"
            s.delete(s.get_one(Task, a_id))
    finally:
        laptop.close()
    found = {c.uid: c for c in conflicts_of(server, path)}
    kinds = {(c.server, c.laptop) for c in found.values()}
    assert kinds == {(Change.CHANGED, Change.DELETED), (Change.DELETED, Change.CHANGED)}
    bring_back(server, path, keep_all=Side.LAPTOP, now=NOW)
    with server.session() as s:
        assert s.get(Task, a_id) is None  # the laptop's delete
        back = s.scalars(select(Task).where(Task.note == "노트북에서 고침")).one()
        assert back.uid in found  # the laptop's change, put back with its identity


def test_the_server_refuses_a_second_checkout_and_an_existing_file(
    out: Out, tmp_path: Path
) -> None:
    server, meeting_id, path = out
    with pytest.raises(SessionIsOut):
        take_offline(server, meeting_id, tmp_path / "other.db", now=NOW)
    assert not (tmp_path / "other.db").exists()
    with pytest.raises(CopyExists):
        take_offline(server, find_meeting_id(server, "2"), path, now=NOW)


KILLED_CHECKIN = """
import sys, time
from datetime import datetime
from pathlib import Path
from gsmeet.domain.locations import parse_location
from gsmeet.services.offline import checkin
from gsmeet.services.store import open_database

real = checkin._release
def stall(session, mark, now):
    real(session, mark, now)  # every row written, the release too: only the COMMIT is left
    session.flush()
    Path(sys.argv[3]).write_text("merged, not committed")
    time.sleep(600)
checkin._release = stall
store = open_database(parse_location(sys.argv[1]))
checkin.bring_back(store, Path(sys.argv[2]), now=datetime.now())
"""


def test_a_checkin_killed_midway_leaves_the_server_as_it_was(
    out: Out, demo_location: Location, tmp_path: Path
) -> None:
    server, meeting_id, path = out
    laptop = open_database(path)
    try:
        done = record_on_laptop(laptop, meeting_id)
    finally:
        laptop.close()
    before = rows_of(server)
    marker = tmp_path / "merging"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CHECKIN, str(demo_location), str(path), str(marker)],
        env={**os.environ},
    )
    try:
        deadline = time.monotonic() + 300
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the check-in did not reach its last step"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert rows_of(server) == before
    with pytest.raises(SessionIsOut):  # still out
        add_entry(server, meeting_id, done["items"][1], "서버에서", speaker_id=None, now=at(3))
    result = bring_back(server, path, now=NOW)  # and it can be brought back after all
    assert result.added["remark"] == 1
    assert {t.name for t in offline_tables()} >= set(result.added)
