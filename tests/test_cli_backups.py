"""``gsmeet backup``, ``backups``, ``restore`` (a contract: these names and options),
and what every command says about a damaged database (reliability rows 5, 9)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from gsmeet.storage.backup import backup_dir, check_backup, list_backups

from .conftest import RunCli, assert_one_line_error


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def test_backup_then_backups_lists_it_verified(gsmeet: RunCli, demo_db: Path) -> None:
    made = gsmeet("backup", "--db", demo_db)
    assert made.returncode == 0, made.stderr
    (backup,) = list_backups(demo_db)
    assert str(backup.path) in made.stdout and "3 sessions, 57 people" in made.stdout
    listed = gsmeet("backups", "--db", demo_db)
    assert listed.returncode == 0, listed.stderr
    (line,) = listed.stdout.splitlines()
    assert "verified" in line and "made by hand" in line and str(backup.path) in line
    assert backup.taken_at.strftime("%Y-%m-%d %H:%M:%S") in line and "KB" in line
    korean = gsmeet("--lang", "ko", "backups", "--db", demo_db)
    (line,) = korean.stdout.splitlines()  # why it was taken and what it holds, in Korean
    assert "직접 만듦" in line and "검증됨, 회의 3건, 인물 57명" in line
    assert "manual" not in line.replace(str(backup.path), "")


def test_backups_says_a_damaged_backup_is_damaged(gsmeet: RunCli, demo_db: Path) -> None:
    gsmeet("backup", "--db", demo_db)
    (backup,) = list_backups(demo_db)
    backup.path.write_bytes(b"junk" * 1000)
    listed = gsmeet("backups", "--db", demo_db)
    assert "DAMAGED (the file is damaged)" in listed.stdout and "verified" not in listed.stdout
    korean = gsmeet("--lang", "ko", "backups", "--db", demo_db)  # why, in words: not SQLite's
    assert "파일이 손상됨" in korean.stdout and "database" not in korean.stdout


def test_backups_of_a_database_without_any(gsmeet: RunCli, demo_db: Path) -> None:
    assert_one_line_error(gsmeet("backups", "--db", demo_db), "no backups", "gsmeet backup")


def test_a_damaged_database_names_its_newest_backup_and_the_restore_command(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    gsmeet("backup", "--db", demo_db)
    (backup,) = list_backups(demo_db)
    zero_header(demo_db)
    damaged = sha256(demo_db)
    out = tmp_path / "m.pdf"
    for command in (
        ("minutes", "--meeting", "2", "--out", out),
        ("prepare", "--from", "2"),
        ("check",),
    ):
        result = gsmeet(
            *command[:1],
            "--db",
            demo_db,
            *command[1:],
            *(("--date", "2020-01-01") if command[0] == "prepare" else ()),
        )
        assert_one_line_error(result, str(backup.path), f"'gsmeet restore --db {demo_db}'")
        assert "3 sessions, 57 people" in result.stderr
        assert sha256(demo_db) == damaged  # nothing moved or changed
    assert not list(demo_db.parent.glob("demo.db.damaged-*"))


def test_a_damaged_database_without_backups_says_so(gsmeet: RunCli, demo_db: Path) -> None:
    zero_header(demo_db)
    assert_one_line_error(
        gsmeet("export", "--db", demo_db, "--out", demo_db.with_suffix(".json")),
        "no verified backup",
    )


def test_restore_brings_back_the_newest_and_keeps_the_damaged_file(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    gsmeet("backup", "--db", demo_db)
    (backup,) = list_backups(demo_db)
    zero_header(demo_db)
    damaged = sha256(demo_db)
    result = gsmeet("restore", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    (aside,) = [p for p in demo_db.parent.glob("demo.db.damaged-*") if p.name[-4] != "-"]
    assert sha256(aside) == damaged and str(aside) in result.stdout
    assert str(backup.path) in result.stdout
    assert gsmeet("check", "--db", demo_db).returncode == 0
    out = tmp_path / "m.pdf"
    assert gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", out).returncode == 0


def test_restore_from_a_given_file_keeps_the_sound_current_one_as_a_backup(
    gsmeet: RunCli, demo_db: Path
) -> None:
    gsmeet("backup", "--db", demo_db)
    (first,) = list_backups(demo_db)
    connection = sqlite3.connect(demo_db)
    connection.execute("UPDATE person SET name = '바뀐 이름' WHERE id = 1")
    connection.commit()
    connection.close()
    result = gsmeet("restore", "--db", demo_db, "--from", first.path)
    assert result.returncode == 0, result.stderr
    kept = [b for b in list_backups(demo_db) if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in result.stdout
    assert check_backup(kept[0].path).ok
    names = sqlite3.connect(kept[0].path).execute("SELECT name FROM person WHERE id = 1")
    assert names.fetchone()[0] == "바뀐 이름"
    assert not list(demo_db.parent.glob("demo.db.damaged-*"))


def test_restore_of_a_file_that_is_not_a_backup_changes_nothing(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello")
    before = sha256(demo_db)
    assert_one_line_error(gsmeet("restore", "--db", demo_db, "--from", junk), naming=junk)
    assert_one_line_error(gsmeet("restore", "--db", demo_db), "no verified backup")
    assert sha256(demo_db) == before
    assert not backup_dir(demo_db).exists()
