"""``gsmeet`` with no command starts the window, its options read without building the
parser of every command (nor importing their modules): the same arguments as the full
parser reads, and anything else left to it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gsmeet.cli import build_parser, window_arguments


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "위원회.db"],
        ["--db=x.db", "--lang", "ko", "--quit-when-ready"],
        ["--lang=en", "--quit"],  # an abbreviation, as the full parser allows it
        ["--db", "postgresql://lee@db.example/gsmeet"],
    ],
)
def test_a_window_start_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    assert window_arguments(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["minutes", "--db", "x.db"],
        ["--db", "x.db", "check"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--db"],  # a value missing: the full parser says so
        ["--lang", "fr"],
        ["--nonsense"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_the_window_start_does_not_import_the_command_modules() -> None:
    probe = (
        "import sys\n"
        "from gsmeet.cli import window_arguments\n"
        "assert window_arguments(['--db', 'x.db', '--quit-when-ready']) is not None\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('gsmeet.cli.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["gsmeet.cli.app", "gsmeet.cli.common", "gsmeet.cli.speech"]
