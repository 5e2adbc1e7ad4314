"""``gsmeet committee new``, ``session new|edit|postpone|cancel|delete`` and ``member
leave|renew`` as a script meets them: a committee from nothing, and for every bad
input one line naming the problem, with nothing written."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from .conftest import RunCli, assert_one_line_error


def dump(db: Path) -> list[str]:
    """Everything the database holds (what "nothing written" compares)."""
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def rows(db: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


_made: list[Path] = []  # what the first `committee new` of this process left


@pytest.fixture
def new_db(tmp_path: Path, gsmeet: RunCli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file ``committee new`` makes: made by the command once per run (a new file
    is migrated from nothing, ~0.5 s), every later test gets a copy of what it left."""
    db = tmp_path / "committee.db"
    if _made:
        copy_beside(_made[0].parent, tmp_path)
        return db
    made = gsmeet(
        "committee", "new", "--db", db, "--name", "경산발전전략위원회", "--host", "경산시",
        "--department", "미래전략과", "--secretary", "정수민",
        "--subcommittee", "착한나눔도시 분과", "--subcommittee", "행복건강도시 분과",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    said = f"Created 경산발전전략위원회 (경산시 미래전략과) in {db}: 2 sub-committees, "
    assert made.stdout.strip() == said + "secretary 정수민"
    kept = tmp_path_factory.mktemp("committee-new")
    copy_beside(tmp_path, kept, db.name)  # the file, and whatever it made beside it
    _made.append(kept / db.name)
    return db


def copy_beside(source: Path, target: Path, prefix: str = "") -> None:
    """Copy what ``source`` holds whose name starts with ``prefix``, modes kept."""
    for left in source.glob(f"{prefix}*"):
        if left.is_dir():
            shutil.copytree(left, target / left.name)
        else:
            shutil.copy2(left, target / left.name)


def test_committee_new_makes_the_file_with_kinds_and_sub_committees(new_db: Path) -> None:
    assert rows(new_db, "SELECT name, host_body, department FROM committee") == [
        ("경산발전전략위원회", "경산시", "미래전략과")
    ]
    assert [r[0] for r in rows(new_db, "SELECT code FROM session_kind ORDER BY position")] == [
        "regular", "extraordinary", "roundtable", "subcommittee", "ceremony", "workshop",
    ]  # fmt: skip
    assert rows(new_db, "SELECT name FROM subcommittee ORDER BY position") == [
        ("착한나눔도시 분과",),
        ("행복건강도시 분과",),
    ]
    assert rows(new_db, "SELECT p.name, m.role FROM person p JOIN membership m") == [
        ("정수민", "secretary")
    ]


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        (["--name", " ", "--host", "경산시"], "committee's name cannot be blank"),
        (["--name", "위원회", "--host", ""], "host body cannot be blank"),
        (
            [
                "--name",
                "위원회",
                "--host",
                "경산시",
                "--subcommittee",
                "가",
                "--subcommittee",
                "가 ",
            ],
            "sub-committee 가 is named twice",
        ),
    ],
)
def test_committee_new_refuses_and_leaves_no_file(
    tmp_path: Path, gsmeet: RunCli, arguments: list[str], needle: str
) -> None:
    folder = tmp_path / "new"
    db = folder / "none.db"
    assert_one_line_error(gsmeet("committee", "new", "--db", db, *arguments), needle)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_second_committee_and_the_committee_option(new_db: Path, gsmeet: RunCli) -> None:
    before = dump(new_db)
    again = gsmeet(
        "committee", "new", "--db", new_db, "--name", "경산발전전략 위원회", "--host", "x"
    )
    assert_one_line_error(again, "already holds a committee named 경산발전전략 위원회")
    assert dump(new_db) == before
    other = gsmeet(
        "committee", "new", "--db", new_db, "--name", "청년정책위원회", "--host", "경산시"
    )
    assert other.returncode == 0, other.stderr
    missing = gsmeet("session", "new", "--db", new_db, "--date", "2020-03-05")
    assert_one_line_error(missing, "holds 2 committees", "name one with --committee")
    unknown = gsmeet(
        "session", "new", "--db", new_db, "--date", "2020-03-05", "--committee", "없는위원회"
    )
    assert_one_line_error(unknown, "No committee named 없는위원회")
    made = gsmeet(
        "session", "new", "--db", new_db, "--date", "2020-03-05", "--committee", "청년정책위원회"
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(
        "Created 1st regular meeting, Thursday 5 March 2020 14:00: 5 agenda"
    )
    for command in (["minutes", "--out", str(new_db.parent / "m.pdf")], ["agenda", "--out", "x"]):
        assert_one_line_error(
            gsmeet(*command[:1], "--db", new_db, "--meeting", "1", *command[1:]),
            "name one with --committee",
        )


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        (["--date", "2020-02-30"], "'2020-02-30' is not a date: month 2 has only 29 days"),
        (["--date", "2020-03-05", "--time", "25:00"], "'25:00' is not a time"),
        (["--date", "2020-03-05", "--kind", "회식"], "'회식' is not a kind of session"),
        (["--date", "2020-03-05", "--kind", "분과회의"], "held by one sub-committee: name it"),
        (
            ["--date", "2020-03-05", "--kind", "subcommittee", "--subcommittee", "청년"],
            "has no sub-committee named '청년'",
        ),
        (["--date", "2020-03-05", "--chair", "홍길동"], "No one named 홍길동"),
        (["--date", "2020-03-05", "--end", "13:00"], "cannot end at 13:00 when it starts at 14:00"),
        (["--date", "2020-03-05", "--agenda", "copy"], "--agenda 'copy'"),
        (["--date", "2020-03-05", "--agenda", "copy:9"], "No meeting number 9"),
        (["--date", "2020-03-05", "--guest", "|소속|직위"], "is not a guest"),
        (["--date", "2020-03-05", "--headcount", "-3"], "headcount of -3"),
        (["--date", "2020-03-05", "--kind", "ceremony", "--number", "2"], "have no number"),
    ],
)
def test_session_new_refuses_bad_input_and_writes_nothing(
    new_db: Path, gsmeet: RunCli, arguments: list[str], needle: str
) -> None:
    before = dump(new_db)
    assert_one_line_error(gsmeet("session", "new", "--db", new_db, *arguments), needle)
    assert dump(new_db) == before


