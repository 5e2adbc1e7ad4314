"""``gsmeet prepare`` and ``gsmeet roster import`` as a script meets them: real files,
and a database left untouched when the input is bad. In this process through
``cli.main``; one real process for the entry point."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from .conftest import RunCli, assert_one_line_error, gsmeet_process

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "roster"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_prepare_fills_the_planned_session(bare_demo_db: Path) -> None:
    demo_db = bare_demo_db
    result = gsmeet_process(
        "prepare", "--db", demo_db, "--from", "latest", "--date", "2019. 11. 28."
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Prepared 3rd regular meeting, Thursday 28 November 2019 14:00: "
        "15 agenda items, 11 open actions to review, 55 invitees"
    )
    assert count(demo_db, "agenda_item") == 4 + 15 + 15


def test_prepare_keeps_an_agenda_prepared_before(demo_db: Path, gsmeet: RunCli) -> None:
    first = gsmeet("prepare", "--db", demo_db, "--from", "2", "--date", "2019-11-28")
    assert first.returncode == 0
    agenda = count(demo_db, "agenda_item")
    again = gsmeet("prepare", "--db", demo_db, "--from", "2", "--date", "2019-11-28")
    assert again.returncode == 0, again.stderr
    assert "its agenda of 15 items kept" in again.stdout and ", 0 invitees" in again.stdout
    assert count(demo_db, "agenda_item") == agenda


def test_prepare_a_new_session_with_time_and_place(demo_db: Path, gsmeet: RunCli) -> None:
    result = gsmeet(
        "prepare",
        "--db",
        demo_db,
        "--from",
        "2019-08-22",
        "--date",
        "20.02.20",
        "--time",
        "10:30",
        "--place",
        "경산시청 소회의실",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Prepared 4th round-table meeting, Thursday 20 February 2020 10:30: 15 agenda items"
    )
    connection = sqlite3.connect(demo_db)
    row = connection.execute(
        "SELECT place, start_time, end_time FROM meeting WHERE number = 4"
    ).fetchone()
    connection.close()
    assert (
        row[0] == "경산시청 소회의실" and row[1].startswith("10:30") and row[2].startswith("12:30")
    )


def test_prepare_refuses_bad_arguments_cleanly(demo_db: Path, gsmeet: RunCli) -> None:
    before = digest(demo_db)
    assert_one_line_error(
        gsmeet("prepare", "--db", demo_db, "--from", "latest", "--date", "2019-02-30"),
        "'2019-02-30' is not a date: month 2 has only 28 days, not 30",
    )
    assert_one_line_error(
        gsmeet("prepare", "--db", demo_db, "--from", "7", "--date", "2020-01-10"), "No meeting"
    )
    assert_one_line_error(
        gsmeet(
            "prepare",
            "--db",
            demo_db,
            "--from",
            "2",
            "--date",
            "2020-01-10",
            "--time",
            "25:00",
        ),
        "'25:00' is not a time: hours go up to 23",
    )
    assert_one_line_error(
        gsmeet("prepare", "--db", demo_db, "--from", "2", "--date", "2019-01-10"),
        "must come after 2nd round-table meeting",
    )
    assert_one_line_error(  # 제3차 is only planned: its help says "from a held one"
        gsmeet("prepare", "--db", demo_db, "--from", "3", "--date", "2020-01-10"),
        "3rd regular meeting (28 November 2019) was not held",
    )
    assert digest(demo_db) == before


def test_roster_import_good_file(demo_db: Path, gsmeet: RunCli) -> None:
    people = count(demo_db, "person")
    good = FIXTURES / "good.csv"
    result = gsmeet("roster", "import", "--db", demo_db, "--on", "2019. 11. 28.", good)
    assert result.returncode == 0, result.stderr
    assert "3 new, 2 updated, 1 unchanged" in result.stdout
    assert count(demo_db, "person") == people + 3
    again = gsmeet("--db", demo_db, "roster", "import", "--on", "2019-11-28", good)
    assert "0 new, 0 updated, 6 unchanged" in again.stdout
    assert count(demo_db, "person") == people + 3  # updated, not doubled


def test_roster_import_with_bad_rows_changes_nothing(gsmeet: RunCli, demo_db: Path) -> None:
    bad = FIXTURES / "bad.csv"
    before = digest(demo_db)
    result = gsmeet("roster", "import", "--db", demo_db, "--on", "2019-11-28", bad)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[:6] == [
        f"{bad}: row 4: unknown sub-committee '없는분과'",
        f"{bad}: row 5: blank name",
        f"{bad}: row 6: unknown role '회장'",
        f"{bad}: row 7: malformed e-mail 'x@'",
        f"{bad}: row 8: 임기만료일: '2019-02-30' is not a date: month 2 has only 28 days, not 30",
        f"{bad}: row 9: same member as row 3",
    ]
    assert lines[6].startswith("gsmeet: error: ") and "--only-valid" in lines[6]
    assert len(lines) == 7 and result.stdout == ""
    assert digest(demo_db) == before


def test_roster_import_only_valid_rows(demo_db: Path, gsmeet: RunCli) -> None:
    people = count(demo_db, "person")
    result = gsmeet(
        "roster",
        "import",
        "--db",
        demo_db,
        "--on",
        "2019-11-28",
        "--only-valid",
        FIXTURES / "bad.csv",
    )
    assert result.returncode == 0, result.stderr
    assert "1 new, 0 updated, 1 unchanged, 6 invalid skipped" in result.stdout
    assert count(demo_db, "person") == people + 1


def test_roster_import_errors(demo_db: Path, tmp_path: Path, gsmeet: RunCli) -> None:
    before = digest(demo_db)
    assert_one_line_error(
        gsmeet("roster", "import", "--db", demo_db, tmp_path / "missing.xlsx"), "no such file"
    )
    headless = tmp_path / "headless.csv"
    headless.write_text("a,b\n1,2\n", encoding="utf-8")
    assert_one_line_error(
        gsmeet("roster", "import", "--db", demo_db, headless), "headless.csv", "no 성명 (name)"
    )
    assert_one_line_error(
        gsmeet("roster", "import", "--db", demo_db, "--committee", "없음", headless),
        "No committee named",
    )
    assert_one_line_error(
        gsmeet("roster", "import", "--db", tmp_path / "none.db", headless), "no such database"
    )
    assert_one_line_error(
        gsmeet("roster", "import", "--db", demo_db, "--on", "2019-02-30", headless),
        "month 2 has only 28 days",
    )
    assert digest(demo_db) == before
    assert_one_line_error(gsmeet("roster"), "SUBCOMMAND", code=2)
