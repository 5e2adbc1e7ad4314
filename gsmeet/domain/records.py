"""The meeting record and its parts: plain, frozen records that services hand to the
UI and to the report layer, with people as they stood on the meeting's date.

They hold no database handle: whatever a screen or a PDF needs is already in them.
The records of one feature sit beside its rules: :mod:`.register`, :mod:`.roster`,
:mod:`.agenda_plan`, :mod:`.live`, :mod:`.search`; :mod:`.edits` has what undo speaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    Disclosure,
    MeetingStatus,
    ReviewOutcome,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.quorum import QuorumCount, QuorumRule


@dataclass(frozen=True, slots=True)
class CommitteeInfo:
    id: int
    name: str
    host_body: str
    department: str
    quorum_rule: QuorumRule
    is_sample: bool
    default_disclosure: Disclosure = Disclosure.PUBLIC


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    committee_id: int
    number: int | None  # 제N차 in its series; None: a kind not numbered, or cancelled
    kind: KindInfo
    title: str
    held_on: date
    start_time: time
    end_time: time | None
    place: str
    status: MeetingStatus
    subcommittee_id: int | None = None  # a 분과회의's sub-committee
    subcommittee: str = ""
    cancel_reason: str = ""
    postponed_from: date | None = None  # the first date it was planned for, if moved

    @property
    def cancelled(self) -> bool:
        return self.status is MeetingStatus.CANCELLED


@dataclass(frozen=True, slots=True)
class GuestRecord:
    """A guest (내빈) of one session: not a member, not a 배석 official."""

    id: int
    name: str
    organisation: str
    position: str


@dataclass(frozen=True, slots=True)
class Glance:
    """What the window shows first: the committees, and the first one's sessions."""

    committees: tuple[CommitteeInfo, ...]
    meetings: tuple[MeetingSummary, ...]  # of the first committee, newest first


@dataclass(frozen=True, slots=True)
class PersonAtDate:
    """A person as they stood in the committee on one date (role, 소속, 직위)."""

    id: int
    name: str
    role: Role | None  # None: not a member on that date (a guest speaker)
    organisation: str
    position: str
    subcommittee: str
    is_public_official: bool
    email: str = ""


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    person: PersonAtDate
    status: AttendanceStatus
    arrived_at: datetime | None
    reason: str
    proxy_name: str


@dataclass(frozen=True, slots=True)
class AgendaItemRecord:
    id: int
    parent_id: int | None
    position: int
    kind: AgendaKind
    title: str
    presenter: PersonAtDate | None
    strategy_id: int | None
    planned_minutes: int
    started_at: datetime | None
    ended_at: datetime | None
    # The row's version as read (an edit made on it is checked); not part of what the
    # record says, so two reads of the same content are equal.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class RemarkRecord:
    id: int
    agenda_item_id: int
    speaker: PersonAtDate | None
    text: str
    spoken_at: datetime


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    id: int
    agenda_item_id: int
    text: str
    vote_mode: VoteMode
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: int
    meeting_id: int
    meeting_number: int | None  # None: decided at a session without a number
    agenda_item_id: int | None
    title: str
    detail: str
    owner: str  # a person's name, a sub-committee or a department, ready to print
    owner_person_id: int | None
    strategy_id: int | None
    due_on: date | None
    status: ActionStatus
    meeting_held_on: date | None = None
    owner_left: bool = False  # its owner has left the committee (해촉): give it to another


@dataclass(frozen=True, slots=True)
class ActionReviewRecord:
    action: ActionRecord
    outcome: ReviewOutcome
    new_due_on: date | None
    comment: str


@dataclass(frozen=True, slots=True)
class AchievementRecord:
    id: int
    strategy_id: int
    task_id: int | None
    occurred_on: date
    precision: DatePrecision
    text: str
    figure: str
    meeting_id: int | None
    version: int = field(default=0, compare=False)  # the row's, as read


