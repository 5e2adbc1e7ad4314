"""The command line as a user or a script meets it: real processes, real files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gsmeet import __version__


def gsmeet(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gsmeet", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_version() -> None:
    result = gsmeet("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_check_and_refusal_to_overwrite(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert gsmeet("demo", "--db", db).returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert_clean_error(gsmeet("demo", "--db", db), "already exists", "--force")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert gsmeet("check", "--db", db).returncode == 0
    assert gsmeet("demo", "--db", db, "--force").returncode == 0


def test_check_reports_damage(demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE remark SET speaker_id = 99999 WHERE id = 1")
    connection.commit()
    connection.close()
    result = gsmeet("check", "--db", demo_db)
    assert result.returncode == 1
    assert "refers to a missing person" in result.stderr


def test_check_reports_a_newer_schema(demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    result = gsmeet("check", "--db", demo_db)
    assert result.returncode == 1 and "newer" in result.stderr


def test_export_and_import_round_trip(demo_db: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert gsmeet("export", "--db", demo_db, "--out", a).returncode == 0
    assert gsmeet("import", "--db", tmp_path / "copy.db", a).returncode == 0
    assert gsmeet("export", "--db", tmp_path / "copy.db", "--out", b).returncode == 0
    strip = [
        line for line in a.read_text(encoding="utf-8").splitlines() if "exported_at" not in line
    ]
    assert strip == [
        line for line in b.read_text(encoding="utf-8").splitlines() if "exported_at" not in line
    ]


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (
            ("import", "--db", "{tmp}/x.db", "{tmp}/missing.json"),
            ("missing.json", "cannot be read"),
        ),
        (("export", "--db", "{tmp}/none.db", "--out", "{tmp}/o.json"), ("no such database",)),
        (("export", "--db", "{demo}", "--out", "{tmp}/no/such/dir/o.json"), ("does not exist",)),
        (
            ("minutes", "--db", "{demo}", "--meeting", "1999-01-01", "--out", "{tmp}/m.pdf"),
            ("No meeting on 1999-01-01",),
        ),
        (
            ("minutes", "--db", "{demo}", "--meeting", "2019-02-30", "--out", "{tmp}/m.pdf"),
            ("2019-02-30",),
        ),
    ],
)
def test_errors_are_one_line_without_traceback(
    demo_db: Path, tmp_path: Path, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    filled = [a.format(tmp=tmp_path, demo=demo_db) for a in args]
    assert_clean_error(gsmeet(*filled), *needles)
    assert not (tmp_path / "x.db").exists()


def test_broken_json_import_is_refused_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": ', encoding="utf-8")
    assert_clean_error(gsmeet("import", "--db", tmp_path / "c.db", bad), "not valid JSON")
    assert not (tmp_path / "c.db").exists()


@pytest.mark.parametrize(
    "command",
    [
        ("minutes", "--meeting", "latest", "--out"),
        ("issue", "--meeting", "latest", "--out"),
        ("export", "--out"),
    ],
)
@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_output_onto_the_database_itself_is_refused(
    demo_db: Path, command: tuple[str, ...], suffix: str
) -> None:
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    result = gsmeet(command[0], "--db", demo_db, *command[1:], f"{demo_db}{suffix}")
    assert_clean_error(result, "is the database itself")
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


def test_packet_for_a_strategy_chair(demo_db: Path, tmp_path: Path) -> None:
    import pypdf

    out = tmp_path / "packet.pdf"
    result = gsmeet("packet", "--db", demo_db, "--meeting", "2", "--strategy", "2", "--out", out)
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(out).pages)
    assert "청색기술 중심도시" in text
    assert_clean_error(
        gsmeet("packet", "--db", demo_db, "--meeting", "2", "--strategy", "11", "--out", out),
        "no strategy with that number",
    )
