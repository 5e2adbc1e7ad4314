"""What every command shares: the parser that reports mistakes in one line, the
``--db`` option, the single-instance lock, and opening the database a command works on.

The lock: every command is registered with :func:`add_command`, which says whether it
writes to the database (``writes``, True unless a command says otherwise). Before the
handler of a command that writes runs, :func:`command_lock` takes the database's
single-instance lock — the one the window holds — and keeps it until the command ends,
so a write is refused while another gsmeet has the database open, naming who. Commands
that only read (``writes=False``) take no lock and open the file read-only
(:func:`open_existing`), so they work while the window is open and on read-only files.
A command added with ``commands.add_parser`` directly must ``set_defaults(writes=…)``
(tests/test_cli_lock.py walks every command and holds them to this)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from gsmeet.cli.speech import say, t
from gsmeet.domain.errors import GsmeetError, InvalidInputError, NotFoundError
from gsmeet.domain.locations import (
    Location,
    PasswordNeeded,
    Server,
    WrongPassword,
    parse_location,
)
from gsmeet.domain.messages import Message

if TYPE_CHECKING:
    from gsmeet.domain.backups import Kept
    from gsmeet.services.record import Reader
    from gsmeet.services.store import Database
    from gsmeet.storage.lock import DatabaseLock
    from gsmeet.storage.reader import FileReader, ServerReader

EXIT_ERROR = 1
EXIT_USAGE = 2


class NoSuchDatabase(NotFoundError):
    text = "{path}: no such database (create one with 'gsmeet demo')"


class NeedsADatabaseFile(InvalidInputError):
    text = (
        "{server}: 'gsmeet {command}' works on a database file; a server database is "
        "backed up with pg_dump or 'gsmeet export'"
    )


class NoPasswordToAsk(InvalidInputError):
    text = "{server}: the server asks for a password; set PGPASSWORD or use a .pgpass file"


class PasswordFor(Message):
    text = "Password for {user}"


PASSWORD_TRIES = 3
T = TypeVar("T")


Handler = Callable[[argparse.Namespace], int]
Commands = Any  # argparse's _SubParsersAction, which it does not export


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line: ``gsmeet: error: ...``."""

    def error(self, message: str) -> NoReturn:
        hint = t("{problem} (see '{command} --help')").format(problem=message, command=self.prog)
        print(error_line(hint), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def error_line(problem: str) -> str:
    """``gsmeet: error: PROBLEM`` in the language of the run."""
    return t("gsmeet: error: {problem}").format(problem=problem)


def one_line(text: str) -> str:
    """``text`` on one line (a message from below may carry a line break)."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def about(path: Location, problem: str) -> str:
    """``problem`` naming ``path`` once: as given when it already names it."""
    return problem if str(path) in problem else f"{path}: {problem}"


def add_command(
    commands: Commands,
    name: str,
    handler: Handler,
    text: str,
    *,
    writes: bool = True,
    committee: bool = False,
    document: bool = False,
) -> Parser:
    """A command with its ``--db`` option (and ``--committee``, for one that works on
    one committee) and, unless it writes a ``document`` (which has a ``--lang`` of its
    own), a ``--lang`` for the language gsmeet speaks. ``text`` is already in that
    language (``t("…")``). ``writes``: whether it changes the database (then it runs
    under the single-instance lock)."""
    sub: Parser = commands.add_parser(name, help=text, description=text)
    add_db_option(sub)
    if committee:
        add_committee_option(sub)
    if not document:
        add_lang_option(sub)
    sub.set_defaults(handler=handler, writes=writes, command=name)
    return sub


@contextmanager
def command_lock(args: argparse.Namespace) -> Iterator[None]:
    """For a command that writes: the database's single-instance lock, taken before
    the command does anything and held until it ends (``args.lock``). Raises
    :class:`~gsmeet.storage.lock.OpenElsewhere`, naming the holder, while another
    gsmeet holds it. For a command that only reads: nothing."""
    if not getattr(args, "writes", False) or not hasattr(args, "db"):
        yield
        return
    from gsmeet.storage.lock import DatabaseLock

    location = database_location(args)
    if isinstance(location, Server):
        yield  # the server keeps its users apart (leases, row versions), not a lock file
        return
    path = location
    if path.is_dir() or not path.parent.is_dir():
        yield  # no such folder, or not a file name: the command itself says so
        return
    lock = DatabaseLock(path)
    lock.acquire()
    args.lock = lock
    try:
        yield
    finally:
        args.lock = None
        lock.release()


def held_lock(args: argparse.Namespace) -> DatabaseLock | None:
    """The lock :func:`command_lock` holds for this command (None for a reader)."""
    lock: DatabaseLock | None = getattr(args, "lock", None)
    return lock


def db_option(text: str) -> Location:
    """``--db``: a database file, or a server URL (``postgresql://…``)."""
    try:
        return parse_location(text)
    except InvalidInputError as error:
        raise argparse.ArgumentTypeError(say(error)) from None


def add_db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the command is not overwritten by a default.
    parser.add_argument(
        "--db",
        type=db_option,
        default=argparse.SUPPRESS,
        help=t("the database file, or a server database (postgresql://USER@HOST/DB)"),
    )


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after a command that writes no document: the language gsmeet speaks
    (read before parsing, by :func:`gsmeet.cli.speech.choose_language`)."""
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        default=argparse.SUPPRESS,
        help=t("the language gsmeet speaks (default: the system's)"),
    )


def database_location(args: argparse.Namespace) -> Location:
    """``--db`` (a file or a server), else the default database in the user data folder."""
    if args.db is not None:
        location: Location = args.db
        return location
    from gsmeet.storage.paths import default_database

    return default_database()


def database_path(args: argparse.Namespace) -> Path:
    """``--db`` for a command that works on a database file only (backups, restore)."""
    location = database_location(args)
    if isinstance(location, Server):
        raise NeedsADatabaseFile(server=location, command=getattr(args, "command", "…"))
    return location


def with_password(server: Server, attempt: Callable[[Server], T]) -> T:
    """``attempt(server)``; when the server asks for a password that neither the URL,
    ``PGPASSWORD`` nor ``.pgpass`` gave (or refuses the one given), ask for it on the
    terminal (never echoed, never kept) and try again."""
    for _ in range(PASSWORD_TRIES):
        try:
            return attempt(server)
        except (PasswordNeeded, WrongPassword) as error:
            if not sys.stdin.isatty():
                if isinstance(error, WrongPassword):
                    raise
                raise NoPasswordToAsk(server=server) from None
            last: GsmeetError = error
            import getpass

            if isinstance(error, WrongPassword):
                print(say(error), file=sys.stderr)
            asked = say(PasswordFor(user=server.user))
            server = server.with_password(getpass.getpass(f"{asked}: "))
    raise last


def open_existing(args: argparse.Namespace) -> Database:
    """The database a command works on; it must exist (commands never create one by
    accident: a mistyped path is an error, not a new empty committee).

    A command that writes gets it open for writing under its lock, with automatic
    backups (daily, and on close after changes); one that reads gets it read-only. A
    damaged file is named with its newest verified backup and the command that
    restores it (:class:`~gsmeet.services.admin.backups.DamagedWithBackup`)."""
    from gsmeet.cli.backups import explain_damage
    from gsmeet.storage.db import open_reader, open_store

    location = database_location(args)
    if isinstance(location, Server):
        from gsmeet.storage.server import open_server

        read_only = not getattr(args, "writes", False)
        server = with_password(location, lambda s: open_server(s, read_only=read_only))
        opened(args).append(server)
        return server
    path = location
    if not path.exists():
        raise NoSuchDatabase(path=path)
    with explain_damage(path):
        lock = held_lock(args)
        store = open_store(path, lock=lock, backups=True) if lock is not None else open_reader(path)
    opened(args).append(store)
    if lock is not None:  # a writer: what an issue killed half-way left is removed now
        from gsmeet.services.minutes.leftovers import clean_leftovers

        clean_leftovers(store)
    return store


def open_plain_reader(args: argparse.Namespace) -> FileReader | ServerReader | None:
    """For a command that only reads records (a document): the database read through a
    plain connection alone, no SQLAlchemy loaded (:mod:`gsmeet.storage.reader`). None
    when it needs more than that — a missing or damaged file, one of an older schema, a
    server asking for a password —: then :func:`open_existing` opens it, and says what
    is wrong as always. A server that cannot be reached (or refuses for another reason)
    is said at once, in the same words."""
    if getattr(args, "writes", False):
        return None
    location = database_location(args)
    if isinstance(location, Server):
        from gsmeet.storage.reader import open_server_reader

        return open_server_reader(location)
    from gsmeet.storage.reader import open_file_reader

    return open_file_reader(location)


def opened(args: argparse.Namespace) -> list[Database]:
    """The stores this command opened (main reports a failed automatic backup)."""
    if not hasattr(args, "opened"):
        args.opened = []
    stores: list[Database] = args.opened
    return stores


class KeptAsBackup(Message):
    text = "The file it replaced is kept as the backup {path}"


class MovedAside(Message):
    text = "The file it replaced could not be backed up; it was moved to {path}"


def say_kept(kept: Kept) -> None:
    """Where the file a command replaced went (a verified backup, or moved aside)."""
    if kept.backup is not None:
        print(say(KeptAsBackup(path=kept.backup.path)))
    elif kept.moved_aside is not None:
        print(say(MovedAside(path=kept.moved_aside)))


def add_meeting_option(parser: argparse.ArgumentParser) -> None:
    """``--meeting REF``, as every command that names one session takes it."""
    parser.add_argument(
        "--meeting",
        required=True,
        metavar="REF",
        help=t(
            "the session: its number, its date (YYYY-MM-DD) or 'latest'; two sessions of"
            " one day or number are told apart by the sub-committee or the kind, e.g."
            " '2020-04-10 행복건강도시'"
        ),
    )


def add_committee_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--committee", metavar="NAME", help=t("the committee (when the database holds several)")
    )


def committee_of(store: Reader, args: argparse.Namespace) -> int:
    """The committee ``--committee`` names, or the only one the database holds."""
    from gsmeet.services.listing import find_committee

    return find_committee(store, getattr(args, "committee", None)).id
