"""Backups as the user sees them, and which of them to keep.

Kept as Anki keeps its collection backups, thinning with age: every backup of the last
two days, then the newest of each day for two weeks, the newest of each week for three
months, and the newest of each month beyond that. The newest backup is always kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from gsmeet.domain.messages import Message

ALL_FOR = timedelta(days=2)
DAILY_FOR = timedelta(days=14)
WEEKLY_FOR = timedelta(days=91)

# The tables a person recognises, for "3 sessions, 57 people, 33 remarks".
SUMMARY_TABLES = ("meeting", "person", "remark", "decision")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: when it was taken, why (daily, on-close, before-0002, …)."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What checking a backup found: whether it is sound, and how many rows it holds."""

    ok: bool
    rows: Mapping[str, int] = field(default_factory=dict)
    revision: str | None = None
    problem: Message | None = None  # why it is not sound, in words

    @property
    def total(self) -> int:
        return sum(n for table, n in self.rows.items() if table != "alembic_version")

    def count(self, table: str) -> int:
        return self.rows.get(table, 0)


@dataclass(frozen=True, slots=True)
class VerifiedBackup:
    backup: Backup
    check: BackupCheck


def to_keep(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """The moments (of backups taken at ``taken``) that thinning keeps at ``now``."""
    moments = sorted(set(taken), reverse=True)
    keep: set[datetime] = set(moments[:1])
    seen: set[tuple[str, object]] = set()
    for moment in moments:  # newest first: the first of each bucket is its newest
        age = now - moment
        if age <= ALL_FOR:
            keep.add(moment)
            continue
        if age <= DAILY_FOR:
            bucket: tuple[str, object] = ("day", moment.date())
        elif age <= WEEKLY_FOR:
            bucket = ("week", tuple(moment.isocalendar())[:2])
        else:
            bucket = ("month", (moment.year, moment.month))
        if bucket not in seen:
            seen.add(bucket)
            keep.add(moment)
    return keep


@dataclass(frozen=True, slots=True)
class Kept:
    """What happened to the file a new one replaced: kept as a verified backup, or
    (not sound enough to back up) moved aside as it was."""

    backup: Backup | None = None
    moved_aside: Path | None = None

    @property
    def path(self) -> Path | None:
        return self.backup.path if self.backup is not None else self.moved_aside


@dataclass(frozen=True, slots=True)
class Restored:
    """A restore done: ``source`` now in place of ``database``, what was there ``kept``."""

    database: Path
    source: Path
    check: BackupCheck
    kept: Kept
