"""What every document builder shares: the record, the options, the naming rules, and
small helpers that turn words and user text into the blocks of
:mod:`gsmeet.report.document`. Nothing here knows an output format."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from gsmeet.domain.dates import format_date
from gsmeet.domain.enums import Role
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.records import ActionRecord, AttendanceRecord, MeetingRecord, PersonAtDate
from gsmeet.domain.sessions import session_name
from gsmeet.report.document import (
    STYLES,
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Para,
    Run,
    StyleNames,
    Table,
)
from gsmeet.report.model import RenderOptions
from gsmeet.report.naming import Names
from gsmeet.report.words import word

# The order people are listed in: chairs first, then members, observers, guests, staff.
_ROLE_ORDER = {
    Role.CO_CHAIR: 0,
    Role.CHAIR: 1,
    Role.VICE_CHAIR: 2,
    Role.SUBCOMMITTEE_CHAIR: 3,
    Role.MEMBER: 4,
    Role.OBSERVER: 5,
    None: 6,
    Role.SECRETARY: 7,
}


def role_rank(person: PersonAtDate) -> int:
    return _ROLE_ORDER.get(person.role, 6)


def by_role(rows: Sequence[AttendanceRecord]) -> list[AttendanceRecord]:
    # sorted() is stable: within a role, the order the attendance was taken in.
    return sorted(rows, key=lambda row: role_rank(row.person))


def people_in(record: MeetingRecord) -> Iterator[PersonAtDate]:
    """Everyone the record names, for the masking rules of the public version."""
    yield from (row.person for row in record.attendance)
    for person in (record.chair, record.secretary):
        if person is not None:
            yield person
    yield from (item.presenter for item in record.agenda if item.presenter is not None)
    yield from (remark.speaker for remark in record.remarks if remark.speaker is not None)
    yield from (s.chair for s in record.strategies if s.chair is not None)


class Tables:
    """Makes the tables of a document (see :class:`gsmeet.report.document.Table`)."""

    def grid(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        where: str = "",
        highlight: frozenset[int] = frozenset(),
        header: bool = True,
        label_column: bool = False,
        min_height: float | None = None,
        spans: Sequence[tuple[int, int, int]] = (),
        highlight_from: int = 0,
        anchors: Sequence[str] = (),
    ) -> Table:
        return Table(
            columns=tuple(columns),
            rows=tuple(tuple(row) for row in rows),
            where=where,
            header=header,
            label_column=label_column,
            highlight=highlight,
            highlight_from=highlight_from,
            min_height=min_height,
            spans=tuple(spans),
            anchors=tuple(anchors),
        )


@dataclass(frozen=True, slots=True)
class Context:
    record: MeetingRecord
    options: RenderOptions
    names: Names
    styles: StyleNames = STYLES
    tables: Tables = field(default_factory=Tables)

    @property
    def lang(self) -> Lang:
        return self.options.lang

    @property
    def written_on(self) -> date:
        """작성일: as the service sets it (the issue date, or the secretary's date for a
        draft); the meeting's day when rendered without one."""
        return self.options.written_on or self.record.meeting.held_on

    def w(self, key: str, **values: object) -> str:
        return word(key, self.lang, **values)

    def label(self, value: Any) -> str:
        return label(value, self.lang)

    def line(self, text: str, style: str, where: str = "") -> Para:
        """A short text (fixed words with names or titles in it) as one paragraph."""
        return Para(style, (Run(text),), where=where)

    def user(
        self,
        text: str,
        style: str,
        *,
        where: str = "",
        prefix: Sequence[Run] = (),
        more: str | None = None,
        anchor: str = "",
    ) -> list[Block]:
        """Text a user typed, of any length, masked when public; ``prefix`` leads it,
        ``more`` styles the later pieces where a format cuts a long text."""
        runs = (*prefix, Run(self.names.text(text)))
        return [Para(style, runs, user=True, more=more, where=where, anchor=anchor)]

    def section(self, number: int | None, key: str) -> Heading:
        text = self.w(key) if number is None else f"{number}. {self.w(key)}"
        return Heading(1, text)

    def meeting_name(self) -> str:
        """``경산발전전략위원회 제2차 간담회``, ``경산발전전략위원회 착한나눔도시 분과 제2차
        분과회의``, ``경산발전전략위원회 출범식`` (plain text)."""
        return session_name(self.record.meeting, self.lang, committee=self.record.committee.name)

    def origin(self, action: ActionRecord) -> str:
        """Where an action item was decided: ``제2차``, or the date of a session without
        a number."""
        if action.meeting_number is not None:
            return self.w("from_meeting", n=action.meeting_number)
        if action.meeting_held_on is not None:
            return format_date(action.meeting_held_on, self.lang, weekday=False)
        return ""

    def owner(self, action: ActionRecord) -> str:
        """The owner as printed; one who has left the committee is marked (해촉)."""
        owner = self.names.owner(action)
        return f"{owner} {self.w('owner_left')}" if action.owner_left else owner

    def number_label(self) -> str:
        """``제2차 간담회`` / ``2nd round-table meeting``, for the page header."""
        return session_name(self.record.meeting, self.lang)

    def header(self, key: str) -> str:
        """The page header's right side: ``제2차 간담회 회의록`` / ``Minutes: 2nd ...``."""
        if self.lang == "ko":
            return f"{self.number_label()} {self.w(key)}"
        return f"{self.w(key)}: {self.number_label()}"

    def created(self) -> datetime:
        """The date written into the file: as the service sets it (the issue time), else
        the meeting's start. Never the clock: the same record gives the same bytes."""
        meeting = self.record.meeting
        return self.options.created or datetime.combine(meeting.held_on, meeting.start_time)

    def document(
        self, blocks: Sequence[Block], *, title: str, header: str, draft: bool
    ) -> Document:
        """The finished document: the blocks with what every page and the file's
        properties carry."""
        meeting = self.record.meeting
        committee = self.record.committee.name
        subject = self.names.text(meeting.title) or self.meeting_name()
        return Document(
            title=self.names.text(title),
            subject=f"{subject} ({meeting.held_on.isoformat()})",
            author=committee,
            lang=self.lang,
            header_left=committee,
            header_right=header,
            watermark=self.w("draft") if draft else None,
            created=self.created(),
            blocks=tuple(blocks),
            authoritative=self.options.authoritative,
        )


def make_context(record: MeetingRecord, options: RenderOptions) -> Context:
    return Context(
        record=record,
        options=options,
        names=Names(people_in(record), public=options.public),
    )
