"""A run imports only the group of the command it runs (gsmeet/cli/groups.py), and the
parser made so shows exactly what the whole one shows: the same commands in the same
order, the same help for each, the same top-level help."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from gsmeet.cli import build_parser
from gsmeet.cli.groups import GROUPS, MODULE_OF, ORDER, LazyCommands


def commands_of(parser: argparse.ArgumentParser) -> LazyCommands:
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert isinstance(commands, LazyCommands)
    return commands


def test_the_table_names_each_groups_commands_in_order() -> None:
    for module, names in GROUPS:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        __import__(f"gsmeet.cli.{module}", fromlist=["register"]).register(sub)
        assert tuple(sub.choices) == names, module
    assert list(commands_of(build_parser()).choices) == list(ORDER)


@pytest.mark.parametrize("name", ORDER)
def test_a_command_loaded_alone_is_as_in_the_whole_parser(name: str) -> None:
    whole = build_parser()
    alone = build_parser(every_command=False)
    commands = commands_of(alone)
    assert commands.choices[name] is None  # not made until chosen
    commands.load(MODULE_OF[name])
    assert list(commands.choices) == list(ORDER)
    made = commands.choices[name]
    assert made is not None
    assert made.format_help() == commands_of(whole).choices[name].format_help()
    assert alone.format_help() == whole.format_help()  # loads the rest, in order
    assert [a.dest for a in commands._choices_actions] == list(ORDER)


def test_minutes_imports_its_group_alone(tmp_path: Path, demo_db: Path) -> None:
    """Nor ``socket`` (7-10 ms): only the window's check for an X server needs it."""
    code = (
        "import sys; from gsmeet.cli import main; status = main(sys.argv[1:]); "
        "print('socket' in sys.modules); "
        "print(sorted(m for m in sys.modules if m.startswith('gsmeet.cli.'))); sys.exit(status)"
    )
    out = tmp_path / "m.pdf"
    argv = ["minutes", "--db", str(demo_db), "--meeting", "2", "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    *_, socket_loaded, loaded = result.stdout.strip().splitlines()
    assert socket_loaded == "False"
    groups = {"gsmeet.cli.app", "gsmeet.cli.common", "gsmeet.cli.groups", "gsmeet.cli.speech"}
    assert loaded == str(sorted(groups | {"gsmeet.cli.documents"}))
    assert out.read_bytes().startswith(b"%PDF")
