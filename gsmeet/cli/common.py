"""What every command shares: the parser that reports mistakes in one line, the
``--db`` option, and opening the database a command works on."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from gsmeet.domain.errors import NotFoundError

if TYPE_CHECKING:
    from gsmeet.storage.db import Store

EXIT_ERROR = 1
EXIT_USAGE = 2


class NoSuchDatabase(NotFoundError):
    text = "{path}: no such database (create one with 'gsmeet demo')"


Handler = Callable[[argparse.Namespace], int]
Commands = Any  # argparse's _SubParsersAction, which it does not export


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line: ``gsmeet: error: ...``."""

    def error(self, message: str) -> NoReturn:
        print(f"gsmeet: error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def one_line(text: str) -> str:
    """``text`` on one line (a message from below may carry a line break)."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def about(path: Path, problem: str) -> str:
    """``problem`` naming ``path`` once: as given when it already names it."""
    return problem if str(path) in problem else f"{path}: {problem}"


def add_command(commands: Commands, name: str, handler: Handler, text: str) -> Parser:
    """A command with its ``--db`` option."""
    sub: Parser = commands.add_parser(name, help=text, description=text)
    add_db_option(sub)
    sub.set_defaults(handler=handler)
    return sub


def add_db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the command is not overwritten by a default.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="the database file")


def database_path(args: argparse.Namespace) -> Path:
    """``--db``, else the default database in the user data folder."""
    if args.db is not None:
        return Path(args.db)
    from gsmeet.storage.paths import default_database

    return default_database()


def open_existing(args: argparse.Namespace) -> Store:
    """The database a command works on; it must exist (commands never create one by
    accident: a mistyped path is an error, not a new empty committee)."""
    from gsmeet.storage.db import open_store

    path = database_path(args)
    if not path.exists():
        raise NoSuchDatabase(path=path)
    return open_store(path)
