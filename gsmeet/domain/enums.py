"""The fixed vocabularies of the committee world.

Values are stable English codes: they are stored in the database and in exports.
Labels for people live in :mod:`gsmeet.domain.labels`.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CO_CHAIR = "co_chair"  # 공동위원장
    CHAIR = "chair"  # 위원장
    VICE_CHAIR = "vice_chair"  # 부위원장
    SUBCOMMITTEE_CHAIR = "subcommittee_chair"  # 분과위원장
    MEMBER = "member"  # 위원
    SECRETARY = "secretary"  # 간사
    OBSERVER = "observer"  # 배석 공무원

    @property
    def counts_for_quorum(self) -> bool:
        """Whether a holder of this role is one of the 재적 (enrolled) members."""
        return self not in (Role.SECRETARY, Role.OBSERVER)


class TaskStatus(StrEnum):
    PLANNED = "planned"  # 계획
    IN_PROGRESS = "in_progress"  # 추진중
    DELAYED = "delayed"  # 지연
    DONE = "done"  # 완료
    DONE_ONGOING = "done_ongoing"  # 완료·계속
    ON_HOLD = "on_hold"  # 보류

    @property
    def is_finished(self) -> bool:
        return self in (TaskStatus.DONE, TaskStatus.DONE_ONGOING)


class MeetingKind(StrEnum):
    """The codes of the kinds every committee starts with (:mod:`gsmeet.domain.kinds`);
    a committee's own list may hold more."""

    REGULAR = "regular"  # 정기회의
    EXTRAORDINARY = "extraordinary"  # 임시회의
    ROUND_TABLE = "roundtable"  # 간담회 (stored as round_table before schema 0002)
    SUBCOMMITTEE = "subcommittee"  # 분과회의
    CEREMONY = "ceremony"  # 행사: 출범식, 기념식
    WORKSHOP = "workshop"  # 워크숍


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    HELD = "held"
    MINUTES_ISSUED = "minutes_issued"
    CANCELLED = "cancelled"  # kept in the list with its reason; never "the previous one"


class Disclosure(StrEnum):
    PUBLIC = "public"  # 공개
    PARTIAL = "partial"  # 부분공개
    CLOSED = "closed"  # 비공개


class AttendanceStatus(StrEnum):
    INVITED = "invited"  # not yet checked in
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    PROXY = "proxy"


class AgendaKind(StrEnum):
    OPENING = "opening"
    ACTION_REVIEW = "action_review"
    OVERVIEW = "overview"
    BRIEFING = "briefing"
    DISCUSSION = "discussion"
    DECISION = "decision"
    CLOSING = "closing"
    OTHER = "other"


class VoteMode(StrEnum):
    VOTE = "vote"  # 찬성/반대/기권 counted
    NO_OBJECTION = "no_objection"  # 이의 없음
    OPINIONS = "opinions"  # 의견 수렴 (advisory, no vote)


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class ReviewOutcome(StrEnum):
    DONE = "done"
    CONTINUE = "continue"
    REDATE = "redate"
    DROP = "drop"


class QuorumKind(StrEnum):
    MAJORITY = "majority"  # more than half of the enrolled members (재적 과반수)
    FRACTION = "fraction"  # at least numerator/denominator of the enrolled members
    COUNT = "count"  # at least a fixed number
    NONE = "none"  # advisory body: no quorum


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Thing(StrEnum):
    """What a record is, to name it in a message ("No meeting with id 7")."""

    COMMITTEE = "committee"
    SUBCOMMITTEE = "subcommittee"
    TRACK = "track"
    STRATEGY = "strategy"
    TASK = "task"
    TASK_STATUS_CHANGE = "task_status_change"
    ACHIEVEMENT = "achievement"
    PERSON = "person"
    MEMBERSHIP = "membership"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    REMARK = "remark"
    DECISION = "decision"
    ACTION_ITEM = "action_item"
    SESSION_KIND = "session_kind"
    # (the other tables of committee data, by their names: a check-in's conflicts)
    ATTENDANCE = "attendance"
    GUEST = "guest"
    POSTPONEMENT = "postponement"
    ACTION_CHANGE = "action_change"
    ACTION_REVIEW = "action_review"
    MINUTES_VERSION = "minutes_version"
    MINUTES_FILE = "minutes_file"
    MINUTES_CONFIRMATION = "minutes_confirmation"
    MINUTES_CORRECTION = "minutes_correction"
    MAIL_DELIVERY = "mail_delivery"


