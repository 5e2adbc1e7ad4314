"""One lock for every writer (reliability row 8): every command that writes is refused
while another gsmeet holds the database, naming the holder, and changes nothing;
every command that only reads still works then. The walk covers every command the
parser has, so a new command cannot forget (it writes, and locks, unless it says
``writes=False``)."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gsmeet.cli import build_parser

from .conftest import RunCli, assert_one_line_error

HOLDER = """
import sys, time
from pathlib import Path
from gsmeet.storage.db import open_store
store = open_store(Path(sys.argv[1]), exclusive=True)
print("holding", flush=True)
time.sleep(120)
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leaves(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command (``roster import`` as ('roster', 'import')) with its parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaves(sub, (*prefix, name))
            return
    if prefix:
        yield prefix, parser


COMMANDS = sorted(leaves(build_parser()), key=lambda leaf: leaf[0])


def sample_argv(parser: argparse.ArgumentParser, folder: Path) -> list[str]:
    """The command's required arguments, each with a value it parses."""
    argv: list[str] = []
    for action in parser._actions:
        if action.dest in ("help", "db") or not (action.required or not action.option_strings):
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif action.type is Path:
            value = str(folder / f"{action.dest}.out")
        elif action.dest in ("date", "on"):
            value = "2020-01-06"
        else:
            value = "2"
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


@dataclass(frozen=True)
class Held:
    database: Path
    pid: int  # of the gsmeet holding it


@pytest.fixture(scope="module")
def held(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Held]:
    """Another gsmeet (a real process) holding a copy of the demo open, for every test of
    the walk (one holder, not one per command: each test checks the file stayed byte for
    byte as it was, so a command that wrote would fail its own test)."""
    database = tmp_path_factory.mktemp("held") / "demo.db"
    shutil.copyfile(demo_template, database)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield Held(database, holder.pid)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()


def test_every_command_says_whether_it_writes() -> None:
    assert len(COMMANDS) >= 14
    for name, parser in COMMANDS:
        assert "writes" in parser._defaults, f"gsmeet {' '.join(name)}: writes=True or False?"


WRITERS = [name for name, parser in COMMANDS if parser._defaults.get("writes")]
READERS = [name for name, parser in COMMANDS if not parser._defaults.get("writes")]


def test_the_commands_that_write_are_the_ones_expected() -> None:
    assert {"demo", "import", "issue", "prepare", "restore"} <= {n[0] for n in WRITERS}
    assert ("roster", "import") in WRITERS
    assert {"minutes", "export", "check", "backups", "agenda"} <= {n[0] for n in READERS}


@pytest.mark.parametrize("name", WRITERS, ids=" ".join)
def test_a_writer_is_refused_while_another_gsmeet_holds_the_database(
    name: tuple[str, ...], gsmeet: RunCli, held: Held, tmp_path: Path
) -> None:
    parser = dict(COMMANDS)[name]
    demo_db = held.database
    before = sha256(demo_db)
    extra = ["--force"] if name == ("demo",) else []
    result = gsmeet(*name, "--db", demo_db, *sample_argv(parser, tmp_path), *extra)
    assert_one_line_error(result, "open in another gsmeet", f"process {held.pid}", naming=demo_db)
    assert getpass.getuser() in result.stderr  # the holder's user, and since when
    assert sha256(demo_db) == before
    assert not list(tmp_path.glob("*.out"))


@pytest.mark.parametrize("name", READERS, ids=" ".join)
def test_a_reader_is_not_refused_while_another_gsmeet_holds_the_database(
    name: tuple[str, ...], gsmeet: RunCli, held: Held, tmp_path: Path
) -> None:
    parser = dict(COMMANDS)[name]
    demo_db = held.database
    before = sha256(demo_db)
    result = gsmeet(*name, "--db", demo_db, *sample_argv(parser, tmp_path))
    assert "open in another gsmeet" not in result.stderr
    assert "Traceback" not in result.stderr
    assert sha256(demo_db) == before


def test_readers_work_while_the_window_holds_the_database(
    gsmeet: RunCli, held: Held, tmp_path: Path
) -> None:
    demo_db = held.database
    for argv in (
        ("minutes", "--meeting", "2", "--out", tmp_path / "m.pdf"),
        ("agenda", "--meeting", "2", "--out", tmp_path / "a.pdf"),
        ("export", "--out", tmp_path / "e.json"),
        ("check",),
        ("backup",),
        ("backups",),
    ):
        result = gsmeet(argv[0], "--db", demo_db, *argv[1:])
        assert result.returncode == 0, (argv, result.stderr)
    assert (tmp_path / "m.pdf").stat().st_size > 1000


def test_a_crashed_holder_does_not_lock_anyone_out(gsmeet: RunCli, demo_db: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_db)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert Path(f"{demo_db}.lock").exists()  # left behind by the crash
    result = gsmeet("prepare", "--db", demo_db, "--from", "latest", "--date", "2020-01-06")
    assert result.returncode == 0, result.stderr
