"""After the session on the command line: ``gsmeet search`` and ``gsmeet actions``."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .conftest import RunCli, assert_one_line_error, gsmeet_process


def test_search_prints_one_hit_a_line(gsmeet: RunCli, demo_db: Path) -> None:
    result = gsmeet("search", "--db", demo_db, "워크숍", "--lang", "ko")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5 and result.stderr == ""
    for line in lines:
        session, day, item, what, _who, text = line.split("\t")
        assert (session, day) == ("제2차 간담회", "2019. 8. 22.(목)")
        assert item and what in {"발언", "결정", "조치"} and "워크숍" in text
    decision = next(line.split("\t") for line in lines if "\t결정\t" in line)
    assert decision[2] == "14. 세부과제 및 위원회 활성화 방안 자율토론"


def test_search_limit_says_there_are_more(gsmeet: RunCli, demo_db: Path) -> None:
    result = gsmeet("--lang", "ko", "search", "--db", demo_db, "위원", "--limit", "3")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3
    assert result.stderr.strip() == "처음 3건만 보였습니다. 더 있습니다(--limit N으로 더 보기)"
    english = gsmeet("search", "--db", demo_db, "ㅊㅇㅈ", "--limit", "2", "--lang", "en")
    assert english.stdout.splitlines()[0].startswith("2nd round-table meeting\t")
    assert "there are more" in english.stderr
    nothing = gsmeet("search", "--db", demo_db, "없는낱말")
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (0, "", "")


def test_search_mistakes_in_one_line(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    result = gsmeet("search", "--db", demo_db, "워크숍", "--limit", "0")
    assert_one_line_error(result, "--limit", code=2)
    missing = tmp_path / "없음.db"
    assert_one_line_error(gsmeet("search", "--db", missing, "워크숍"), naming=missing)


def test_search_stops_quietly_when_the_reader_does(
    demo_db: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``gsmeet search … | head -1``: the pipe closes early; no error, nothing logged."""
    from gsmeet.cli import main

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    errors = io.StringIO()
    monkeypatch.setattr(sys, "stderr", errors)
    assert main(["search", "--db", str(demo_db), "위원"]) == 141
    assert errors.getvalue() == ""
    assert not (data_dir / "gsmeet-errors.log").exists()


def test_actions_lists_and_filters(gsmeet: RunCli, demo_db: Path) -> None:
    every = gsmeet("actions", "--db", demo_db, "--lang", "ko")
    assert every.returncode == 0, every.stderr
    assert len(every.stdout.splitlines()) == 12
    first = every.stdout.splitlines()[0].split("\t")
    assert first == [
        "완료",
        "2019. 1. 31.",
        "미래전략과",
        "",
        "분과별 운영계획 수립·제출",
        "제1차 정기회의",
        "2018. 11. 27.",
        "완료 (제2차 간담회)",
    ]
    opened = gsmeet("actions", "--db", demo_db, "--open", "--lang", "ko").stdout.splitlines()
    assert len(opened) == 11 and not any(line.startswith("완료") for line in opened)
    late = gsmeet("actions", "--db", demo_db, "--overdue-on", "2019-10-01").stdout.splitlines()
    assert [line.split("\t")[4] for line in late] == [
        "핵심선도사업 국책사업화 대상 발굴",
        "분과 워크숍 분기별 정례 운영계획 수립",
    ]
    owner = gsmeet("actions", "--db", demo_db, "--owner", "이재훈", "--open").stdout
    assert len(owner.splitlines()) == 2 and all("\t이재훈\t" in line for line in owner.splitlines())


def test_actions_to_a_workbook(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "조치사항.xlsx"
    result = gsmeet("actions", "--db", demo_db, "--open", "--out", out, "--lang", "ko")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 조치사항 11건을 썼습니다"
    sheet = load_workbook(out).active
    assert sheet.cell(row=12, column=2).value and sheet.cell(row=13, column=2).value is None


def test_actions_mistakes_in_one_line(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    bad_day = gsmeet("actions", "--db", demo_db, "--overdue-on", "2019-02-30")
    assert_one_line_error(bad_day, "2019-02-30")
    csv = tmp_path / "a.csv"
    assert_one_line_error(gsmeet("actions", "--db", demo_db, "--out", csv), naming=csv)
    assert not csv.exists()
    nowhere = tmp_path / "없는 폴더" / "a.xlsx"
    assert_one_line_error(gsmeet("actions", "--db", demo_db, "--out", nowhere), naming=nowhere)


def test_the_commands_are_in_help() -> None:
    result = gsmeet_process("--help")
    assert "search" in result.stdout and "actions" in result.stdout


def test_actions_read_the_owners_on_the_committees_today(gsmeet: RunCli, demo_db: Path) -> None:
    """The demo's sessions all lie in the past: its calendar stands still on the day
    after the last one, for `gsmeet actions` as for the tracker page."""
    from datetime import timedelta

    from sqlalchemy import select, update

    from gsmeet.domain.calendar import committee_today
    from gsmeet.services.listing import list_meetings
    from gsmeet.storage.db import open_store
    from gsmeet.storage.models import Membership, Person

    store = open_store(demo_db)
    try:
        day = committee_today(list_meetings(store, 1), date.today())
        assert day < date.today() - timedelta(days=40)  # the demo's calendar stands still

        def leaves(on: date) -> None:
            with store.session() as s:
                person = s.scalars(select(Person.id).where(Person.name == "이재훈")).one()
                s.execute(
                    update(Membership).where(Membership.person_id == person).values(left_on=on)
                )

        def owners() -> list[str]:
            ran = gsmeet("actions", "--db", demo_db, "--owner", "이재훈", "--open", "--lang", "ko")
            assert ran.returncode == 0, ran.stderr
            return [line.split("\t")[2] for line in ran.stdout.splitlines()]

        leaves(day + timedelta(days=30))  # after the committee's today, before the real one
        assert owners() == ["이재훈", "이재훈"]
        leaves(day - timedelta(days=1))
        assert owners() == ["이재훈 (해촉)", "이재훈 (해촉)"]
    finally:
        store.close()
