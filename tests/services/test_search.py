"""Search across every session (the demo): remarks, decisions, action items, agenda
titles and what the briefings recorded; short words, initial consonants, order."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import HitKind
from gsmeet.services.live.entries import add_remark, delete_remark, update_remark
from gsmeet.services.search import search, snippet
from gsmeet.storage.db import Store
from gsmeet.storage.fulltext import uses_index
from gsmeet.storage.models import AgendaItem, Committee, Meeting


def item_of(store: Store, number: int = 2) -> int:
    with store.session() as s:
        return s.scalars(
            select(AgendaItem.id)
            .join(Meeting)
            .where(Meeting.number == number, AgendaItem.title.like("%자율토론%"))
        ).one()


def test_a_word_is_found_in_remarks_decisions_and_action_items(demo_store: Store) -> None:
    results = search(demo_store, "워크숍")
    kinds = {hit.kind for hit in results.hits}
    assert {HitKind.REMARK, HitKind.DECISION, HitKind.ACTION} <= kinds
    assert not results.truncated
    for hit in results.hits:
        assert "워크숍" in hit.snippet
        assert hit.meeting_number == 2 and hit.held_on == date(2019, 8, 22)
        start, end = hit.marks[0]
        assert hit.snippet[start:end] == "워크숍"
    decision = next(h for h in results.hits if h.kind is HitKind.DECISION)
    assert decision.item_title == "세부과제 및 위원회 활성화 방안 자율토론"
    assert decision.item_number == "14"
    action = next(h for h in results.hits if h.kind is HitKind.ACTION)
    assert action.speaker == "미래전략과"  # the owner, as printed
    assert all(h.speaker for h in results.hits if h.kind is HitKind.REMARK)


def test_agenda_titles_and_what_the_briefings_recorded(demo_store: Store) -> None:
    found = search(demo_store, "추진상황 보고").hits
    titles = [h for h in found if h.kind is HitKind.ITEM]
    assert len([h for h in titles if h.meeting_number == 2]) == 10
    first = next(h for h in titles if h.meeting_number == 2)
    assert (first.item_number, first.item_title) == ("4", "4차 산업혁명 선도도시 추진상황 보고")
    assert first.agenda_item_id == first.id
    trams = search(demo_store, "자율주행트램 부품").hits
    (achievement,) = [h for h in trams if h.kind is HitKind.ACHIEVEMENT]
    assert trams[0] == achievement  # the briefing's record first, then the remarks
    assert achievement.item_title == "4차 산업혁명 선도도시 추진상황 보고"
    changes = search(demo_store, "운영기관 선정").hits
    change = next(h for h in changes if h.kind is HitKind.STATUS_CHANGE)
    assert change.speaker  # the task whose status changed
    assert change.item_title.endswith("추진상황 보고")


def test_every_word_must_be_found(demo_store: Store) -> None:
    both = search(demo_store, "워크숍 정례화").hits
    assert both and all("정례화" in h.snippet for h in both)
    assert len(both) < len(search(demo_store, "워크숍").hits)
    assert search(demo_store, "워크숍 없는낱말").hits == ()


@pytest.mark.parametrize("word", ["위원", "안", "10"])
def test_short_words_are_read_from_the_tables(demo_store: Store, word: str) -> None:
    """A trigram index holds nothing under three characters: such words are found by
    reading the tables, never silently missed."""
    assert uses_index(word) == (len(word) >= 3)
    hits = search(demo_store, word, limit=500).hits
    assert hits and all(word.casefold() in (h.snippet + h.speaker).casefold() for h in hits)


def test_a_speaker_or_owner_name_finds_their_entries(demo_store: Store) -> None:
    hits = search(demo_store, "최영조").hits
    assert hits and {h.speaker for h in hits} == {"최영조"}
    assert {h.kind for h in hits} == {HitKind.REMARK}
    # His remarks about it, and the action items he owns.
    owned = search(demo_store, "이재훈 국책사업화").hits
    assert {h.speaker for h in owned} == {"이재훈"}
    assert HitKind.ACTION in {h.kind for h in owned}


def test_initial_consonants_find_the_speakers(demo_store: Store) -> None:
    hits = search(demo_store, "ㅊㅇㅈ", limit=500).hits
    speakers = {h.speaker for h in hits}
    assert "최영조" in speakers and speakers <= {"최영조", "최유진"}  # both are ㅊㅇㅈ
    both = search(demo_store, "ㅊㅇㅈ 워크숍").hits
    assert all(h.speaker in speakers and "워크숍" in h.snippet for h in both)
    assert {h.id for h in search(demo_store, "최영조 워크숍").hits} <= {h.id for h in both}
    assert search(demo_store, "ㅎㅎㅎ").hits == ()


def test_newest_session_first_then_the_agenda_order_and_limit(demo_store: Store) -> None:
    hits = search(demo_store, "위원", limit=500).hits
    assert [h.held_on for h in hits] == sorted((h.held_on for h in hits), reverse=True)
    second = [h for h in hits if h.meeting_number == 2 and h.item_number]
    numbers = [tuple(int(part) for part in h.item_number.split(".")) for h in second]
    assert numbers == sorted(numbers)
    limited = search(demo_store, "위원", limit=3)
    assert len(limited.hits) == 3 and limited.truncated
    assert search(demo_store, "   ").hits == ()


def test_what_was_just_saved_is_found_at_once(demo_store: Store) -> None:
    item_id = item_of(demo_store)
    remark = add_remark(
        demo_store, item_id, "Smart farm 보급은 100% 달성_목표", speaker_id=None, now=datetime.now()
    )
    assert [h.id for h in search(demo_store, "SMART FARM").hits] == [remark.id]
    for short in ("sm", "SM", "sM", "F"):  # a short word too, in any case
        assert remark.id in {h.id for h in search(demo_store, short, limit=500).hits}
    # LIKE's wildcards and FTS5's syntax are letters like any other.
    assert [h.id for h in search(demo_store, "100%").hits] == [remark.id]
    assert [h.id for h in search(demo_store, "달성_목표").hits] == [remark.id]
    assert [h.id for h in search(demo_store, '"달성').hits] == []
    assert search(demo_store, "0_달").hits == ()
    assert search(demo_store, "%").hits[0].id == remark.id
    assert search(demo_store, "_").hits[0].id == remark.id


def test_an_edited_or_deleted_remark_is_found_as_it_now_reads(demo_store: Store) -> None:
    item_id = item_of(demo_store)
    remark = add_remark(demo_store, item_id, "반월당 환승센터", speaker_id=None, now=datetime.now())
    update_remark(demo_store, remark.id, text="중앙로 환승센터")
    assert search(demo_store, "반월당").hits == ()
    assert [h.id for h in search(demo_store, "중앙로 환승").hits] == [remark.id]
    delete_remark(demo_store, remark.id)
    assert search(demo_store, "환승센터").hits == ()


def test_committee_filter(demo_store: Store) -> None:
    with demo_store.session() as s:
        committee_id = s.scalars(select(Committee.id)).one()
    assert search(demo_store, "워크숍", committee_id=committee_id).hits
    assert search(demo_store, "워크숍", committee_id=committee_id + 1).hits == ()
    assert search(demo_store, "예산", committee_id=committee_id + 1).hits == ()


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
