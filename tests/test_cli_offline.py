"""``gsmeet checkout --db URL --meeting REF --out LAPTOP.db`` and ``gsmeet checkin --db
URL LAPTOP.db`` from a server database and from a file: Korean by default on a Korean
system, conflicts listed with numbers and chosen with ``--keep``, the server's refusal
in one line, a second check-in a no-op."""

from __future__ import annotations

from pathlib import Path

import pytest

from gsmeet.domain.locations import Location

from .conftest import Ran, RunCli, assert_one_line_error
from .offline import phone_of, set_phone


def korean_error(result: Ran, *needles: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gsmeet: 오류: "), result.stderr
    assert all(n in lines[0] for n in needles), lines[0]
    assert "Traceback" not in result.stderr


def test_checkout_and_checkin_in_korean_with_a_conflict_chosen(
    demo_location: Location, gsmeet: RunCli, tmp_path: Path
) -> None:
    laptop = tmp_path / "노트북.db"
    taken = gsmeet(
        "--lang", "ko", "checkout", "--db", demo_location, "--meeting", "3", "--out", laptop
    )
    assert taken.returncode == 0, taken.stderr
    assert "반출했습니다" in taken.stdout and "gsmeet checkin" in taken.stdout
    assert laptop.is_file()

    refused = gsmeet(
        "--lang", "ko", "session", "edit", "--db", demo_location, "--meeting", "3",
        "--place", "다른 곳",
    )  # fmt: skip
    korean_error(refused, "반출했습니다", "노트북.db")
    again = gsmeet(
        "--lang", "ko", "checkout", "--db", demo_location, "--meeting", "3",
        "--out", tmp_path / "b.db",
    )  # fmt: skip
    korean_error(again, "반출했습니다", "노트북.db")
    assert not (tmp_path / "b.db").exists()

    set_phone(demo_location, 1, "서버 번호")
    set_phone(laptop, 1, "노트북 번호")
    set_phone(laptop, 2, "노트북에서만")
    listed = gsmeet("--lang", "ko", "checkin", "--db", demo_location, laptop)
    assert listed.returncode == 1
    lines = listed.stderr.strip().splitlines()
    assert lines[0].startswith("1. 인물 ") and "노트북에서도 바뀌었습니다" in lines[0], lines
    assert lines[-1].startswith("gsmeet: 오류:") and "--keep" in lines[-1], lines
    assert phone_of(demo_location, 2) != "노트북에서만"  # nothing merged

    wrong = gsmeet("--lang", "ko", "checkin", "--db", demo_location, laptop, "--keep", "7=laptop")
    korean_error(wrong, "7번 충돌은 없습니다")
    back = gsmeet("--lang", "ko", "checkin", "--db", demo_location, laptop, "--keep", "1=laptop")
    assert back.returncode == 0, back.stderr
    assert "노트북 쪽 내용을 남겼습니다" in back.stdout and "되가져왔습니다" in back.stdout
    assert (phone_of(demo_location, 1), phone_of(demo_location, 2)) == (
        "노트북 번호",
        "노트북에서만",
    )

    twice = gsmeet("--lang", "ko", "checkin", "--db", demo_location, laptop)
    assert twice.returncode == 0 and "이미 되가져온" in twice.stdout


def test_the_commands_say_what_is_wrong_in_one_line(
    demo_db: Path, gsmeet: RunCli, tmp_path: Path
) -> None:
    not_a_copy = gsmeet("checkin", "--db", demo_db, demo_db)
    assert_one_line_error(not_a_copy, "is not a session taken offline")
    missing = gsmeet("checkin", "--db", demo_db, tmp_path / "none.db")
    assert_one_line_error(missing, "no such file")
    bad = gsmeet("checkin", "--db", demo_db, tmp_path / "none.db", "--keep", "both")
    assert_one_line_error(bad, "--keep both")
    nowhere = gsmeet(
        "checkout", "--db", demo_db, "--meeting", "3", "--out", tmp_path / "x" / "a.db"
    )
    assert_one_line_error(nowhere, "no such folder")


@pytest.mark.parametrize("command", ["checkout", "checkin"])
def test_help_is_korean(gsmeet: RunCli, command: str) -> None:
    shown = gsmeet("--lang", "ko", command, "--help")
    assert shown.returncode == 0
    assert ("반출" in shown.stdout or "되가져오기" in shown.stdout) and "옵션" in shown.stdout
