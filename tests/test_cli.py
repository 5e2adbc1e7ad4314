"""The command line as a user or a script meets it: real files, in this process
through ``cli.main`` (the same code the entry point runs), and a few real processes
for what only a process shows (the entry point, exit statuses, no display)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gsmeet import __version__

from .conftest import RunCli, assert_one_line_error, gsmeet_process


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_installed_command_and_python_m(tmp_path: Path) -> None:
    """The console script and ``python -m gsmeet``, from an unrelated folder."""
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    script = Path(sys.executable).with_name("gsmeet")
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert done.returncode == 0 and done.stdout.strip() == f"gsmeet {__version__}"
    db = tmp_path / "demo.db"
    assert gsmeet_process("demo", "--db", db, cwd=tmp_path).returncode == 0
    result = gsmeet_process("check", "--db", db, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith(f"{db}: ok (schema ")
    assert not Path(f"{db}.lock").exists()  # a clean exit leaves no lock behind
    assert_one_line_error(gsmeet_process("demo", "--db", db), "already exists", naming=db)


def test_demo_check_and_refusal_to_overwrite(gsmeet: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert gsmeet("demo", "--db", db).returncode == 0
    before = digest(db)
    assert_one_line_error(gsmeet("demo", "--db", db), "already exists", "--force", naming=db)
    assert digest(db) == before
    assert gsmeet("check", "--db", db).returncode == 0
    assert gsmeet("demo", "--db", db, "--force").returncode == 0
    assert not Path(f"{db}.lock").exists()


def test_check_reports_damage(gsmeet: RunCli, demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE remark SET speaker_id = 99999 WHERE id = 1")
    connection.commit()
    connection.close()
    assert_one_line_error(
        gsmeet("check", "--db", demo_db), "remark row 1 refers to a missing person", naming=demo_db
    )


def test_check_lists_several_problems_then_says_how_many(gsmeet: RunCli, demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE remark SET speaker_id = 99999 WHERE id IN (1, 2)")
    connection.commit()
    connection.close()
    result = gsmeet("check", "--db", demo_db)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 3
    assert all(line.count(str(demo_db)) == 1 for line in lines)
    assert lines[-1] == f"gsmeet: error: {demo_db}: 2 problems"


def test_check_reports_a_newer_schema(gsmeet: RunCli, demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert_one_line_error(gsmeet("check", "--db", demo_db), "newer", naming=demo_db)


def test_check_of_a_file_that_is_no_database_names_it_once(gsmeet: RunCli, tmp_path: Path) -> None:
    other = tmp_path / "a.json"
    other.write_text("{}", encoding="utf-8")
    assert_one_line_error(gsmeet("check", "--db", other), "not a gsmeet database", naming=other)
    missing = tmp_path / "none.db"
    assert_one_line_error(gsmeet("check", "--db", missing), "no such file", naming=missing)


def test_export_and_import_round_trip(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
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
    assert not list(tmp_path.glob("*.lock"))


@pytest.mark.parametrize(
    ("args", "needles", "naming"),
    [
        (
            ("import", "--db", "{tmp}/x.db", "{tmp}/missing.json"),
            ("cannot be read",),
            "{tmp}/missing.json",
        ),
        (
            ("export", "--db", "{tmp}/none.db", "--out", "{tmp}/o.json"),
            ("no such database",),
            "{tmp}/none.db",
        ),
        (
            ("export", "--db", "{demo}", "--out", "{tmp}/no/such/dir/o.json"),
            ("does not exist",),
            None,
        ),
        (
            ("minutes", "--db", "{demo}", "--meeting", "1999-01-01", "--out", "{tmp}/m.pdf"),
            ("No meeting on 1 January 1999",),
            None,
        ),
        (
            ("minutes", "--db", "{demo}", "--meeting", "2019-02-30", "--out", "{tmp}/m.pdf"),
            ("2019-02-30",),
            None,
        ),
    ],
)
def test_errors_are_one_line_without_traceback(
    gsmeet: RunCli,
    demo_db: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    needles: tuple[str, ...],
    naming: str | None,
) -> None:
    filled = [a.format(tmp=tmp_path, demo=demo_db) for a in args]
    path = Path(naming.format(tmp=tmp_path)) if naming else None
    assert_one_line_error(gsmeet(*filled), *needles, naming=path)
    assert not (tmp_path / "x.db").exists()


def test_usage_mistakes_are_one_line(gsmeet: RunCli) -> None:
    assert_one_line_error(
        gsmeet("minutes", "--meeting", "1"), "required: --out", "gsmeet minutes --help", code=2
    )
    assert_one_line_error(gsmeet("frobnicate"), "invalid choice: 'frobnicate'", code=2)
    assert_one_line_error(gsmeet("roster"), "SUBCOMMAND", code=2)


def test_a_real_process_reports_a_mistake_in_one_line(tmp_path: Path) -> None:
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    missing = tmp_path / "missing.json"
    result = gsmeet_process("import", "--db", tmp_path / "x.db", missing)
    assert_one_line_error(result, "cannot be read", naming=missing)
    assert sorted(tmp_path.iterdir()) == []


def test_broken_json_import_is_refused_cleanly(gsmeet: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": ', encoding="utf-8")
    assert_one_line_error(gsmeet("import", "--db", tmp_path / "c.db", bad), "not valid JSON")
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
    gsmeet: RunCli, demo_db: Path, command: tuple[str, ...], suffix: str
) -> None:
    before = digest(demo_db)
    result = gsmeet(command[0], "--db", demo_db, *command[1:], f"{demo_db}{suffix}")
    assert_one_line_error(result, "is the database itself")
    assert digest(demo_db) == before


def test_packet_for_a_strategy_chair(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    import pypdf

    out = tmp_path / "packet.pdf"
    result = gsmeet("packet", "--db", demo_db, "--meeting", "2", "--strategy", "2", "--out", out)
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(out).pages)
    assert "청색기술 중심도시" in text
    assert_one_line_error(
        gsmeet("packet", "--db", demo_db, "--meeting", "2", "--strategy", "11", "--out", out),
        "no strategy with that number",
    )


def test_an_unforeseen_error_is_one_line_with_the_log(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gsmeet.services.admin import transfer

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug\nwith a second line")

    monkeypatch.setattr(transfer, "export_to_file", broken)
    result = gsmeet("export", "--db", demo_db, "--out", tmp_path / "o.json")
    log = data_dir / "gsmeet-errors.log"
    assert_one_line_error(result, "RuntimeError: a bug with a second line", naming=log)
    assert "Traceback" in log.read_text(encoding="utf-8")


def headless_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }


def test_no_display_is_said_in_one_line(demo_db: Path) -> None:
    """Without this check Qt aborts the process (exit 134) with several lines."""
    result = subprocess.run(
        [sys.executable, "-m", "gsmeet", "--db", str(demo_db), "--quit-when-ready"],
        capture_output=True,
        text=True,
        check=False,
        env=headless_env(),
        timeout=600,
    )
    assert_one_line_error(result, "no display", "QT_QPA_PLATFORM=offscreen")


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, "no display"),
        ({"DISPLAY": ":{free}"}, "no X server answers on display :{free}"),
        ({"QT_QPA_PLATFORM": "xcb"}, "no display"),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
    ],
)
def test_which_environments_have_no_display(env: dict[str, str], problem: str | None) -> None:
    from gsmeet.cli.app import display_problem

    free = next(n for n in range(500, 600) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    filled = {k: v.format(free=free) for k, v in env.items()}
    found = display_problem(filled, "linux")
    if problem is None:
        assert found is None
    else:
        assert found is not None and str(found).startswith(problem.format(free=free))
        assert str(found).endswith("to run without a screen, set QT_QPA_PLATFORM=offscreen")
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


def test_an_unattended_window_refuses_a_missing_database(gsmeet: RunCli, tmp_path: Path) -> None:
    missing = tmp_path / "work" / "typo.db"
    missing.parent.mkdir()
    result = gsmeet("--db", missing, "--quit-when-ready")
    assert_one_line_error(result, "no such database", naming=missing)
    assert list(missing.parent.iterdir()) == []
