"""The committee world as tables.

Every relationship is ``lazy="raise"``: a query that is not written out does not run,
so nothing loads by surprise in a view; a meeting's kind and sub-committee come joined
in the query that loads the meeting. Vocabulary columns hold the enum codes of
:mod:`gsmeet.domain.enums`.

No ``from __future__ import annotations`` here: the annotations are evaluated as the
classes are made, so SQLAlchemy does not have to evaluate each ``Mapped[...]`` string
again (about 15 ms of every start). Relationships name classes further down in quotes.
"""

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    ForeignKey,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    Delivery,
    Disclosure,
    MeetingStatus,
    QuorumKind,
    ReviewOutcome,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.identity import new_uid

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def vocabulary(enum: type[StrEnum]) -> Enum:
    """A column type storing an enum's codes as plain strings (no native enum)."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


TRACKING = {"tracking": True}  # the ``info`` of a column :func:`is_tracking` names


class Versioned:
    """A row two secretaries may change at once (a register row, an agenda item).
    Every change raises ``version`` and notes who made it, when, and which fields
    (:mod:`gsmeet.storage.versions`, as the row is written), so an edit made on an
    older version is refused naming them (storage/versions.py), never written
    over them."""

    version: Mapped[int] = mapped_column(default=1, info=TRACKING)
    changed_by: Mapped[str] = mapped_column(default="", info=TRACKING)
    changed_at: Mapped[datetime | None] = mapped_column(info=TRACKING)
    changed_fields: Mapped[str] = mapped_column(default="", info=TRACKING)


class Identified:
    """A row of committee data, known by the same ``uid`` in every database that holds
    it: the server's and a laptop's copy of a session taken offline (checkout/checkin),
    an export and the database it is imported into, an entry typed once and sent again
    after a lost connection. Given when the row is made (by the caller for an entry
    typed on the live screen, else here), never changed; unique per table."""

    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)


def is_tracking(column: object) -> bool:
    """A column only the database itself needs (a row's version, who changed it last):
    not exported, not put back by an undo."""
    info = getattr(column, "info", None)
    return bool(info and info.get("tracking"))


def _fk(target: str, *, nullable: bool = False, cascade: bool = True) -> Any:
    return mapped_column(
        ForeignKey(target, ondelete="CASCADE" if cascade else "SET NULL"),
        nullable=nullable,
        index=True,
    )


class Committee(Identified, Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    host_body: Mapped[str] = mapped_column(default="")  # 개최기관, e.g. 경산시
    department: Mapped[str] = mapped_column(default="")  # 주관부서, e.g. 미래전략과
    quorum_kind: Mapped[QuorumKind] = mapped_column(
        vocabulary(QuorumKind), default=QuorumKind.MAJORITY
    )
    quorum_numerator: Mapped[int] = mapped_column(default=1)
    quorum_denominator: Mapped[int] = mapped_column(default=2)
    quorum_count: Mapped[int] = mapped_column(default=0)
    quorum_counts_proxies: Mapped[bool] = mapped_column(Boolean, default=True)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    # 의결: how many of those present must vote for a motion (the quorum_* above is 개의).
    decision_kind: Mapped[QuorumKind] = mapped_column(
        vocabulary(QuorumKind), default=QuorumKind.MAJORITY
    )
    decision_numerator: Mapped[int] = mapped_column(default=1)
    decision_denominator: Mapped[int] = mapped_column(default=2)
    decision_count: Mapped[int] = mapped_column(default=0)
    default_disclosure: Mapped[Disclosure] = mapped_column(
        vocabulary(Disclosure), default=Disclosure.PUBLIC
    )

    subcommittees: Mapped[list["Subcommittee"]] = relationship(lazy="raise")
    tracks: Mapped[list["Track"]] = relationship(lazy="raise")


class Person(Identified, Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(index=True)
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    # Public officials' names stay in the public minutes; other members' are masked.
    is_public_official: Mapped[bool] = mapped_column(Boolean, default=False)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Subcommittee(Identified, Versioned, Base):
    __tablename__ = "subcommittee"
    __table_args__ = (UniqueConstraint("committee_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = _fk("committee.id")
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)


class Membership(Identified, Versioned, Base):
    """A person's place in a committee over a span of time.

    A change of role, organisation or position ends one membership and starts the next,
    so every meeting shows people as they stood on its date.
    """

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = _fk("committee.id")
    person_id: Mapped[int] = _fk("person.id")
    role: Mapped[Role] = mapped_column(vocabulary(Role))
    subcommittee_id: Mapped[int | None] = _fk("subcommittee.id", nullable=True, cascade=False)
    organisation: Mapped[str] = mapped_column(default="")  # 소속
    position: Mapped[str] = mapped_column(default="")  # 직위
    term_start: Mapped[date] = mapped_column(Date)  # 위촉일
    term_end: Mapped[date | None] = mapped_column(Date)  # 임기만료일
    left_on: Mapped[date | None] = mapped_column(Date)  # 해촉·교체일; None while serving
    left_reason: Mapped[str] = mapped_column(default="")
    allowance: Mapped[bool] = mapped_column(Boolean, default=True)  # 참석수당 지급 대상

    person: Mapped["Person"] = relationship(lazy="raise")


class Track(Identified, Versioned, Base):
    __tablename__ = "track"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = _fk("committee.id")
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    # The first day it no longer stands; sessions before it still show it.
    retired_on: Mapped[date | None] = mapped_column(Date)

    strategies: Mapped[list["Strategy"]] = relationship(lazy="raise")


class Strategy(Identified, Versioned, Base):
    __tablename__ = "strategy"

    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = _fk("track.id")
    number: Mapped[int]  # 1..10 across the tracks, as the committee numbers them
    name: Mapped[str]
    summary: Mapped[str] = mapped_column(Text, default="")
    subcommittee_id: Mapped[int | None] = _fk("subcommittee.id", nullable=True, cascade=False)
    position: Mapped[int] = mapped_column(default=0)
    retired_on: Mapped[date | None] = mapped_column(Date)  # as a track's


class Task(Identified, Versioned, Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = _fk("strategy.id")
    title: Mapped[str]
    status: Mapped[TaskStatus] = mapped_column(vocabulary(TaskStatus), default=TaskStatus.PLANNED)
    owner: Mapped[str] = mapped_column(default="")  # sub-committee or department
    target_date: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(default=0)  # percent
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class Achievement(Identified, Versioned, Base):
    __tablename__ = "achievement"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = _fk("strategy.id")
    task_id: Mapped[int | None] = _fk("task.id", nullable=True, cascade=False)
    occurred_on: Mapped[date] = mapped_column(Date)
    precision: Mapped[DatePrecision] = mapped_column(
        vocabulary(DatePrecision), default=DatePrecision.DAY
    )
    text: Mapped[str] = mapped_column(Text)
    figure: Mapped[str] = mapped_column(default="")  # e.g. "착한가게 478곳"
    # The session in which it was reported, so the minutes can mark what is new.
    meeting_id: Mapped[int | None] = _fk("meeting.id", nullable=True, cascade=False)


class TaskStatusChange(Identified, Base):
    __tablename__ = "task_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = _fk("task.id")
    meeting_id: Mapped[int | None] = _fk("meeting.id", nullable=True, cascade=False)
    changed_at: Mapped[datetime]
    old_status: Mapped[TaskStatus] = mapped_column(vocabulary(TaskStatus))
    new_status: Mapped[TaskStatus] = mapped_column(vocabulary(TaskStatus))
    note: Mapped[str] = mapped_column(Text, default="")


class ActionChange(Identified, Base):
    """A change of an action item's status or due date, and where it was made (a review
    at a later session): the minutes of each session show the item as it stood then."""

    __tablename__ = "action_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = _fk("action_item.id")
    meeting_id: Mapped[int | None] = _fk("meeting.id", nullable=True, cascade=False)
    changed_at: Mapped[datetime]
    old_status: Mapped[ActionStatus] = mapped_column(vocabulary(ActionStatus))
    new_status: Mapped[ActionStatus] = mapped_column(vocabulary(ActionStatus))
    old_due_on: Mapped[date | None] = mapped_column(Date)
    new_due_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class SessionKind(Identified, Base):
    """A kind of session of one committee (see :mod:`gsmeet.domain.kinds`)."""

    __tablename__ = "session_kind"
    __table_args__ = (UniqueConstraint("committee_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = _fk("committee.id")
    code: Mapped[str] = mapped_column(String(24))  # regular, roundtable, … or the secretary's
    name_ko: Mapped[str]
    name_en: Mapped[str]
    series: Mapped[str] = mapped_column(String(24), default="")  # '' = not numbered
    quorum_applies: Mapped[bool] = mapped_column(Boolean, default=True)
    for_subcommittee: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Meeting(Identified, Base):
    """A session. Its number (제N차) runs in ``series`` (its kind's, when it was made),
    per sub-committee for a session of one; none for a kind that is not numbered or a
    cancelled session. Numbers are checked by the services (a rule on nullable columns
    that no unique index can hold on both SQLite and PostgreSQL)."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = _fk("committee.id")
    number: Mapped[int | None]  # 제N차
    series: Mapped[str] = mapped_column(String(24), default="")
    kind_id: Mapped[int] = mapped_column(ForeignKey("session_kind.id"), index=True)
    subcommittee_id: Mapped[int | None] = _fk("subcommittee.id", nullable=True, cascade=False)
    title: Mapped[str] = mapped_column(default="")  # e.g. 민선7기 1주년, or 출범식
    held_on: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)  # planned
    end_time: Mapped[time | None] = mapped_column(Time)  # planned
    started_at: Mapped[datetime | None]  # actual
    ended_at: Mapped[datetime | None]  # actual
    place: Mapped[str] = mapped_column(default="")
    chair_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    secretary_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    status: Mapped[MeetingStatus] = mapped_column(
        vocabulary(MeetingStatus), default=MeetingStatus.PLANNED
    )
    disclosure: Mapped[Disclosure] = mapped_column(
        vocabulary(Disclosure), default=Disclosure.PUBLIC
    )
    headcount: Mapped[int | None]  # 참석 인원 약 N명 (a large event)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    # Loaded with the meeting in the same query: every summary of a session names both.
    kind: Mapped["SessionKind"] = relationship(lazy="joined", innerjoin=True)
    subcommittee: Mapped["Subcommittee | None"] = relationship(lazy="joined")


