"""The confirmations (확인) a meeting record carries: of the draft that becomes the next
version, each marked stale when the record changed after it; or of the issued version."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.records import ConfirmationRecord, MeetingRecord
from gsmeet.domain.snapshot import digest

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gsmeet.storage.models import Meeting, MinutesConfirmation
    from gsmeet.storage.record import ConfirmationRow


def version_at(status: MeetingStatus, issued: int, corrected: Collection[int]) -> int:
    """The version a meeting's minutes are at: while issued, the latest issued one (or
    the next, once corrections of it are recorded: ``corrected``, the versions
    corrections go into); else the one the draft becomes."""
    if status is not MeetingStatus.MINUTES_ISSUED or not issued:
        return issued + 1
    return issued + 1 if issued + 1 in corrected else issued


def target_version(session: Session, meeting: Meeting, issued: int) -> int:
    """:func:`version_at` for ``meeting``, reading its corrections."""
    from sqlalchemy import select

    from gsmeet.storage.models import MinutesCorrection

    corrected = set(
        session.scalars(
            select(MinutesCorrection.version).where(MinutesCorrection.meeting_id == meeting.id)
        )
    )
    return version_at(meeting.status, issued, corrected)


def confirmed(
    record: MeetingRecord,
    rows: Sequence[MinutesConfirmation | ConfirmationRow],
    corrected: Collection[int],
) -> MeetingRecord:
    """``record`` with the confirmations of the version it is at, from ``rows`` (the
    session's confirmations, in the order recorded)."""
    versions = record.minutes_versions
    issued = versions[-1].version if versions else 0
    version = version_at(record.meeting.status, issued, corrected)
    rows = [row for row in rows if row.version == version]
    if not rows:
        return record
    draft = version > issued  # a draft's confirmations go stale when it changes
    now = digest(record) if draft else ""
    latest: dict[object, MinutesConfirmation | ConfirmationRow] = {}
    for row in rows:  # a second confirmation by the same person replaces the first
        latest[row.person_id if row.person_id is not None else row.name] = row
    return replace(
        record,
        confirmations=tuple(
            ConfirmationRecord(
                name=row.name,
                person_id=row.person_id,
                confirmed_on=row.confirmed_on,
                version=row.version,
                stale=draft and row.digest != now,
            )
            for row in latest.values()
        ),
    )
