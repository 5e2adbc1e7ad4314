"""Backups: ``backup``, ``backups``, ``restore``; and what a command says about a
database that will not open (damaged: its newest verified backup, and how to restore
it)."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from gsmeet.cli.common import Commands, add_command, database_path, held_lock, say_kept
from gsmeet.cli.speech import say, t
from gsmeet.domain.errors import CorruptDatabaseError, NotFoundError
from gsmeet.domain.messages import Message

if TYPE_CHECKING:
    from gsmeet.domain.backups import BackupCheck, VerifiedBackup


class DamagedSeeBackup(CorruptDatabaseError):
    text = (
        "{problem}; nothing was moved or changed. Its newest verified backup is {backup} "
        "({taken_at}: {sessions} sessions, {people} people, {remarks} remarks); restore it "
        "with 'gsmeet restore --db {path}'"
    )


class DamagedNoBackup(CorruptDatabaseError):
    text = "{problem}; nothing was moved or changed, and it has no verified backup"


class NoBackups(NotFoundError):
    text = "{path} has no backups yet (make one with 'gsmeet backup --db {path}')"


class Counts(Message):
    text = "{sessions} sessions, {people} people, {remarks} remarks"


class BackedUp(Message):
    text = "Backed up {path} to {backup} ({counts}; verified)"


class Verified(Message):
    text = "verified, {counts}"


class Damaged(Message):
    text = "DAMAGED ({problem})"


class RestoredFrom(Message):
    text = "Restored {path} from {source} ({counts})"


def register(commands: Commands) -> None:
    add_command(
        commands,
        "backup",
        cmd_backup,
        t("make a verified backup of the database now"),
        writes=False,  # the backup API copies a consistent snapshot beside a writer
    )
    add_command(
        commands,
        "backups",
        cmd_backups,
        t("list the database's backups: when, size, and whether each verifies"),
        writes=False,
    )
    restore = add_command(
        commands,
        "restore",
        cmd_restore,
        t(
            "put a backup in place of the database (the newest verified one by default); "
            "the current file is kept first"
        ),
    )
    restore.add_argument(
        "--from",
        dest="source",
        type=Path,
        help=t("the backup file to restore (default: the newest verified one)"),
    )


@contextmanager
def explain_damage(path: Path) -> Iterator[None]:
    """A damaged database is said in one line with its newest verified backup and the
    command that restores it; nothing is moved."""
    try:
        yield
    except CorruptDatabaseError as error:
        raise with_backup(path, error) from error


def with_backup(path: Path, problem: Message) -> CorruptDatabaseError:
    """The damage ``problem`` of ``path``, with its newest verified backup (or none)."""
    from gsmeet.services.admin.backups import newest_verified_backup

    found = newest_verified_backup(path)
    if found is None:
        return DamagedNoBackup(problem=problem, path=path)
    return DamagedSeeBackup(problem=problem, path=path, **offer(found))


def offer(found: VerifiedBackup) -> dict[str, object]:
    """The fields that describe a backup to someone deciding whether to restore it."""
    check = found.check
    return {
        "backup": found.backup.path,
        "taken_at": found.backup.taken_at.replace(microsecond=0),
        "sessions": check.count("meeting"),
        "people": check.count("person"),
        "remarks": check.count("remark"),
    }


def cmd_backup(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.backups import backup_now
    from gsmeet.storage.db import DatabaseNotFound

    path = database_path(args)
    if not path.exists():
        raise DatabaseNotFound(path=path)
    with explain_damage(path):
        made = backup_now(path)
    print(say(BackedUp(path=path, backup=made.backup.path, counts=_counts(made.check))))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.backups import backups_of

    path = database_path(args)
    found = backups_of(path)
    if not found:
        raise NoBackups(path=path)
    for backup, check in found:
        taken = backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        verdict = Verified(counts=_counts(check)) if check.ok else Damaged(problem=check.problem)
        why = _reason(backup.reason)
        padded = why + " " * max(14 - _width(why), 0)
        columns = (taken, f"{_size(backup.size):>9}", padded, say(verdict))
        print("  ".join((*columns, str(backup.path))))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.backups import restore_database

    path = database_path(args)
    restored = restore_database(path, args.source, lock=held_lock(args))
    print(say(RestoredFrom(path=path, source=restored.source, counts=_counts(restored.check))))
    say_kept(restored.kept)
    return 0


def _counts(check: BackupCheck) -> Counts:
    return Counts(
        sessions=check.count("meeting"),
        people=check.count("person"),
        remarks=check.count("remark"),
    )


def _reason(reason: str) -> str:
    """Why a backup was taken, in the language of this run (as the Backups dialog says it)."""
    known = {
        "daily": t("daily"),
        "on-close": t("on closing"),
        "manual": t("made by hand"),
        "before-restore": t("before a restore"),
        "before-undo": t("before an undo"),
        "before-replace": t("before it was replaced"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith("before-"):
        return t("before the upgrade to {schema}").format(schema=reason[7:])
    return reason


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal: Hangul and other wide letters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _size(size: int) -> str:
    amount = float(size)
    for unit in ("B", "KB", "MB"):
        if amount < 1024:
            return f"{size} B" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{amount:.1f} GB"