def test_sessions_of_every_kind_edited_postponed_cancelled_deleted(
    new_db: Path, gsmeet: RunCli
) -> None:
    def run(*arguments: str) -> str:
        result = gsmeet(arguments[0], arguments[1], "--db", str(new_db), *arguments[2:])
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def of(day: str) -> list[tuple[object, ...]]:
        return rows(
            new_db, f"SELECT title, place, disclosure, status, number, cancel_reason "
            f"FROM meeting WHERE held_on = '{day}'",
        )  # fmt: skip

    ceremony = run(
        "session", "new", "--date", "2020-02-01", "--kind", "출범식", "--title", "출범식",
        "--headcount", "250", "--guest", "이철우|경상북도|도지사", "--agenda", "empty",
    )  # fmt: skip
    assert ceremony == (
        "Created 출범식, Saturday 1 February 2020 14:00: 0 agenda items, 0 invitees, "
        "0 open actions to review"
    )
    sub = run(
        "session", "new", "--date", "2020-04-02", "--kind", "분과회의",
        "--subcommittee", "착한나눔도시", "--time", "10:00", "--end", "12:00",
    )  # fmt: skip
    assert sub.startswith(
        "Created 착한나눔도시 분과, 1st sub-committee meeting, Thursday 2 April 2020 10:00"
    )
    regular = run("session", "new", "--date", "2020-06-04")
    assert regular.startswith("Created 1st regular meeting, Thursday 4 June 2020 14:00")
    edited = run(
        "session", "edit", "--meeting", "2020-06-04", "--title", "상반기 정기회의",
        "--place", "경산시청 대회의실", "--disclosure", "private",
    )  # fmt: skip
    assert edited == (
        "Changed 1st regular meeting, Thursday 4 June 2020: --disclosure, --place, --title"
    )
    assert of("2020-06-04") == [
        ("상반기 정기회의", "경산시청 대회의실", "closed", "planned", 1, "")
    ]
    moved = run("session", "postpone", "--meeting", "2020-06-04", "--date", "2020-06-11")
    assert moved == (
        "Postponed 1st regular meeting, Thursday 4 June 2020 14:00 to "
        "1st regular meeting, Thursday 11 June 2020 14:00"
    )
    cancelled = run("session", "cancel", "--meeting", "2020-06-11", "--reason", "코로나19")
    assert cancelled == "Cancelled 1st regular meeting, Thursday 11 June 2020 (코로나19)"
    assert of("2020-06-11")[0][3:] == ("cancelled", None, "코로나19")
    deleted = run("session", "delete", "--meeting", "2020-06-11")
    assert deleted == "Deleted regular meeting, Thursday 11 June 2020"  # cancelled: no number
    assert rows(new_db, "SELECT count(*) FROM meeting") == [(2,)]


