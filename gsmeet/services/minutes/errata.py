"""The corrections (자구정정) recorded for a session's issued minutes, and the errata
(정오표) of the version that carries them: read by plain SQL, so that writing the
minutes of a corrected session needs no ORM (recording a correction is
:mod:`.corrections`')."""

from __future__ import annotations

from gsmeet.domain.enums import Thing
from gsmeet.domain.errata import anchor, differences
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.records import CorrectionRecord, ErratumRecord, MeetingRecord
from gsmeet.services.minutes.versions import kept_file
from gsmeet.services.record import Reader
from gsmeet.storage.record import has_meeting, read_corrections


def corrections(
    store: Reader, meeting_id: int, version: int | None = None
) -> list[CorrectionRecord]:
    """The corrections of a session (of one version's, when given), in order."""
    with store.connection() as connection:
        if not has_meeting(connection, meeting_id):
            raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
        found = read_corrections(connection, meeting_id)
    return [c for c in found if version is None or c.version == version]


def errata_for(
    store: Reader, record: MeetingRecord, version: int | None, note: str = ""
) -> tuple[ErratumRecord, ...]:
    """The errata of ``version`` (2 and later) made from ``record`` (its record): every
    text that differs from the version before, with the correction's reason, else the
    version's ``note``; pages are those of the version corrected."""
    if version is None or version < 2:
        return ()
    recorded = {(c.target, c.target_id): c for c in corrections(store, record.meeting.id, version)}
    earlier = kept_file(store, record, version - 1)
    if earlier is None:  # the version before was not kept: what was recorded is all there is
        changes = [(c.target, c.target_id, c.before, c.after) for c in recorded.values()]
        pages: dict[str, int] = {}
    else:
        pages = earlier.pages
        found = differences(earlier.record(), record)
        changes = [(d.target, d.target_id, d.before, d.after) for d in found]
    errata = []
    for target, target_id, before, after in changes:
        correction = recorded.get((target, target_id))
        reason = correction.reason if correction else note
        errata.append(
            ErratumRecord(
                target=target,
                target_id=target_id,
                page=pages.get(anchor(target, target_id)),
                before=before,
                after=after,
                reason=reason,
                asked_by=correction.asked_by if correction else "",
            )
        )
    return tuple(errata)
