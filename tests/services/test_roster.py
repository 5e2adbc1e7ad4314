"""Roster import: good files in every encoding and format, bad rows (nothing written),
duplicates updated not doubled, a file of 1,000 rows, and undo."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from gsmeet.domain.dates import NoSuchDay
from gsmeet.domain.enums import Role
from gsmeet.domain.errors import InvalidInputError, NotFoundError
from gsmeet.domain.messages import render
from gsmeet.domain.roster import RosterPreview, RosterStatus
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.register import deactivate_member, list_members
from gsmeet.services.roster import (
    apply_roster,
    committee_by_name,
    preview_roster,
    problems_line,
    undo_roster,
)
from gsmeet.services.roster.errors import (
    BadDate,
    BlankName,
    InvalidRows,
    LocalPartNotAscii,
    MalformedEmail,
    SameMemberAs,
    UnknownRole,
    UnknownSubcommittee,
)
from gsmeet.storage.db import Store
from gsmeet.translations import say

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "roster"
COMMITTEE = 1
TODAY = date(2019, 11, 28)
GOOD = FIXTURES / "good.csv"
BAD = FIXTURES / "bad.csv"


def everything(store: Store) -> Any:
    return export_data(store)["tables"]


def statuses(preview: RosterPreview) -> dict[str, RosterStatus]:
    return {r.name: r.status for r in preview.rows}


def preview(store: Store, path: Path) -> RosterPreview:
    return preview_roster(store, COMMITTEE, path, today=TODAY)


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_good_csv_is_classified(demo_store: Store) -> None:
    result = preview(demo_store, GOOD)
    assert statuses(result) == {
        "김태형": RosterStatus.UNCHANGED,
        "김도윤": RosterStatus.UPDATED,
        "장민석": RosterStatus.UPDATED,
        "새위원": RosterStatus.NEW,
        "박새롬": RosterStatus.NEW,
        "Jane Doe": RosterStatus.NEW,
    }
    rows = {r.name: r for r in result.rows}
    assert rows["김도윤"].changes == ("position",)
    assert rows["장민석"].changes == ("email",)
    assert rows["새위원"].subcommittee == "청색기술 중심도시 분과"  # by its strategy's name
    assert rows["Jane Doe"].subcommittee == "청색기술 중심도시 분과"  # spaces ignored
    assert rows["Jane Doe"].role is Role.MEMBER and rows["박새롬"].role is Role.OBSERVER
    assert rows["새위원"].term_end == date(2021, 10, 31)
    assert [r.row for r in result.rows] == [2, 3, 4, 5, 6, 8]  # row 7 is blank


def test_good_csv_is_applied_and_undone(demo_store: Store) -> None:
    before = everything(demo_store)
    result = apply_roster(demo_store, COMMITTEE, preview(demo_store, GOOD), only_valid=False)
    assert (result.new, result.updated, result.unchanged, result.skipped) == (3, 2, 1, 0)
    members = {r.name: r for r in list_members(demo_store, COMMITTEE, on=TODAY)}
    assert len(members) == 58
    assert members["김도윤"].position == "센터장" and members["김도윤"].term_start == TODAY
    assert members["김도윤"].email == "kimdy@example.org"  # a blank cell erases nothing
    assert members["장민석"].email == "jangms@new.example.org"
    assert members["새위원"].term_start == TODAY and members["새위원"].allowance
    old = list_members(demo_store, COMMITTEE, on=date(2019, 11, 27))
    assert next(r for r in old if r.name == "김도윤").position == "책임연구원"
    undo_roster(demo_store, result)
    assert everything(demo_store) == before


def test_importing_again_updates_nobody_twice(demo_store: Store) -> None:
    apply_roster(demo_store, COMMITTEE, preview(demo_store, GOOD), only_valid=False)
    once = everything(demo_store)
    again = preview(demo_store, GOOD)
    assert set(statuses(again).values()) == {RosterStatus.UNCHANGED}
    result = apply_roster(demo_store, COMMITTEE, again, only_valid=False)
    assert (result.new, result.updated, result.unchanged) == (0, 0, 6)
    assert everything(demo_store) == once


def test_cp949_csv_reads_like_utf8(demo_store: Store, tmp_path: Path) -> None:
    text = GOOD.read_bytes().decode("utf-8-sig")
    korean = tmp_path / "명단.csv"
    korean.write_bytes(text.encode("cp949"))
    plain = tmp_path / "plain.csv"
    plain.write_bytes(text.encode("utf-8"))  # no BOM
    expected = preview(demo_store, GOOD).rows
    assert preview(demo_store, korean).rows == expected
    assert preview(demo_store, plain).rows == expected


def test_an_address_mail_cannot_carry_is_named_in_its_row(
    demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "명단.csv"
    path.write_text(
        "이름,기관,e-mail\n김철수,경산시,김철수@시청.kr\n이영희,경산시,lee@시청.kr\n",
        encoding="utf-8",
    )
    result = preview(demo_store, path)
    problems = [(r.row, [(type(p), p.fields) for p in r.problems]) for r in result.invalid]
    assert problems == [(2, [(LocalPartNotAscii, {"value": "김철수@시청.kr"})])]
    assert say(result.invalid[0].problems[0], "ko").startswith("이메일 '김철수@시청.kr'의 @ 앞에")


def test_xlsx_with_a_title_row_typed_cells_and_english_headers(
    demo_store: Store, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["경산발전전략위원회 위원 명단"],
            [
                "No.",
                "Name",
                "Organization",
                "Title",
                "Role",
                "Sub-committee",
                "E-mail",
                "Phone",
                "Term start",
                "Allowance",
            ],
            [
                1,
                "새위원",
                "경북대학교",
                "교수",
                "Member",
                "청색기술 중심도시",
                None,
                1012345678,
                datetime(2019, 12, 1),
                "N",
            ],
            [2, "김태형", "영남대학교", None, None, None, None, None, None, None],
        ],
    )
    result = preview(demo_store, path)
    assert [(r.row, r.status) for r in result.rows] == [
        (3, RosterStatus.NEW),
        (4, RosterStatus.UNCHANGED),
    ]
    new = result.rows[0]
    assert new.phone == "01012345678" and new.term_start == date(2019, 12, 1)
    assert new.allowance is False
    apply_roster(demo_store, COMMITTEE, result, only_valid=False)
    row = next(
        r for r in list_members(demo_store, COMMITTEE, on=date(2019, 12, 1)) if r.name == "새위원"
    )
    assert row.term_start == date(2019, 12, 1) and not row.allowance


def test_bad_rows_are_named_and_nothing_is_written(demo_store: Store) -> None:
    before = everything(demo_store)
    result = preview(demo_store, BAD)
    reasons = {r.row: [(type(p), p.fields) for p in r.problems] for r in result.invalid}
    bad_date = result.invalid[4].problems[0]
    assert isinstance(bad_date.fields["reason"], NoSuchDay)
    assert reasons == {
        4: [(UnknownSubcommittee, {"value": "없는분과"})],
        5: [(BlankName, {})],
        6: [(UnknownRole, {"value": "회장"})],
        7: [(MalformedEmail, {"value": "x@"})],
        8: [(BadDate, {"header": "임기만료일", "reason": bad_date.fields["reason"]})],
        9: [(SameMemberAs, {"row": 3})],
    }
    assert str(bad_date) == (
        "임기만료일: '2019-02-30' is not a date: month 2 has only 28 days, not 30"
    )
    assert say(bad_date, "ko") == (
        "임기만료일 열: '2019-02-30'은 날짜가 아닙니다. 2월은 28일까지입니다 (30일은 없음)"
    )
    with pytest.raises(InvalidRows) as refused:
        apply_roster(demo_store, COMMITTEE, result, only_valid=False)
    message = str(refused.value)
    assert "bad.csv: 6 invalid rows, nothing imported" in message
    assert "row 4: unknown sub-committee '없는분과'; row 5: blank name; row 6:" in message
    assert "and 3 more" in message and "\n" not in message
    assert everything(demo_store) == before
    assert render("{p:;}", {"p": problems_line(result, 1)}, "en") == (
        "row 4: unknown sub-committee '없는분과'; and 5 more"
    )
    assert say(refused.value, "ko") == (
        f"{BAD}: 잘못된 행이 6개여서 아무것도 가져오지 않았습니다: "
        "4행: 없는 분과 '없는분과'; 5행: 성명이 비어 있음; 6행: 알 수 없는 구분 '회장'; 외 3건"
    )


def test_only_valid_rows_can_be_imported(demo_store: Store) -> None:
    result = apply_roster(demo_store, COMMITTEE, preview(demo_store, BAD), only_valid=True)
    assert (result.new, result.updated, result.unchanged, result.skipped) == (1, 0, 1, 6)
    names = {r.name for r in list_members(demo_store, COMMITTEE, on=TODAY)}
    assert "새사람" in names and not names & {"홍길동", "이몽룡", "성춘향", "변학도"}


def test_a_file_without_a_name_column_is_refused(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "no-name.csv"
    path.write_text("소속,직위\n경산시,주무관\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"no-name.csv: no 성명 \(name\) column"):
        preview(demo_store, path)


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        ("roster.xls", b"\xd0\xcf\x11\xe0", InvalidInputError, "save it as .xlsx or .csv"),
        ("roster.xlsx", b"not a zip", InvalidInputError, "not a readable Excel file"),
        ("roster.csv", b"\xff\xfe\x00\xd8\x00", InvalidInputError, "neither UTF-8 nor CP949"),
    ],
)
def test_unreadable_files(
    demo_store: Store, tmp_path: Path, name: str, content: bytes, error: type, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error, match=message):
        preview(demo_store, path)
    with pytest.raises(NotFoundError, match="no such file"):
        preview(demo_store, tmp_path / "missing.csv")


def test_a_preview_gone_stale_is_refused(demo_store: Store) -> None:
    result = preview(demo_store, GOOD)
    moved = next(r for r in result.rows if r.name == "김도윤")
    assert moved.membership_id is not None
    deactivate_member(demo_store, moved.membership_id, on=TODAY, reason="사임")
    before = everything(demo_store)
    with pytest.raises(InvalidInputError, match="changed since the preview"):
        apply_roster(demo_store, COMMITTEE, result, only_valid=False)
    assert everything(demo_store) == before


def test_a_thousand_rows(demo_store: Store, tmp_path: Path) -> None:
    header = ["성명", "소속", "직위", "구분", "분과", "이메일", "연락처"]
    rows = [
        [f"위원{i:04d}", f"기관{i % 37}", "위원", "위원", f"{(i % 10) + 1}", "", f"010-{i:04d}"]
        for i in range(1000)
    ]
    # Sub-committee numbers are not names: use the demo's names instead.
    names = [s for s in (r.subcommittee for r in list_members(demo_store, 1, on=TODAY)) if s]
    subs = sorted(set(names))
    for i, row in enumerate(rows):
        row[4] = subs[i % len(subs)]
    path = write_xlsx(tmp_path / "big.xlsx", [header, *rows])
    result = apply_roster(demo_store, COMMITTEE, preview(demo_store, path), only_valid=False)
    assert result.new == 1000
    assert len(list_members(demo_store, COMMITTEE, on=TODAY)) == 1055
    again = preview(demo_store, path)
    assert again.count(RosterStatus.UNCHANGED) == 1000


def test_committee_by_name(demo_store: Store) -> None:
    assert committee_by_name(demo_store, None) == COMMITTEE
    assert committee_by_name(demo_store, "경산발전전략 위원회") == COMMITTEE
    with pytest.raises(NotFoundError, match="No committee named"):
        committee_by_name(demo_store, "없는위원회")


def test_former_members_in_a_new_roster_return_as_the_same_people(
    demo_store: Store, tmp_path: Path
) -> None:
    """After the launch term (to 2020-10-31), the re-appointed are not new people; a row
    of the old term (its end date passed) renews nothing."""
    later = date(2021, 1, 4)
    result = preview_roster(demo_store, COMMITTEE, GOOD, today=later)
    rows = {r.name: r for r in result.rows}
    assert rows["김도윤"].changes == ("rejoins", "position")
    assert rows["장민석"].changes == ("rejoins", "email")
    assert rows["김태형"].status is RosterStatus.UNCHANGED  # his row ends 2020-10-31
    people = len(everything(demo_store)["person"])
    before = everything(demo_store)
    applied = apply_roster(demo_store, COMMITTEE, result, only_valid=False)
    assert (applied.new, applied.updated, applied.unchanged) == (3, 2, 1)
    assert len(everything(demo_store)["person"]) == people + 3
    now = {r.name: r for r in list_members(demo_store, COMMITTEE, on=later)}
    assert now["김도윤"].term_start == later and now["김도윤"].position == "센터장"
    assert now["김도윤"].term_end is None  # the file gives none for the new term
    assert now["김도윤"].role is Role.MEMBER and now["김도윤"].subcommittee_id is not None
    assert "김태형" not in now
    old = {r.name: r for r in list_members(demo_store, COMMITTEE, on=TODAY)}
    assert old["김도윤"].position == "책임연구원"
    undo_roster(demo_store, applied)
    assert everything(demo_store) == before
    # An old roster's row can still bring an e-mail up to date.
    path = tmp_path / "old.csv"
    path.write_text(
        "성명,소속,이메일,임기만료일\n김태형,영남대학교,kth@new.org,2020-10-31\n", "utf-8"
    )
    stale = preview_roster(demo_store, COMMITTEE, path, today=later)
    assert stale.rows[0].changes == ("email",)
    apply_roster(demo_store, COMMITTEE, stale, only_valid=False)
    assert member_email(demo_store, "김태형") == "kth@new.org"
    assert "김태형" not in {r.name for r in list_members(demo_store, COMMITTEE, on=later)}


def member_email(store: Store, name: str) -> str:
    rows = list_members(store, COMMITTEE, on=TODAY, include_former=True)
    return next(r.email for r in rows if r.name == name)


def test_a_roster_records_who_left(demo_store: Store, tmp_path: Path) -> None:
    """The 해촉일 column: a serving member leaves from that day (with the 해촉사유); a
    new row can bring the history of someone who served and left; impossible dates are
    the row's problem; undo puts everything back."""
    path = tmp_path / "left.csv"
    path.write_text(
        "성명,소속,직위,위촉일,해촉일,해촉사유\n"
        "김도윤,한국전자통신연구원 대경권연구센터,센터장,,2019-09-30,개인 사정\n"
        "옛위원,경산시,과장,2018-11-01,2019-03-31,인사이동\n"
        "장민석,영남대학교,,,2018-01-01,\n"
        "새위원,경북대학교,교수,,2019-10-01,\n",
        "utf-8",
    )
    result = preview(demo_store, path)
    rows = {r.name: r for r in result.rows}
    assert rows["김도윤"].status is RosterStatus.UPDATED
    assert rows["김도윤"].changes == ("left_on",)  # not his new 직위: as he left
    assert rows["옛위원"].status is RosterStatus.NEW
    assert rows["장민석"].problems[0].render("en") == (
        "해촉일 1 January 2018 is before the term began (1 November 2018)"
    )
    assert say(rows["새위원"].problems[0], "ko") == "새 위원의 해촉일은 위촉일과 함께 적어야 함"
    before = everything(demo_store)
    applied = apply_roster(demo_store, COMMITTEE, result, only_valid=True)
    assert (applied.new, applied.updated, applied.skipped) == (1, 1, 2)
    every = {r.name: r for r in list_members(demo_store, COMMITTEE, on=TODAY, include_former=True)}
    assert (every["김도윤"].left_on, every["김도윤"].left_reason) == (
        date(2019, 9, 30),
        "개인 사정",
    )
    assert every["김도윤"].position == "책임연구원"
    assert (every["옛위원"].term_start, every["옛위원"].left_on) == (
        date(2018, 11, 1),
        date(2019, 3, 31),
    )
    serving = {r.name for r in list_members(demo_store, COMMITTEE, on=TODAY)}
    assert "김도윤" not in serving and "옛위원" not in serving
    assert "김도윤" in {r.name for r in list_members(demo_store, COMMITTEE, on=date(2019, 9, 29))}
    again = preview(demo_store, path)  # the same file again: nothing more to do
    assert {r.name: r.status for r in again.rows if r.name in ("김도윤", "옛위원")} == {
        "김도윤": RosterStatus.UNCHANGED,
        "옛위원": RosterStatus.UNCHANGED,
    }
    undo_roster(demo_store, applied)
    assert everything(demo_store) == before
