"""The kept files of issued minutes: read back byte for byte and checked against the
SHA-256 recorded when they were issued, every time; and the record each was made from."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from gsmeet.domain.errors import DatabaseError, NotFoundError
from gsmeet.domain.messages import Message
from gsmeet.domain.records import MeetingRecord, MinutesVersionRecord
from gsmeet.domain.snapshot import loads
from gsmeet.services.record import Reader, ref
from gsmeet.services.records import minutes_version_record
from gsmeet.storage.record import read_kept


class NoSuchVersion(NotFoundError):
    text = "{meeting} has no version {version} of its minutes (issued: {issued})"


class NoVersions(NotFoundError):
    text = "{meeting}: its minutes have not been issued, so there is no version {version}"


class KeptFileDamaged(DatabaseError):
    text = (
        "The kept file of version {version} of the minutes of {meeting} does not match its "
        "SHA-256 {sha}: the database is damaged; restore a backup (File ▸ Backups…)"
    )


class NotKept(Message):
    """A notice: a version issued before gsmeet kept issued files."""

    text = (
        "Version {version} of the minutes of {meeting} was issued before gsmeet kept issued "
        "files: this copy is made again from the record, it is not the issued file "
        "(SHA-256 {sha})"
    )


@dataclass(frozen=True, slots=True)
class Kept:
    """An issued version's file, checked, with what it was made from."""

    version: MinutesVersionRecord
    content: bytes
    record_json: str
    pages: dict[str, int]

    def record(self) -> MeetingRecord:
        return loads(self.record_json)


def chosen_version(record: MeetingRecord, version: int | None) -> MinutesVersionRecord:
    """Version ``version`` of the record's minutes; the latest when None."""
    versions = record.minutes_versions
    if not versions:
        raise NoVersions(meeting=ref(record.meeting), version=version or 1)
    if version is None:
        return versions[-1]
    found = next((v for v in versions if v.version == version), None)
    if found is None:
        issued = ", ".join(str(v.version) for v in versions)
        raise NoSuchVersion(meeting=ref(record.meeting), version=version, issued=issued)
    return found


def kept_file(store: Reader, record: MeetingRecord, version: int) -> Kept | None:
    """The kept file of ``version`` (checked against its SHA-256), or None for a
    version issued before files were kept. Raises :class:`KeptFileDamaged`."""
    with store.connection() as connection:
        found = read_kept(connection, record.meeting.id, version)
    if found is None:
        return None
    entry = found.version
    if hashlib.sha256(found.content).hexdigest() != entry.sha256:
        raise KeptFileDamaged(meeting=ref(record.meeting), version=version, sha=entry.sha256)
    return Kept(
        version=minutes_version_record(entry, kept=True),
        content=found.content,
        record_json=found.record,
        pages={str(k): int(v) for k, v in json.loads(found.pages or "{}").items()},
    )
