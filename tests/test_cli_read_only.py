"""A read-only file or disk (reliability row 4): said as read-only (never "damaged"),
and the commands that only read work on it — minutes from a read-only copy."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RunCli, assert_one_line_error
from .readonly import run_read_only


@pytest.fixture
def sealed(demo_db: Path, tmp_path: Path) -> Path:
    """The demo database alone in a folder (to be mounted read-only)."""
    folder = tmp_path / "읽기전용"
    folder.mkdir()
    target = folder / "demo.db"
    shutil.copyfile(demo_db, target)
    return target


def test_reading_commands_work_on_a_read_only_disk(sealed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for argv in (
        ("minutes", "--meeting", "2", "--out", out / "m.pdf"),
        ("export", "--out", out / "e.json"),
        ("check",),
        ("signin", "--meeting", "2", "--out", out / "s.pdf"),
    ):
        result = run_read_only(sealed.parent, argv[0], "--db", sealed, *argv[1:])
        assert result.returncode == 0, (argv, result.stderr)
    assert (out / "m.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in sealed.parent.iterdir()) == ["demo.db"]


def test_a_writing_command_on_a_read_only_disk_says_read_only(sealed: Path) -> None:
    result = run_read_only(
        sealed.parent, "prepare", "--db", sealed, "--from", "latest", "--date", "2020-01-06"
    )
    assert_one_line_error(result, "read-only", naming=sealed)
    assert "damaged" not in result.stderr


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from gsmeet.storage.db import open_store
from gsmeet.storage.models import Person
store = open_store(Path(sys.argv[1]))
with store.session() as session:
    session.add(Person(name="충돌 직전 위원"))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_crash_copy_read_from_a_read_only_disk_shows_what_was_committed(
    sealed: Path, tmp_path: Path
) -> None:
    """Killed with a commit still in its -wal, then opened from a read-only disk: the
    committed row is there (no write needed to read it)."""
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(sealed)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert Path(f"{sealed}-wal").stat().st_size > 0
    out = tmp_path / "e.json"
    result = run_read_only(sealed.parent, "export", "--db", sealed, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "충돌 직전 위원" in out.read_text(encoding="utf-8")


def test_a_read_only_file_in_a_writable_folder(
    gsmeet: RunCli, sealed: Path, tmp_path: Path
) -> None:
    """chmod for a user; root ignores modes, so it gets the immutable attribute."""
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", str(sealed)], check=True)
    else:
        sealed.chmod(0o400)
    try:
        out = tmp_path / "m.pdf"
        result = gsmeet("minutes", "--db", sealed, "--meeting", "2", "--out", out)
        assert result.returncode == 0, result.stderr
        result = gsmeet("prepare", "--db", sealed, "--from", "latest", "--date", "2020-01-06")
        assert_one_line_error(result, "read-only", naming=sealed)
        assert "damaged" not in result.stderr
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(sealed)], check=True)


def test_an_older_schema_on_a_read_only_disk_is_read_through_an_upgraded_copy(
    tmp_path: Path,
) -> None:
    """A copy made by an older gsmeet, on a read-only disk: its minutes are printed (read
    through an upgraded copy in a private temporary folder, removed after); the disk's
    file is untouched."""
    golden = sorted((Path(__file__).parent / "storage" / "golden").glob("schema-*-demo.db"))[0]
    folder = tmp_path / "옛 사본"
    folder.mkdir()
    sealed = folder / "demo.db"
    shutil.copyfile(golden, sealed)
    before = sealed.read_bytes()
    out = tmp_path / "m.pdf"
    scratch = tmp_path / "임시"
    scratch.mkdir()
    result = run_read_only(
        folder, "minutes", "--db", sealed, "--meeting", "2", "--out", out, tmp=scratch
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert sealed.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["demo.db"]
    assert list(scratch.iterdir()) == []  # the upgraded copy is gone