def test_two_sub_committees_on_one_day_are_told_apart(new_db: Path, gsmeet: RunCli) -> None:
    for sub in ("착한나눔도시 분과", "행복건강도시 분과"):
        made = gsmeet(
            "session", "new", "--db", new_db, "--date", "2020-04-10", "--kind", "분과회의",
            "--subcommittee", sub,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
    before = dump(new_db)
    for ref, hint in (
        ("2020-04-10", "'2020-04-10 행복건강도시 분과'"),
        ("1", "'1 행복건강도시 분과'"),
    ):
        refused = gsmeet("session", "edit", "--db", new_db, "--meeting", ref, "--place", "x")
        assert_one_line_error(refused, "More than one meeting", hint)
    unknown = gsmeet(
        "session", "edit", "--db", new_db, "--meeting", "2020-04-10 청년", "--place", "x"
    )
    assert_one_line_error(unknown, "none of", "'청년'")
    planned = gsmeet(
        "prepare", "--db", new_db, "--from", "2020-04-10 행복건강도시", "--date", "2020-05-07"
    )  # fmt: skip
    assert_one_line_error(planned, "행복건강도시 분과, 1st sub-committee meeting", "not held")
    assert dump(new_db) == before
    for ref in ("2020-04-10 행복건강도시", "1 행복건강도시 분과"):
        edited = gsmeet("session", "edit", "--db", new_db, "--meeting", ref, "--place", "보건소")
        assert edited.returncode == 0, edited.stderr
        assert edited.stdout.startswith("Changed 행복건강도시 분과, 1st sub-committee meeting")
    assert rows(new_db, "SELECT s.name, m.place FROM meeting m JOIN subcommittee s"
                " ON s.id = m.subcommittee_id ORDER BY s.position") == [
        ("착한나눔도시 분과", ""), ("행복건강도시 분과", "보건소")
    ]  # fmt: skip


def test_editing_an_issued_or_held_session_is_refused(demo_db: Path, gsmeet: RunCli) -> None:
    before = dump(demo_db)
    cases = [
        (["edit", "--meeting", "1", "--title", "x"], "its minutes were issued"),
        (["edit", "--meeting", "2"], "Nothing to change"),
        (["edit", "--meeting", "2", "--number", "1"], "No. 1 of this series is already"),
        (["edit", "--meeting", "2", "--date", "2019-02-30"], "'2019-02-30' is not a date"),
        (["postpone", "--meeting", "2", "--date", "2019-09-01"], "only a session not yet held"),
        (["cancel", "--meeting", "2"], "only a session not yet held is cancelled"),
        (["delete", "--meeting", "2"], "has its start recorded"),
        (["delete", "--meeting", "1"], "its minutes were issued"),
        (["postpone", "--meeting", "3", "--date", "2019-11-28"], "already planned on"),
        (["edit", "--meeting", "99", "--title", "x"], "No meeting number 99"),
    ]
    for arguments, needle in cases:
        assert_one_line_error(
            gsmeet("session", arguments[0], "--db", demo_db, *arguments[1:]), needle
        )
    assert dump(demo_db) == before


def test_member_leave_and_renew(demo_db: Path, gsmeet: RunCli) -> None:
    before = dump(demo_db)
    for arguments, needle in (
        (["leave", "--name", "홍길동", "--on", "2019-09-01"], "No one named 홍길동"),
        (["leave", "--name", "김태형", "--on", "2019-02-30"], "'2019-02-30' is not a date"),
        (["leave", "--name", "양소희", "--on", "2019-09-01"], "양소희 already left on"),
        (["renew", "--until", "2020-06-30", "--name", "김태형"], "the term already runs to"),
    ):
        assert_one_line_error(
            gsmeet("member", arguments[0], "--db", demo_db, *arguments[1:]), needle
        )
    assert dump(demo_db) == before
    left = gsmeet("member", "leave", "--db", demo_db, "--name", "김태형", "--on", "2019-09-01",
                  "--reason", "사임")  # fmt: skip
    assert left.returncode == 0, left.stderr
    assert left.stdout.strip() == "김태형 left on Sunday 1 September 2019"
    renewed = gsmeet("member", "renew", "--db", demo_db, "--until", "2022-10-31")
    assert renewed.returncode == 0, renewed.stderr
    assert renewed.stdout.startswith("Renewed ")
    assert "terms to Monday 31 October 2022" in renewed.stdout
    assert rows(demo_db, "SELECT count(*) FROM membership WHERE term_end = '2022-10-31'")[0][0] > 40


def test_prepare_warns_when_terms_end_before_the_session(demo_db: Path, gsmeet: RunCli) -> None:
    result = gsmeet("prepare", "--db", demo_db, "--from", "2", "--date", "2020-11-26")
    assert result.returncode == 0, result.stderr
    (warning,) = result.stderr.strip().splitlines()
    assert (
        warning.startswith("warning: ") and "members' terms end before 26 November 2020" in warning
    )