class Field(StrEnum):
    """A field people fill in, to name it in a message ("소속 cannot be blank") and in
    a roster import's list of what an update changes."""

    NAME = "name"
    ORGANISATION = "organisation"
    POSITION = "position"
    ROLE = "role"
    SUBCOMMITTEE = "subcommittee"
    EMAIL = "email"
    PHONE = "phone"
    TERM_START = "term_start"
    TERM_END = "term_end"
    ALLOWANCE = "allowance"
    LEFT_ON = "left_on"  # 해촉일
    TASK_TITLE = "task_title"
    ACHIEVEMENT_TEXT = "achievement_text"
    REJOINS = "rejoins"  # not a field: a former member returns for a new term
    COMMITTEE_NAME = "committee_name"
    HOST_BODY = "host_body"
    SUBCOMMITTEE_NAME = "subcommittee_name"
    KIND_NAME = "kind_name"
    GUEST_NAME = "guest_name"
    TRACK_NAME = "track_name"
    STRATEGY_NAME = "strategy_name"
    DEPARTMENT = "department"
    KIND_CODE = "kind_code"
    KIND_NAME_EN = "kind_name_en"
    SERIES = "series"
    SESSION_TITLE = "session_title"
    PLACE = "place"
    CANCEL_REASON = "cancel_reason"
    LEFT_REASON = "left_reason"
    STRATEGY_SUMMARY = "strategy_summary"
    AGENDA_TITLE = "agenda_title"
    ABSENCE_REASON = "absence_reason"
    PROXY_NAME = "proxy_name"
    CHECKSUM = "checksum"
    CORRECTION = "correction"
    TASK_OWNER = "task_owner"
    TASK_NOTE = "task_note"
    FIGURE = "figure"
    ACTION_TITLE = "action_title"
    ACTION_DETAIL = "action_detail"
    ACTION_OWNER = "action_owner"
    DECISION_TEXT = "decision_text"
    REMARK_TEXT = "remark_text"
    STATUS_NOTE = "status_note"
    REVIEW_COMMENT = "review_comment"
    RECIPIENT_NAME = "recipient_name"
    RECIPIENT_ADDRESS = "recipient_address"
    ATTACHMENTS = "attachments"
    MAIL_SUBJECT = "mail_subject"
    SENDER = "sender"
    MAIL_SERVER = "mail_server"
    SERVER_REPLY = "server_reply"
    CONFIRMER = "confirmer"
    CORRECTION_TARGET = "correction_target"
    CORRECTION_BEFORE = "correction_before"
    CORRECTION_AFTER = "correction_after"
    CORRECTION_ASKED_BY = "correction_asked_by"
    CORRECTION_REASON = "correction_reason"
    LANGUAGE = "language"
    KEPT_RECORD = "kept_record"
    FILE_PATH = "file_path"
    TITLE = "title"
    KIND = "kind"
    STATUS = "status"
    PLANNED_MINUTES = "planned_minutes"
    PRESENTER = "presenter"
    ORDER = "order"
    RETIRED_ON = "retired_on"
    TARGET_DATE = "target_date"
    PROGRESS = "progress"
    OCCURRED_ON = "occurred_on"
    STRATEGY_NUMBER = "strategy_number"
    PUBLIC_OFFICIAL = "public_official"
    REPORTED_AT = "reported_at"
    TASK = "task"


class Recorded(StrEnum):
    """What may be recorded at a session (a session with any of it is not deleted)."""

    START = "start"
    REMARKS = "remarks"
    DECISIONS = "decisions"
    ACTIONS = "actions"
    REVIEWS = "reviews"
    MINUTES = "minutes"
    ACHIEVEMENTS = "achievements"
    TASK_CHANGES = "task_changes"
    ATTENDANCE = "attendance"


class HitKind(StrEnum):
    """What a search hit is in search results (the first three are
    :class:`~gsmeet.domain.entry.EntryKind`'s codes); not stored."""

    REMARK = "remark"
    DECISION = "decision"
    ACTION = "action"
    ITEM = "item"  # an agenda item's title
    ACHIEVEMENT = "achievement"  # reported in a status briefing
    STATUS_CHANGE = "status_change"  # a task's status changed in a briefing: its note


class Delivery(StrEnum):
    """How the sending of a session's documents to one recipient went."""

    SENT = "sent"  # the server took it for delivery
    FAILED = "failed"  # refused, or never handed over (the reply says why)


class Side(StrEnum):
    """Which side's version of a row a check-in keeps (services.offline)."""

    SERVER = "server"
    LAPTOP = "laptop"


class Change(StrEnum):
    """What one side did to a row since its session was taken offline."""

    CHANGED = "changed"
    DELETED = "deleted"
