"""The commands on a full disk (reliability row 3, issue 14's attack): one line saying
the disk is full — never "damaged", never ``[Errno 28]`` — the database byte for byte
as it was, no backup-named or half-built file left; once there is room, all works."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from .conftest import RunCli, assert_one_line_error
from .smalldisk import fill


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(folder: Path) -> list[str]:
    """What is in ``folder``, but for SQLite's own empty companions (-wal, -shm) and
    the backup folder (checked to be empty)."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if not (p.name.endswith(("-wal", "-shm")) and p.stat().st_size <= 32768)
        and not p.name.endswith("-backups")
    )


def test_commands_on_a_full_disk_say_so_and_change_nothing(
    gsmeet: RunCli, demo_db: Path, small_disk: Path, tmp_path: Path
) -> None:
    db = small_disk / "위원회.db"
    shutil.copyfile(demo_db, db)
    before = sha256(db)
    filler = fill(small_disk)
    there = files(small_disk)
    for args in (
        ("prepare", "--db", db, "--from", "latest", "--date", "2020-01-06"),
        ("backup", "--db", db),
        ("roster", "import", "--db", db, "--on", "2020-01-06", demo_db),  # (never read)
        ("minutes", "--db", db, "--meeting", "2", "--out", tmp_path / "m.pdf"),
        ("demo", "--db", small_disk / "새.db"),
    ):
        result = gsmeet(*args)
        assert_one_line_error(result, "disk is full")
        assert "damaged" not in result.stderr and "Errno" not in result.stderr
        assert sha256(db) == before
        assert files(small_disk) == there, args
        backups = small_disk / "위원회-backups"
        assert not backups.exists() or list(backups.iterdir()) == []

    korean = gsmeet("--lang", "ko", "backup", "--db", db)
    assert "디스크가 가득" in korean.stderr and "disk is full" not in korean.stderr

    filler.unlink()  # room again
    assert gsmeet("check", "--db", db).returncode == 0
    prepared = gsmeet("prepare", "--db", db, "--from", "latest", "--date", "2020-01-06")
    assert prepared.returncode == 0, prepared.stderr
    assert gsmeet("backup", "--db", db).returncode == 0
