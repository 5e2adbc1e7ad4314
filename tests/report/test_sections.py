"""Sections 7 and 8 and the item headings: a re-dated action shows its old and new due
dates; an action typed in one line fills 과제 and 조치내용; the note typed with a task's
change of status is printed; a 토의 item names its 발제 (and a motion its 제안설명)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from readback import pdf_pages, small_record, squeeze

from gsmeet.domain.enums import AgendaKind
from gsmeet.domain.records import MeetingRecord
from gsmeet.report import RenderOptions, render_minutes


def text_of(record: MeetingRecord, tmp_path: Path) -> str:
    out = tmp_path / "m.pdf"
    render_minutes(record, out, RenderOptions())
    return squeeze("".join(pdf_pages(out)))


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_a_redated_action_shows_old_and_new_due_dates(
    demo_record: MeetingRecord, tmp_path: Path
) -> None:
    review = section(text_of(demo_record, tmp_path), "7.이전조치사항점검", "8.향후조치계획")
    assert "위원소통채널구축" in review
    assert "2018.12.31.→2019.10.31." in review  # the due date it had, and the new one


def test_an_action_typed_in_one_line_fills_both_columns(tmp_path: Path) -> None:
    record = small_record(action="수요조사 실시")
    record = replace(record, actions=(replace(record.actions[0], detail=""),))
    plan = section(text_of(record, tmp_path), "8.향후조치계획", "9.작성·확인")
    assert "4차산업혁명선도도시수요조사실시" in plan  # 과제: its strategy; 조치내용: it


def test_the_note_of_a_status_change_is_printed(tmp_path: Path) -> None:
    record = small_record()
    strategy = record.strategies[0]
    task = replace(strategy.tasks[0], change_note="국비 공모 선정에 따라")
    record = replace(record, strategies=(replace(strategy, tasks=(task,)),))
    assert "※국비공모선정에따라" in text_of(record, tmp_path)


def test_a_discussion_names_its_presenter_as_such(tmp_path: Path) -> None:
    record = small_record()
    briefing, discussion = record.agenda
    presenter = briefing.presenter
    record = replace(record, agenda=(briefing, replace(discussion, presenter=presenter)))
    text = text_of(record, tmp_path)
    assert "보고:김태형교수" in text and "발제:김태형교수" in text
    motion = replace(discussion, presenter=presenter, kind=AgendaKind.DECISION)
    assert "제안설명:김태형교수" in text_of(replace(record, agenda=(briefing, motion)), tmp_path)
