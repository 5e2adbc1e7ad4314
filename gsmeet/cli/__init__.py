"""The ``gsmeet`` command: the desktop application, and administration commands over
the same services.

One module per group of commands (:mod:`~gsmeet.cli.data`, :mod:`~gsmeet.cli.documents`,
:mod:`~gsmeet.cli.sessions`, :mod:`~gsmeet.cli.roster`, :mod:`~gsmeet.cli.committee`,
:mod:`~gsmeet.cli.member`, :mod:`~gsmeet.cli.after`, :mod:`~gsmeet.cli.mail`; the window in
:mod:`~gsmeet.cli.app`); each adds its commands to the parser with ``register``, and is
imported only when one of its commands runs (:mod:`~gsmeet.cli.groups`). A command's
handler imports the services it needs when it runs, so ``gsmeet --help`` and
the window's start do not pay for SQLAlchemy or ReportLab; the window's start (no
command) reads its own options alone, without importing the command modules.

Errors the user can act on are printed as one line (``gsmeet: error: ...``) with a
non-zero exit status; nothing prints a traceback for them. Everything is said in the
language of the run (:mod:`~gsmeet.cli.speech`: ``--lang``, else the system's).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, cast

from gsmeet import __version__
from gsmeet.cli import app
from gsmeet.cli.common import EXIT_ERROR, Parser, command_lock, error_line, one_line, opened
from gsmeet.cli.speech import choose_language, say, speaking, t
from gsmeet.domain.errors import GsmeetError
from gsmeet.domain.messages import Message


class AutomaticBackupFailed(Message):
    text = "warning: {problem}"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    with speaking(choose_language(arguments)):
        return _run(arguments)


def _run(argv: list[str]) -> int:
    args = window_arguments(argv)
    if args is None:
        args = build_parser(every_command=False).parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", app.run_app)
    try:
        with command_lock(args):
            status = handler(args)
        report_backups(args)
        return status
    except GsmeetError as error:
        print(error_line(one_line(say(error))), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader stopped reading (``gsmeet search … | head``)
        _quiet_stdout()
        return 141  # as a shell reports a command ended by SIGPIPE
    except Exception as error:  # a bug or an unforeseen input: one line, details logged
        log = _log_traceback()
        problem = f"{type(error).__name__}: {one_line(str(error))}"
        print(
            error_line(t("{problem} (details in {log})").format(problem=problem, log=log)),
            file=sys.stderr,
        )
        return EXIT_ERROR


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit finds no broken pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (captured): nothing to quiet
        pass


def report_backups(args: argparse.Namespace) -> None:
    """An automatic backup that failed is said (the command's own work is done)."""
    for store in opened(args):
        problem = getattr(store, "backup_problem", None)  # a server keeps its own
        if problem is not None:
            print(say(AutomaticBackupFailed(problem=problem)), file=sys.stderr)


def _log_traceback() -> Path:
    """Append the current exception's traceback to the log in the data folder."""
    import traceback
    from datetime import datetime

    from gsmeet.services.files import append_private
    from gsmeet.storage.paths import data_dir

    log = data_dir() / "gsmeet-errors.log"
    stamp = datetime.now().isoformat(timespec="seconds")
    append_private(log, f"--- {stamp} gsmeet {__version__}\n{traceback.format_exc()}")
    return log


class _NotTheWindow(Exception):
    """Arguments the window's own options do not account for."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindow(message)


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """``gsmeet`` without a command (the window) read with the window's options alone,
    so that its start does not import every command's module and build its parser
    first; None for anything else (a command, ``--help``, a mistake), which the full
    parser reads and, if need be, explains."""
    parser = _WindowParser(prog="gsmeet", add_help=False)
    app.add_window_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    return None if rest else args


def build_parser(*, every_command: bool = True) -> argparse.ArgumentParser:
    """The ``gsmeet`` parser; without ``every_command`` a command group's options are
    added only when one of its commands is chosen (:mod:`gsmeet.cli.groups`)."""
    from gsmeet.cli.groups import LazyCommands, TopParser

    parser = TopParser(
        prog="gsmeet", description=t("Run committee sessions and produce their minutes.")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"gsmeet {__version__}",
        help=t("show the version and exit"),
    )
    app.add_window_options(parser)
    commands = cast(
        LazyCommands,
        parser.add_subparsers(
            title=t("commands"), metavar="COMMAND", action=LazyCommands, parser_class=Parser
        ),
    )
    parser.commands = commands
    if every_command:
        commands.load_all()
    return parser