@dataclass(frozen=True, slots=True)
class TaskRecord:
    id: int
    strategy_id: int
    title: str
    status: TaskStatus
    owner: str
    target_date: date | None
    progress: int
    note: str
    # Set when the status changed at the meeting being looked at (what it was before).
    previous_status: TaskStatus | None = None
    change_note: str = ""  # the note typed with that change
    version: int = field(default=0, compare=False)  # the row's, as read


@dataclass(frozen=True, slots=True)
class StrategyRecord:
    id: int
    track_id: int
    track_name: str
    number: int
    name: str
    summary: str
    subcommittee: str
    chair: PersonAtDate | None
    tasks: tuple[TaskRecord, ...]
    achievements: tuple[AchievementRecord, ...]


@dataclass(frozen=True, slots=True)
class MinutesVersionRecord:
    version: int
    issued_at: datetime
    sha256: str
    changes: str
    lang: str = "ko"  # the issued file's language
    kept: bool = False  # the issued file is kept (issued by a gsmeet that keeps them)


@dataclass(frozen=True, slots=True)
class ConfirmationRecord:
    """Someone who confirmed (확인) the draft that becomes ``version``, and when."""

    name: str
    person_id: int | None
    confirmed_on: date
    version: int
    stale: bool = False  # the record changed after this confirmation


@dataclass(frozen=True, slots=True)
class CorrectionRecord:
    """One change of issued minutes (자구정정), for the errata of ``version``."""

    id: int
    version: int
    target: str  # what it changes: remark, decision, action_title, …
    target_id: int
    before: str
    after: str
    asked_by: str
    reason: str
    changes_meaning: bool
    confirmed_by: str
    confirmed_on: date | None


@dataclass(frozen=True, slots=True)
class ErratumRecord:
    """One line of a corrected version's errata (정오표): what changed, where it stood
    in the version corrected (``page``), before and after, and why."""

    target: str  # remark, decision, action_title, action_detail, agenda_title
    target_id: int
    page: int | None
    before: str
    after: str
    reason: str
    asked_by: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """Everything recorded for one meeting, with people as they stood on its date."""

    committee: CommitteeInfo
    meeting: MeetingSummary
    started_at: datetime | None
    ended_at: datetime | None
    disclosure: Disclosure
    chair: PersonAtDate | None
    secretary: PersonAtDate | None
    attendance: tuple[AttendanceRecord, ...]
    quorum: QuorumCount
    agenda: tuple[AgendaItemRecord, ...]
    remarks: tuple[RemarkRecord, ...]
    decisions: tuple[DecisionRecord, ...]
    actions: tuple[ActionRecord, ...]  # decided at this meeting
    reviews: tuple[ActionReviewRecord, ...]  # earlier actions reviewed at this meeting
    strategies: tuple[StrategyRecord, ...]  # the register as it stood, changes marked
    previous: MeetingSummary | None
    minutes_versions: tuple[MinutesVersionRecord, ...] = field(default=())
    guests: tuple[GuestRecord, ...] = field(default=())
    headcount: int | None = None  # 참석 인원 약 N명, in place of the list of a large event
    # 확인 of the draft being looked at (the next version), or of the issued version
    confirmations: tuple[ConfirmationRecord, ...] = field(default=())


def chaired(record: MeetingRecord) -> tuple[StrategyRecord, ...]:
    """The strategies with a chair (their 분과's 분과위원장) on the session's date: each
    has a packet, which goes to that chair — one chair may have several."""
    return tuple(s for s in record.strategies if s.chair is not None)


def packets_by_chair(record: MeetingRecord) -> dict[int, tuple[StrategyRecord, ...]]:
    """Each chair (person id) and the strategies whose packets are theirs, in order."""
    found: dict[int, list[StrategyRecord]] = {}
    for strategy in chaired(record):
        assert strategy.chair is not None
        found.setdefault(strategy.chair.id, []).append(strategy)
    return {chair: tuple(strategies) for chair, strategies in found.items()}
