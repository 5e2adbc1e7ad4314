"""The chair's confirmation (확인) before issue: who may confirm, when, printed in the
sign-off; issuing an unconfirmed draft is refused unless asked for; an edit after the
confirmation makes it stale."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from gsmeet.domain.signoff import confirmers, unconfirmed
from gsmeet.services.live.entries import add_remark
from gsmeet.services.minutes.confirm import (
    ConfirmedBeforeHeld,
    IssuedAlready,
    NotAConfirmer,
    NotHeldYet,
    confirm_minutes,
)
from gsmeet.services.minutes.issue import NotConfirmed, issue_minutes
from gsmeet.services.record import find_meeting_id, meeting_record
from gsmeet.storage.db import Store

from .conftest import CO_CHAIRS, confirm

NOW = datetime(2019, 8, 26, 10)


def last_page_text(path: Path) -> str:
    """The sign-off's page (it follows the action plan; annexes come after it)."""
    pages = [p.extract_text() or "" for p in PdfReader(path).pages]
    return "".join(next(t for t in pages if "작성·확인" in t).split())


def test_issuing_needs_the_co_chairs_confirmation(store: Store, held: int, out_dir: Path) -> None:
    with pytest.raises(NotConfirmed, match="최영조, 이재훈"):
        issue_minutes(store, held, out_dir / "m.pdf")
    confirm_minutes(store, held, "최영조", date(2019, 8, 26), now=NOW)
    with pytest.raises(NotConfirmed, match="이재훈") as refused:
        issue_minutes(store, held, out_dir / "m.pdf")
    assert "최영조" not in str(refused.value)
    confirm_minutes(store, held, " 이 재훈 ", date(2019, 8, 27), now=NOW)  # spaces ignored
    record = meeting_record(store, held)
    assert [(c.name, c.confirmed_on) for c in record.confirmations] == [
        ("최영조", date(2019, 8, 26)),
        ("이재훈", date(2019, 8, 27)),
    ]
    issue_minutes(store, held, out_dir / "m.pdf")
    text = last_page_text(out_dir / "m.pdf")
    assert "확인일" in text and "2019.8.26." in text and "2019.8.27." in text
    assert "미확인" not in text
    with pytest.raises(IssuedAlready):
        confirm_minutes(store, held, "최영조", date(2019, 9, 1), now=NOW)


def test_an_unconfirmed_issue_when_asked_prints_it_so(
    store: Store, held: int, out_dir: Path
) -> None:
    issue_minutes(store, held, out_dir / "m.pdf", unconfirmed_ok=True)
    assert last_page_text(out_dir / "m.pdf").count("미확인") == 2


def test_an_edit_after_the_confirmation_makes_it_stale(store: Store, held: int) -> None:
    confirm(store, held)
    assert unconfirmed(meeting_record(store, held)) == []
    item = meeting_record(store, held).agenda[1].id
    add_remark(store, item, "확인 후 덧붙인 발언", speaker_id=None, now=datetime(2019, 8, 22, 15))
    record = meeting_record(store, held)
    assert all(c.stale for c in record.confirmations)
    assert [p.name for p in unconfirmed(record)] == list(CO_CHAIRS)
    confirm(store, held, date(2019, 8, 28))
    assert unconfirmed(meeting_record(store, held)) == []


def test_who_and_when_may_confirm(store: Store, held: int) -> None:
    with pytest.raises(NotAConfirmer, match="최영조, 이재훈"):
        confirm_minutes(store, held, "김태형", date(2019, 8, 26), now=NOW)
    with pytest.raises(ConfirmedBeforeHeld):
        confirm_minutes(store, held, "최영조", date(2019, 8, 21), now=NOW)
    planned = find_meeting_id(store, "2019-11-28")
    with pytest.raises(NotHeldYet):
        confirm_minutes(store, planned, "최영조", date(2019, 12, 1), now=NOW)
    assert meeting_record(store, held).confirmations == ()


def test_a_subcommittee_session_is_confirmed_by_its_chair(store: Store, held: int) -> None:
    record = meeting_record(store, held)
    chair = next(r.person for r in record.attendance if r.person.name == "김태형")
    own = replace(record, meeting=replace(record.meeting, subcommittee_id=1), chair=chair)
    assert confirmers(own) == [chair]
    assert [p.name for p in confirmers(record)] == list(CO_CHAIRS)
