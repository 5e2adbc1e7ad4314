"""What the secretary asks for when setting a committee or a session up, as plain
records: a new committee, a new session, an edit of one, and what each gave back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from gsmeet.domain.edits import KEEP, Keep, Undo
from gsmeet.domain.enums import Disclosure
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.labels import Lang
from gsmeet.domain.quorum import QuorumRule
from gsmeet.domain.records import CommitteeInfo, MeetingSummary


@dataclass(frozen=True, slots=True)
class CommitteeSpec:
    name: str
    host_body: str
    department: str = ""
    secretary: str = ""  # the 간사's name: a person and a membership are made for them
    subcommittees: tuple[str, ...] = ()
    quorum: QuorumRule = field(default_factory=QuorumRule)  # 개의
    decision: QuorumRule = field(default_factory=QuorumRule)  # 의결, on those present
    default_disclosure: Disclosure = Disclosure.PUBLIC
    since: date | None = None  # the secretary's first day (default: today)


@dataclass(frozen=True, slots=True)
class CommitteeCreated:
    committee: CommitteeInfo
    undo: Undo


class Template(StrEnum):
    """Where a new session's agenda comes from."""

    STANDING = "standing"  # opening, review, overview, a briefing per strategy, …
    COPY = "copy"  # a copy of another session's agenda
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class GuestSpec:
    """A guest (내빈): 성명|소속|직위."""

    name: str
    organisation: str = ""
    position: str = ""


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """A new session. Left out (None), a field takes its default: the committee's
    regular kind, the next number of its series in date order, the chair and secretary
    in office (a sub-committee's: its 분과위원장), the committee's disclosure class."""

    committee_id: int
    held_on: date
    start_time: time = time(14, 0)
    end_time: time | None = None
    place: str = ""
    kind_id: int | None = None
    subcommittee_id: int | None = None
    title: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    number: int | None = None
    template: Template = Template.STANDING
    copy_from: int | None = None  # the session whose agenda is copied (Template.COPY)
    disclosure: Disclosure | None = None
    guests: tuple[GuestSpec, ...] = ()
    headcount: int | None = None
    lang: Lang = "ko"


@dataclass(frozen=True, slots=True)
class SessionCreated:
    meeting: MeetingSummary
    agenda_items: int
    invitees: int
    open_actions: int
    undo: Undo  # the session goes again, with all it was given


@dataclass(frozen=True, slots=True)
class SessionEdit:
    """An edit of a session: every field left as ``KEEP`` stays as it is."""

    title: str | Keep = KEEP
    held_on: date | Keep = KEEP
    start_time: time | Keep = KEEP
    end_time: time | Keep | None = KEEP
    place: str | Keep = KEEP
    kind_id: int | Keep = KEEP
    subcommittee_id: int | Keep | None = KEEP
    chair_id: int | Keep | None = KEEP
    secretary_id: int | Keep | None = KEEP
    disclosure: Disclosure | Keep = KEEP
    number: int | Keep | None = KEEP
    guests: tuple[GuestSpec, ...] | Keep = KEEP
    headcount: int | Keep | None = KEEP

    def changed(self) -> dict[str, object]:
        return {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if not isinstance(getattr(self, name), Keep)
        }


@dataclass(frozen=True, slots=True)
class SessionUpdate:
    """A session after an edit (a postponement, a cancellation) and as it was."""

    meeting: MeetingSummary
    previous: MeetingSummary
    undo: Undo
    notes: tuple[object, ...] = field(default=())  # notices for the secretary (Messages)


@dataclass(frozen=True, slots=True)
class Choice:
    """A person the session dialog offers (chair, secretary): name and where they sit."""

    id: int
    name: str
    detail: str  # 직위 or role, to tell people apart


@dataclass(frozen=True, slots=True)
class SessionForm:
    """What the session dialog offers: the committee's kinds of session, its
    sub-committees, the people who served in it and the sessions whose agenda can be
    copied."""

    kinds: tuple[KindInfo, ...]
    subcommittees: tuple[tuple[int, str], ...]
    people: tuple[Choice, ...]
    sessions: tuple[MeetingSummary, ...]  # newest first


@dataclass(frozen=True, slots=True)
class NumberOffer:
    """The number a new (or moved) session would take, and whether the secretary must
    confirm it (the number in date order is held by a later session)."""

    number: int | None
    confirm: bool