class Guest(Identified, Base):
    """A guest (내빈) of a session: named in its minutes, not a member."""

    __tablename__ = "guest"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    name: Mapped[str]
    organisation: Mapped[str] = mapped_column(default="")  # 소속
    position: Mapped[str] = mapped_column(default="")  # 직위
    ordinal: Mapped[int] = mapped_column(default=0)  # the order they are listed in


class Postponement(Identified, Base):
    """A session moved to another date: where it was planned before."""

    __tablename__ = "postponement"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    from_date: Mapped[date] = mapped_column(Date)
    from_time: Mapped[time] = mapped_column(Time)
    to_date: Mapped[date] = mapped_column(Date)
    to_time: Mapped[time] = mapped_column(Time)
    recorded_at: Mapped[datetime]


class Attendance(Identified, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    person_id: Mapped[int] = _fk("person.id")
    status: Mapped[AttendanceStatus] = mapped_column(
        vocabulary(AttendanceStatus), default=AttendanceStatus.INVITED
    )
    arrived_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(default="")  # why absent
    proxy_name: Mapped[str] = mapped_column(default="")  # who came instead


class AgendaItem(Identified, Versioned, Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    parent_id: Mapped[int | None] = _fk("agenda_item.id", nullable=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[AgendaKind] = mapped_column(vocabulary(AgendaKind))
    title: Mapped[str]
    presenter_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    strategy_id: Mapped[int | None] = _fk("strategy.id", nullable=True, cascade=False)
    planned_minutes: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]


class Remark(Identified, Base):
    __tablename__ = "remark"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = _fk("agenda_item.id")
    speaker_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    text: Mapped[str] = mapped_column(Text)
    spoken_at: Mapped[datetime]
    position: Mapped[int] = mapped_column(default=0)


class Decision(Identified, Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = _fk("agenda_item.id")
    text: Mapped[str] = mapped_column(Text)
    vote_mode: Mapped[VoteMode] = mapped_column(vocabulary(VoteMode))
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    abstentions: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)


class ActionItem(Identified, Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")  # where it was decided
    agenda_item_id: Mapped[int | None] = _fk("agenda_item.id", nullable=True, cascade=False)
    title: Mapped[str]
    detail: Mapped[str] = mapped_column(Text, default="")
    owner_person_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    owner_subcommittee_id: Mapped[int | None] = _fk("subcommittee.id", nullable=True, cascade=False)
    owner_text: Mapped[str] = mapped_column(default="")  # a department, e.g. 미래전략과
    strategy_id: Mapped[int | None] = _fk("strategy.id", nullable=True, cascade=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        vocabulary(ActionStatus), default=ActionStatus.OPEN
    )


class ActionReview(Identified, Base):
    __tablename__ = "action_review"
    __table_args__ = (UniqueConstraint("action_item_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = _fk("action_item.id")
    meeting_id: Mapped[int] = _fk("meeting.id")
    outcome: Mapped[ReviewOutcome] = mapped_column(vocabulary(ReviewOutcome))
    new_due_on: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


class MinutesVersion(Identified, Base):
    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("meeting_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    version: Mapped[int]
    issued_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text, default="")  # what a correction changed
    lang: Mapped[str] = mapped_column(String(8), default="ko")  # the issued file's language


class MinutesFile(Identified, Base):
    """The issued file of a version, byte for byte (checked against its SHA-256 when
    read), with the record it was made from (JSON) and the page each entry is on."""

    __tablename__ = "minutes_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("minutes_version.id", ondelete="CASCADE"), unique=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)
    record: Mapped[str] = mapped_column(Text)
    pages: Mapped[str] = mapped_column(Text, default="{}")


class MinutesConfirmation(Identified, Base):
    """The chair's (or a co-chair's, or the 분과위원장's) 확인 of a draft before issue,
    with a digest of the record confirmed: a later edit makes it stale."""

    __tablename__ = "minutes_confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    version: Mapped[int]  # the version the confirmed draft becomes
    person_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    name: Mapped[str]  # as printed in the sign-off
    confirmed_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime]
    digest: Mapped[str] = mapped_column(String(64))


class MinutesCorrection(Identified, Base):
    """One change of an issued record (자구정정): what, before and after, who asked, why;
    a change of meaning needs the speaker's or chair's confirmation. It is printed in
    the errata (정오표) of the version that carries it."""

    __tablename__ = "minutes_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    version: Mapped[int]  # the version it goes into
    target: Mapped[str] = mapped_column(String(24))  # remark, decision, action, …
    target_id: Mapped[int]
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    asked_by: Mapped[str] = mapped_column(default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    changes_meaning: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_by: Mapped[str] = mapped_column(default="")
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime]


class PendingFile(Identified, Base):
    """A temporary file being written beside an output (an issued PDF staged before its
    rename), with the machine and process writing it: one a killed process left is
    removed at the next start on that machine (a process number means nothing on
    another machine sharing a server database). ``host`` is ``""`` on rows written
    before it was kept."""

    __tablename__ = "pending_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    host: Mapped[str] = mapped_column(default="", info=TRACKING)  # bookkeeping, never exported
    pid: Mapped[int]
    created_at: Mapped[datetime]


class MailDelivery(Identified, Base):
    """One recipient of one sending of a session's documents by e-mail: who, which
    files, when, and what the server answered — kept with the session, so what was
    sent to whom is on record and a retry sends only what failed."""

    __tablename__ = "mail_delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    person_id: Mapped[int | None] = _fk("person.id", nullable=True, cascade=False)
    name: Mapped[str]
    address: Mapped[str]
    attachments: Mapped[str] = mapped_column(Text, default="")  # file names, one a line
    subject: Mapped[str] = mapped_column(default="")
    sender: Mapped[str] = mapped_column(default="")
    server: Mapped[str] = mapped_column(default="")  # host:port
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    attempted_at: Mapped[datetime]
    status: Mapped[Delivery] = mapped_column(vocabulary(Delivery))
    reply: Mapped[str] = mapped_column(Text, default="")  # the server's answer, or why not


class LiveLease(Base):
    """Who runs a session live on a shared database (one operator at a time): taken
    when the live screen opens the session, renewed while it runs, given back when it
    closes; one left behind by a crash goes stale and is taken over explicitly."""

    __tablename__ = "live_lease"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    # (All the database's own bookkeeping: never in a document, an export or an undo.)
    holder: Mapped[str] = mapped_column(info=TRACKING)  # the server's role (or account)
    host: Mapped[str] = mapped_column(info=TRACKING)
    pid: Mapped[int]
    token: Mapped[str] = mapped_column(String(32), info=TRACKING)  # the screen holding it
    taken_at: Mapped[datetime]
    renewed_at: Mapped[datetime]


class Checkout(Base):
    """A session taken offline to a laptop (``gsmeet checkout``). On the server: the
    mark that it is out — who took it, on which computer, to which file, when — and
    while it is (``returned_at`` empty) every edit of that session is refused there. In
    the laptop's file the same row (the same ``token``) with ``copy`` set: only that
    session is edited there, and it names the database to bring it back to. ``base``:
    a digest of every row as it was copied (JSON, table → uid → digest), so the
    check-in tells which side changed what (services.offline)."""

    __tablename__ = "checkout"

    id: Mapped[int] = mapped_column(primary_key=True)
    # (All the database's own bookkeeping: never in a document, an export or an undo.)
    token: Mapped[str] = mapped_column(String(32), unique=True, info=TRACKING)
    meeting_id: Mapped[int] = _fk("meeting.id")
    copy: Mapped[bool] = mapped_column(Boolean, default=False)
    holder: Mapped[str] = mapped_column(info=TRACKING)
    host: Mapped[str] = mapped_column(info=TRACKING)
    file: Mapped[str] = mapped_column(Text, info=TRACKING)
    source: Mapped[str] = mapped_column(Text, info=TRACKING)
    taken_at: Mapped[datetime]
    returned_at: Mapped[datetime | None]
    returned_by: Mapped[str] = mapped_column(default="", info=TRACKING)
    base: Mapped[str] = mapped_column(Text, default="{}", info=TRACKING)
