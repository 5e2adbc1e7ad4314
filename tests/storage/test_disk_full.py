"""Disk full while saving (reliability row 3): a clear one-line error, no half-written
row, and the same save works once there is room again."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gsmeet.domain.enums import AgendaKind, MeetingKind
from gsmeet.domain.errors import DatabaseError
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.kinds import add_default_kinds
from gsmeet.storage.models import AgendaItem, Committee, Meeting, Remark


def _item(store: Store) -> int:
    with store.session() as s:
        committee = Committee(name="위원회")
        s.add(committee)
        s.flush()
        kinds = {k.code: k for k in add_default_kinds(s, committee.id)}
        meeting = Meeting(
            committee_id=committee.id,
            number=1,
            kind=kinds[MeetingKind.REGULAR],
            held_on=date(2019, 8, 22),
            start_time=time(14),
        )
        s.add(meeting)
        s.flush()
        item = AgendaItem(meeting_id=meeting.id, kind=AgendaKind.DISCUSSION, title="토의")
        s.add(item)
        s.flush()
        return item.id


def _limit_pages(store: Store, pages: int) -> None:
    # max_page_count is per connection: apply it to every pooled connection from now on.
    from sqlalchemy import event

    def limit(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # type: ignore[attr-defined]

    store.engine.dispose()
    event.listen(store.engine, "connect", limit)


def test_disk_full_is_one_clear_line_and_nothing_half_written(tmp_path: Path) -> None:
    store = open_store(tmp_path / "full.db")
    item_id = _item(store)
    with store.engine.connect() as connection:
        used = connection.exec_driver_sql("PRAGMA page_count").scalar()
    assert isinstance(used, int)
    _limit_pages(store, used + 2)
    long_text = "회의 발언 " * 2000  # ~ 14 KB: more than two pages
    with pytest.raises(DatabaseError, match="disk is full") as error, store.session() as s:
        s.add(Remark(agenda_item_id=item_id, text=long_text, spoken_at=datetime(2019, 8, 22)))
    assert "\n" not in str(error.value)
    store.close()
    store = open_store(tmp_path / "full.db")  # room again (no page limit)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Remark)) == 0
        s.add(Remark(agenda_item_id=item_id, text=long_text, spoken_at=datetime(2019, 8, 22)))
    with store.session() as s:
        assert s.scalar(select(Remark.text)) == long_text
    store.close()
