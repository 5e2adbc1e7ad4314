"""Who confirms (확인) a session's minutes: the rule the sign-off block prints and the
confirmation (``gsmeet confirm``) checks; and who confirms a correction that changes
what was meant."""

from __future__ import annotations

from gsmeet.domain.enums import Role
from gsmeet.domain.records import ConfirmationRecord, MeetingRecord, PersonAtDate


def confirmers(record: MeetingRecord) -> list[PersonAtDate]:
    """Who confirms the minutes: a 분과회의's chair (its 분과위원장); else both co-chairs
    where the committee has two (as they stood at the session), else its chair."""
    meeting = record.meeting
    if meeting.subcommittee_id is not None or meeting.subcommittee:
        return [record.chair] if record.chair is not None else []
    seen: dict[int, PersonAtDate] = {}
    for row in record.attendance:
        if row.person.role is Role.CO_CHAIR:
            seen.setdefault(row.person.id, row.person)
    if seen:
        return list(seen.values())
    return [record.chair] if record.chair is not None else []


def confirmed_by(record: MeetingRecord, person: PersonAtDate) -> ConfirmationRecord | None:
    """``person``'s standing confirmation of the draft the record is, if any."""
    return next((c for c in record.confirmations if c.person_id == person.id and not c.stale), None)


def unconfirmed(record: MeetingRecord) -> list[PersonAtDate]:
    """The confirmers who have not (or not since the last change) confirmed."""
    return [p for p in confirmers(record) if confirmed_by(record, p) is None]


def who_confirms(record: MeetingRecord, target: str, target_id: int) -> list[PersonAtDate]:
    """Who may confirm a correction that changes meaning: a remark's speaker or those
    who confirm the minutes; for anything else, those who confirm the minutes."""
    people = list(confirmers(record))
    if target == "remark":
        remark = next((r for r in record.remarks if r.id == target_id), None)
        if remark is not None and remark.speaker is not None:
            people.insert(0, remark.speaker)
    return people
