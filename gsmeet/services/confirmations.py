"""The confirmations (확인) a meeting record carries: of the draft that becomes the next
version, each marked stale when the record changed after it; or of the issued version."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.records import ConfirmationRecord, MeetingRecord
from gsmeet.domain.snapshot import digest
from gsmeet.storage.models import Meeting, MinutesConfirmation, MinutesCorrection


def target_version(session: Session, meeting: Meeting, issued: int) -> int:
    """The version a meeting's minutes are at: while issued, the latest issued one (or
    the next, once corrections of it are recorded); else the one the draft becomes."""
    if meeting.status is not MeetingStatus.MINUTES_ISSUED or not issued:
        return issued + 1
    corrected = session.scalars(
        select(MinutesCorrection.id).where(
            MinutesCorrection.meeting_id == meeting.id, MinutesCorrection.version == issued + 1
        )
    ).first()
    return issued + 1 if corrected is not None else issued


def with_confirmations(session: Session, meeting: Meeting, record: MeetingRecord) -> MeetingRecord:
    versions = record.minutes_versions
    issued = versions[-1].version if versions else 0
    version = target_version(session, meeting, issued)
    rows = list(
        session.scalars(
            select(MinutesConfirmation)
            .where(MinutesConfirmation.meeting_id == meeting.id)
            .where(MinutesConfirmation.version == version)
            .order_by(MinutesConfirmation.id)
        )
    )
    if not rows:
        return record
    draft = version > issued  # a draft's confirmations go stale when it changes
    now = digest(record) if draft else ""
    latest: dict[object, MinutesConfirmation] = {}
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
