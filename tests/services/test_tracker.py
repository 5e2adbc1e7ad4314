"""The action tracker over the demo: every action of the committee with its owner,
분과, due date, origin and last review; filters, order, departed owners; the .xlsx."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from gsmeet.domain.enums import ReviewOutcome
from gsmeet.domain.tracker import SortBy, TrackerFilter
from gsmeet.services.files import IsTheDatabase, NoSuchFolder
from gsmeet.services.tracker import export_actions, tracked_actions
from gsmeet.storage.db import Store
from gsmeet.storage.models import ActionItem, Membership, Person

from ..conftest import sqlite_only

DAY = date(2019, 11, 1)


def test_every_action_with_its_origin_owner_subcommittee_and_last_review(
    demo_store: Store,
) -> None:
    rows = tracked_actions(demo_store, on=DAY)
    assert len(rows) == 12
    found = {row.action.title: row for row in rows}
    channel = found["위원 소통 채널 구축"]
    assert channel.action.owner == "정수민"
    assert (channel.origin.number, channel.origin.held_on) == (1, date(2018, 11, 27))
    review = channel.last_review
    assert review is not None and review.outcome is ReviewOutcome.REDATE
    assert review.session.number == 2 and "기한 조정" in review.comment
    tram = found["자율주행트램 부품기업 수요조사"]
    assert tram.subcommittee == "4차 산업혁명 선도도시 분과"  # owned by the sub-committee
    assert tram.item_number == "14" and tram.item_title.endswith("자율토론")
    assert tram.last_review is None
    bill = found["핵심선도사업 국책사업화 건의문 작성·제출"]
    assert bill.action.owner == "이재훈" and bill.subcommittee  # its strategy's 분과
    assert not any(row.action.owner_left for row in rows)


def test_filters_open_overdue_owner_and_subcommittee(demo_store: Store) -> None:
    open_rows = tracked_actions(demo_store, on=DAY, wanted=TrackerFilter(open_only=True))
    assert open_rows and all(r.action.status.is_open for r in open_rows)
    assert len(open_rows) == 11  # one of the twelve is done
    late = tracked_actions(demo_store, on=DAY, wanted=TrackerFilter(overdue_on=date(2019, 10, 31)))
    assert {r.action.title for r in late} == {
        "핵심선도사업 국책사업화 대상 발굴",
        "분과 워크숍 분기별 정례 운영계획 수립",
    }
    # Due on the day itself is not overdue yet; the day after it is.
    on_the_day = tracked_actions(demo_store, wanted=TrackerFilter(overdue_on=date(2019, 11, 28)))
    after = tracked_actions(demo_store, wanted=TrackerFilter(overdue_on=date(2019, 11, 29)))
    assert {"스마트시티 통합플랫폼 국가공모 연계 검토"} <= {r.action.title for r in after}
    assert "스마트시티 통합플랫폼 국가공모 연계 검토" not in {r.action.title for r in on_the_day}
    mine = tracked_actions(demo_store, wanted=TrackerFilter(owner="ㅇㅈㅎ"))  # 이재훈
    assert {r.action.owner for r in mine} == {"이재훈"} and len(mine) == 2
    group = tracked_actions(demo_store, wanted=TrackerFilter(subcommittee="청색기술 중심도시 분과"))
    assert [r.action.title for r in group] == ["청색기술 기업 대상 설명회 개최"]


def test_order_by_due_date_owner_and_origin(demo_store: Store) -> None:
    due = [r.action.due_on for r in tracked_actions(demo_store, by=SortBy.DUE)]
    assert due == sorted(due)  # every demo action has a due date
    latest_first = [
        r.action.due_on for r in tracked_actions(demo_store, by=SortBy.DUE, descending=True)
    ]
    assert latest_first == sorted(due, reverse=True)
    owners = [r.action.owner for r in tracked_actions(demo_store, by=SortBy.OWNER)]
    assert owners == sorted(owners)
    origins = [r.origin.held_on for r in tracked_actions(demo_store, by=SortBy.ORIGIN)]
    assert origins == sorted(origins)
    reviewed = tracked_actions(demo_store, by=SortBy.REVIEW)
    assert [r.last_review is not None for r in reviewed] == [True] * 3 + [False] * 9


def test_an_owner_who_has_left_is_flagged(demo_store: Store) -> None:
    with demo_store.session() as s:
        person = s.scalars(select(Person.id).where(Person.name == "이재훈")).one()
        s.execute(
            update(Membership)
            .where(Membership.person_id == person)
            .values(left_on=date(2019, 9, 1))
        )
    before = {
        r.action.id: r.action.owner_left for r in tracked_actions(demo_store, on=date(2019, 8, 31))
    }
    after = tracked_actions(demo_store, on=date(2019, 9, 2))
    gone = {r.action.title for r in after if r.action.owner_left}
    assert gone == {"핵심선도사업 국책사업화 대상 발굴", "핵심선도사업 국책사업화 건의문 작성·제출"}
    assert not any(before.values())


def test_the_workbook_holds_the_list_with_text_never_a_formula(
    demo_store: Store, tmp_path: Path
) -> None:
    hostile = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "정상 제목"]
    with demo_store.session() as s:
        ids = list(s.scalars(select(ActionItem.id).order_by(ActionItem.id)))
        for action_id, title in zip(ids, hostile, strict=False):
            s.execute(update(ActionItem).where(ActionItem.id == action_id).values(title=title))
        s.execute(update(ActionItem).where(ActionItem.id == ids[6]).values(detail="벨\x07소리"))
    out = tmp_path / "조치사항.xlsx"
    export_actions(demo_store, out, on=DAY, by=SortBy.ORIGIN)
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["번호", "조치사항", "세부 내용", "담당"]
    titles = [sheet.cell(row=r, column=2).value for r in range(2, 14)]
    assert titles[: len(hostile)] == hostile  # exactly as typed
    for row in range(2, 14):
        cell = sheet.cell(row=row, column=2)
        assert cell.data_type == "s"
    assert sheet.cell(row=2, column=2).quotePrefix
    assert sheet.cell(row=8, column=3).value == "벨소리"  # a control character dropped
    assert sheet.cell(row=2, column=7).value.date() == date(2019, 1, 31)  # a real date
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref


def test_the_workbook_follows_the_filter_and_the_language(
    demo_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "actions.xlsx"
    export_actions(demo_store, out, on=DAY, wanted=TrackerFilter(open_only=True), lang="en")
    sheet = load_workbook(out).active
    assert sheet.title == "Action items" and sheet.cell(row=1, column=2).value == "Action item"
    statuses = {sheet.cell(row=r, column=8).value for r in range(2, 13)}
    assert statuses <= {"Open", "In progress"} and len(statuses) == 2
    assert sheet.cell(row=13, column=2).value is None  # eleven open actions, then a gap


@sqlite_only  # (a server database has no file to write over)
def test_the_workbook_is_never_written_over_the_database_or_into_nowhere(
    demo_store: Store, demo_db: Path, tmp_path: Path
) -> None:
    with pytest.raises(IsTheDatabase):
        export_actions(demo_store, demo_db)
    with pytest.raises(NoSuchFolder):
        export_actions(demo_store, tmp_path / "없는 폴더" / "a.xlsx")
