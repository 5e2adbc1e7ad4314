"""Who was there: someone who spoke at a session was present, whatever their check-in
says. The one home of that rule; the record every document is written from
(:func:`gsmeet.services.record.read_record`) and the end-of-session checklist apply it."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.records import AttendanceRecord

ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def spoke_unmarked(
    attendance: Iterable[AttendanceRecord], speakers: Collection[int]
) -> list[AttendanceRecord]:
    """The rows of people among ``speakers`` (person ids) not recorded as attending."""
    return [r for r in attendance if r.person.id in speakers and r.status not in ATTENDING]


def speakers_present(
    attendance: Iterable[AttendanceRecord], speakers: Collection[int]
) -> tuple[AttendanceRecord, ...]:
    """``attendance`` with everyone among ``speakers`` present: a person who spoke was
    there, so the minutes never list a speaker as absent (or unconfirmed)."""
    rows = tuple(attendance)
    unmarked = {r.person.id for r in spoke_unmarked(rows, speakers)}
    return tuple(
        replace(r, status=AttendanceStatus.PRESENT, reason="", proxy_name="")
        if r.person.id in unmarked
        else r
        for r in rows
    )
