"""Search across every session's remarks, decisions and action items (the demo)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from gsmeet.domain.entry import EntryKind
from gsmeet.services.live.entries import add_remark
from gsmeet.services.search import search, snippet
from gsmeet.storage.db import Store
from gsmeet.storage.models import AgendaItem, Committee, Meeting


def test_a_word_is_found_in_remarks_decisions_and_action_items(demo_store: Store) -> None:
    results = search(demo_store, "워크숍")
    kinds = {hit.kind for hit in results.hits}
    assert kinds == {EntryKind.REMARK, EntryKind.DECISION, EntryKind.ACTION}
    assert not results.truncated
    for hit in results.hits:
        assert "워크숍" in hit.snippet
        assert hit.meeting_number == 2 and hit.held_on == date(2019, 8, 22)
    decision = next(h for h in results.hits if h.kind is EntryKind.DECISION)
    assert decision.item_title == "세부과제 및 위원회 활성화 방안 자율토론"
    action = next(h for h in results.hits if h.kind is EntryKind.ACTION)
    assert action.speaker == "미래전략과"  # the owner, as printed
    assert all(h.speaker for h in results.hits if h.kind is EntryKind.REMARK)


def test_every_word_must_be_found(demo_store: Store) -> None:
    both = search(demo_store, "워크숍 정례화").hits
    assert both and all("정례화" in h.snippet for h in both)
    assert len(both) < len(search(demo_store, "워크숍").hits)
    assert search(demo_store, "워크숍 없는낱말").hits == ()


def test_a_speaker_or_owner_name_finds_their_entries(demo_store: Store) -> None:
    hits = search(demo_store, "최영조").hits
    assert hits and {h.speaker for h in hits} == {"최영조"}
    assert {h.kind for h in hits} == {EntryKind.REMARK}
    # His remarks about it, and the action items he owns.
    owned = search(demo_store, "이재훈 국책사업화").hits
    assert {h.speaker for h in owned} == {"이재훈"}
    assert EntryKind.ACTION in {h.kind for h in owned}


def test_newest_meeting_first_and_limit(demo_store: Store) -> None:
    hits = search(demo_store, "위원").hits
    assert [h.held_on for h in hits] == sorted((h.held_on for h in hits), reverse=True)
    limited = search(demo_store, "위원", limit=3)
    assert len(limited.hits) == 3 and limited.truncated
    assert search(demo_store, "   ").hits == ()


def test_what_was_just_saved_is_found_at_once(demo_store: Store) -> None:
    with demo_store.session() as s:
        item = s.scalars(select(AgendaItem).join(Meeting).where(Meeting.number == 2).limit(1)).one()
        item_id = item.id
    remark = add_remark(
        demo_store, item_id, "Smart farm 보급은 100% 달성_목표", speaker_id=None, now=datetime.now()
    )
    assert [h.id for h in search(demo_store, "SMART FARM").hits] == [remark.id]
    # LIKE's wildcards are letters like any other.
    assert [h.id for h in search(demo_store, "100%").hits] == [remark.id]
    assert [h.id for h in search(demo_store, "달성_목표").hits] == [remark.id]
    assert search(demo_store, "0_달").hits == ()
    assert search(demo_store, "%").hits[0].id == remark.id


def test_committee_filter(demo_store: Store) -> None:
    with demo_store.session() as s:
        committee_id = s.scalars(select(Committee.id)).one()
    assert search(demo_store, "워크숍", committee_id=committee_id).hits
    assert search(demo_store, "워크숍", committee_id=committee_id + 1).hits == ()


def test_snippet_cuts_around_the_first_match_on_one_line() -> None:
    body = "가" * 100 + "\n예산\t안" + "나" * 100
    cut = snippet(body, ["예산"])
    assert cut.startswith("…") and cut.endswith("…") and "\n" not in cut
    assert "예산 안" in cut
    assert snippet("짧은 글", ["없음"]) == "짧은 글"
    assert snippet("Budget plan", ["budget"]) == "Budget plan"


def test_search_works_under_a_korean_folder(demo_db: Path, tmp_path: Path) -> None:
    from gsmeet.storage.db import open_store

    folder = tmp_path / "회의 자료"
    folder.mkdir()
    moved = demo_db.rename(folder / "위원회.db")
    store = open_store(moved)
    try:
        assert search(store, "워크숍").hits
    finally:
        store.close()
