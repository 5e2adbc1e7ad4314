"""The other documents of a meeting: the agenda packet, the sign-in sheet alone, and a
sub-committee chair's packet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from readback import pdf_pages, pdf_text, squeeze

from gsmeet.domain.enums import ActionStatus
from gsmeet.domain.errors import NotFoundError
from gsmeet.domain.records import ActionRecord, MeetingRecord
from gsmeet.report import RenderOptions, render_agenda, render_packet, render_signin_sheet


def _open_action(strategy_id: int | None, title: str) -> ActionRecord:
    return ActionRecord(
        id=900 + len(title),
        meeting_id=99,
        meeting_number=1,
        agenda_item_id=None,
        title=title,
        detail="",
        owner="미래전략과",
        owner_person_id=None,
        strategy_id=strategy_id,
        due_on=date(2019, 12, 31),
        status=ActionStatus.OPEN,
    )


def test_agenda_packet(demo_record: MeetingRecord, tmp_path: Path) -> None:
    path = tmp_path / "agenda.pdf"
    actions = [_open_action(None, "위원 소통 채널 구축")]
    report = render_agenda(demo_record, path, RenderOptions(draft=False), actions)
    text = pdf_text(path)
    flat = squeeze("".join(pdf_pages(path)))
    assert "회의자료" in text and "2019. 8. 22.(목) 14:00∼16:00" in text  # planned times
    assert "14:00" in text and "14:05" in text  # 개회 5 minutes, then the next item
    assert "보고 제1호" in text and "토의 제1호" in text
    assert squeeze("김태형 기계공학부 교수") in flat  # a presenter
    assert "점검 대상 조치사항" in text and squeeze("위원 소통 채널 구축") in flat
    assert all("초안" not in page for page in pdf_pages(path))
    assert report.replaced == ()


def test_agenda_in_english(demo_record: MeetingRecord, tmp_path: Path) -> None:
    path = tmp_path / "agenda-en.pdf"
    render_agenda(demo_record, path, RenderOptions(lang="en", draft=False))
    text = pdf_text(path)
    assert "Thursday 22 August 2019" in text and "Report No. 1" in text
    assert "No open actions" in text


def test_signin_sheet(demo_record: MeetingRecord, tmp_path: Path) -> None:
    path = tmp_path / "signin.pdf"
    report = render_signin_sheet(demo_record, path)
    flat = squeeze("".join(pdf_pages(path)))
    assert "참석자서명부" in flat and "서명" in flat
    for row in demo_record.attendance:
        assert squeeze(row.person.name) in flat
    assert "(불참)" not in flat  # printed before the session: every box empty
    assert report.pages >= 2


def test_packet_for_a_subcommittee_chair(demo_record: MeetingRecord, tmp_path: Path) -> None:
    strategy = demo_record.strategies[0]
    other = demo_record.strategies[1]
    path = tmp_path / "packet.pdf"
    earlier = [
        _open_action(strategy.id, "앵커기업 유치 대책"),
        _open_action(other.id, "다른 전략 일"),
    ]
    render_packet(demo_record, strategy.id, path, RenderOptions(draft=False), earlier)
    flat = squeeze("".join(pdf_pages(path)))
    assert squeeze(strategy.name) in flat
    assert strategy.chair is not None and strategy.chair.name in flat
    mine = [a for a in demo_record.actions if a.strategy_id == strategy.id]
    assert mine
    for action in mine:
        assert squeeze(action.title) in flat
    theirs = [a for a in demo_record.actions if a.strategy_id not in (strategy.id, None)]
    for action in theirs:
        assert squeeze(action.title) not in flat
    assert squeeze("앵커기업 유치 대책") in flat and squeeze("다른 전략 일") not in flat
    for task in strategy.tasks:
        assert squeeze(task.title) in flat


def test_packet_for_an_unknown_strategy(demo_record: MeetingRecord, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="strategy"):
        render_packet(demo_record, -1, tmp_path / "x.pdf")
