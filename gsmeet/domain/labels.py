"""What each vocabulary value is called, in Korean and in English.

The UI, the command line and the minutes all read labels from here, so a status is
written the same way on screen and on paper.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, Protocol

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    Change,
    Delivery,
    Disclosure,
    Field,
    HitKind,
    MeetingStatus,
    Recorded,
    ReviewOutcome,
    Role,
    Side,
    TaskStatus,
    Thing,
    VoteMode,
)

Lang = Literal["ko", "en"]
LANGS: tuple[Lang, ...] = ("ko", "en")

# Keyed by (vocabulary, code): codes repeat across vocabularies ("planned", "done") and
# StrEnum members with equal codes compare and hash equal.
_PAIRS: tuple[tuple[StrEnum, tuple[str, str]], ...] = (
    (Role.CO_CHAIR, ("공동위원장", "Co-chair")),
    (Role.CHAIR, ("위원장", "Chair")),
    (Role.VICE_CHAIR, ("부위원장", "Vice-chair")),
    (Role.SUBCOMMITTEE_CHAIR, ("분과위원장", "Sub-committee chair")),
    (Role.MEMBER, ("위원", "Member")),
    (Role.SECRETARY, ("간사", "Secretary")),
    (Role.OBSERVER, ("배석", "Observer")),
    (TaskStatus.PLANNED, ("계획", "Planned")),
    (TaskStatus.IN_PROGRESS, ("추진중", "In progress")),
    (TaskStatus.DELAYED, ("지연", "Delayed")),
    (TaskStatus.DONE, ("완료", "Done")),
    (TaskStatus.DONE_ONGOING, ("완료·계속", "Done, continuing")),
    (TaskStatus.ON_HOLD, ("보류", "On hold")),
    (MeetingStatus.PLANNED, ("예정", "Planned")),
    (MeetingStatus.IN_PROGRESS, ("진행중", "In progress")),
    (MeetingStatus.HELD, ("개최", "Held")),
    (MeetingStatus.MINUTES_ISSUED, ("회의록 확정", "Minutes issued")),
    (MeetingStatus.CANCELLED, ("취소", "Cancelled")),
    (Disclosure.PUBLIC, ("공개", "Public")),
    (Disclosure.PARTIAL, ("부분공개", "Partly public")),
    (Disclosure.CLOSED, ("비공개", "Not public")),
    (AttendanceStatus.INVITED, ("미확인", "Not checked in")),
    (AttendanceStatus.PRESENT, ("출석", "Present")),
    (AttendanceStatus.ABSENT, ("불참", "Absent")),
    (AttendanceStatus.EXCUSED, ("불참(사유)", "Excused")),
    (AttendanceStatus.PROXY, ("대리출석", "Proxy")),
    (AgendaKind.OPENING, ("개회", "Opening")),
    (AgendaKind.ACTION_REVIEW, ("이전 조치사항 점검", "Review of previous actions")),
    (AgendaKind.OVERVIEW, ("총괄개요", "Overview")),
    (AgendaKind.BRIEFING, ("추진상황 보고", "Status briefing")),
    (AgendaKind.DISCUSSION, ("토의", "Discussion")),
    (AgendaKind.DECISION, ("의결", "Decision item")),
    (AgendaKind.CLOSING, ("폐회", "Closing")),
    (AgendaKind.OTHER, ("기타", "Other")),
    (VoteMode.VOTE, ("표결", "Vote")),
    (VoteMode.NO_OBJECTION, ("이의 없음", "No objection")),
    (VoteMode.OPINIONS, ("의견 수렴", "Opinions gathered")),
    (ActionStatus.OPEN, ("미착수", "Open")),
    (ActionStatus.IN_PROGRESS, ("진행중", "In progress")),
    (ActionStatus.DONE, ("완료", "Done")),
    (ActionStatus.DROPPED, ("철회", "Dropped")),
    (ReviewOutcome.DONE, ("완료", "Done")),
    (ReviewOutcome.CONTINUE, ("계속 추진", "Continue")),
    (ReviewOutcome.REDATE, ("기한 조정", "Re-dated")),
    (ReviewOutcome.DROP, ("철회", "Dropped")),
    (Thing.COMMITTEE, ("위원회", "committee")),
    (Thing.SUBCOMMITTEE, ("분과", "sub-committee")),
    (Thing.TRACK, ("추진 분야", "track")),
    (Thing.STRATEGY, ("전략", "strategy")),
    (Thing.TASK, ("과제", "task")),
    (Thing.TASK_STATUS_CHANGE, ("과제 상태 변경", "task status change")),
    (Thing.ACHIEVEMENT, ("성과", "achievement")),
    (Thing.PERSON, ("인물", "person")),
    (Thing.MEMBERSHIP, ("위촉 기록", "membership")),
    (Thing.MEETING, ("회의", "meeting")),
    (Thing.AGENDA_ITEM, ("안건", "agenda item")),
    (Thing.REMARK, ("발언", "remark")),
    (Thing.DECISION, ("결정사항", "decision")),
    (Thing.ACTION_ITEM, ("조치사항", "action item")),
    (Thing.SESSION_KIND, ("회의 종류", "kind of session")),
    (Side.SERVER, ("서버", "server")),
    (Side.LAPTOP, ("노트북", "laptop")),
    (Change.CHANGED, ("바뀜", "changed")),
    (Change.DELETED, ("지워짐", "deleted")),
    (Thing.ATTENDANCE, ("출석", "attendance")),
    (Thing.GUEST, ("내빈", "guest")),
    (Thing.POSTPONEMENT, ("일정 연기", "postponement")),
    (Thing.ACTION_CHANGE, ("조치사항 변경", "change of an action item")),
    (Thing.ACTION_REVIEW, ("조치사항 점검", "review of an action item")),
    (Thing.MINUTES_VERSION, ("회의록 판", "version of the minutes")),
    (Thing.MINUTES_FILE, ("회의록 파일", "file of the minutes")),
    (Thing.MINUTES_CONFIRMATION, ("회의록 확인", "confirmation of the minutes")),
    (Thing.MINUTES_CORRECTION, ("자구정정", "correction of the minutes")),
    (Thing.MAIL_DELIVERY, ("메일 발송", "e-mail sent")),
    (Recorded.START, ("개회 기록", "its start")),
    (Recorded.REMARKS, ("발언", "remarks")),
    (Recorded.DECISIONS, ("결정사항", "decisions")),
    (Recorded.ACTIONS, ("조치사항", "action items")),
    (Recorded.REVIEWS, ("조치사항 점검", "reviews of actions")),
    (Recorded.MINUTES, ("확정된 회의록", "issued minutes")),
    (Recorded.ACHIEVEMENTS, ("성과", "achievements")),
    (Recorded.TASK_CHANGES, ("과제 상태 변경", "task status changes")),
    (Recorded.ATTENDANCE, ("출석 확인", "checked-in attendance")),
    (Field.NAME, ("성명", "name")),
    (Field.ORGANISATION, ("소속", "organisation")),
    (Field.POSITION, ("직위", "position")),
    (Field.ROLE, ("구분", "role")),
    (Field.SUBCOMMITTEE, ("분과", "sub-committee")),
    (Field.EMAIL, ("이메일", "e-mail")),
    (Field.PHONE, ("전화", "phone")),
    (Field.TERM_START, ("위촉일", "term start")),
    (Field.TERM_END, ("임기만료일", "term end")),
    (Field.ALLOWANCE, ("수당", "allowance")),
    (Field.LEFT_ON, ("해촉일", "left on")),
    (Field.TASK_TITLE, ("과제명", "task title")),
    (Field.ACHIEVEMENT_TEXT, ("성과 내용", "achievement text")),
    (Field.REJOINS, ("재위촉", "rejoins")),
    (Field.COMMITTEE_NAME, ("위원회 이름", "committee's name")),
    (Field.HOST_BODY, ("개최기관", "host body")),
    (Field.SUBCOMMITTEE_NAME, ("분과 이름", "sub-committee's name")),
    (Field.KIND_NAME, ("회의 종류 이름", "name of the kind")),
    (Field.GUEST_NAME, ("내빈 성명", "guest's name")),
    (Field.TRACK_NAME, ("추진 분야 이름", "track's name")),
    (Field.STRATEGY_NAME, ("전략 이름", "strategy's name")),
    (Field.DEPARTMENT, ("담당 부서", "department")),
    (Field.KIND_CODE, ("회의 종류 코드", "code of the kind")),
    (Field.KIND_NAME_EN, ("회의 종류 영문 이름", "English name of the kind")),
    (Field.SERIES, ("회차 계열", "numbering series")),
    (Field.SESSION_TITLE, ("회의 제목", "session's title")),
    (Field.PLACE, ("장소", "place")),
    (Field.CANCEL_REASON, ("취소 사유", "reason for cancelling")),
    (Field.LEFT_REASON, ("해촉 사유", "reason for leaving")),
    (Field.STRATEGY_SUMMARY, ("전략 요약", "strategy's summary")),
    (Field.AGENDA_TITLE, ("안건명", "agenda item's title")),
    (Field.ABSENCE_REASON, ("불참 사유", "reason for absence")),
    (Field.PROXY_NAME, ("대리 출석자", "proxy's name")),
    (Field.CHECKSUM, ("해시값", "checksum")),
    (Field.CORRECTION, ("정정 내용", "what a correction changed")),
    (Field.TASK_OWNER, ("과제 담당", "task's owner")),
    (Field.TASK_NOTE, ("과제 비고", "task's note")),
    (Field.FIGURE, ("수치", "figure")),
    (Field.ACTION_TITLE, ("조치사항", "action item")),
    (Field.ACTION_DETAIL, ("조치 세부 내용", "action item's detail")),
    (Field.ACTION_OWNER, ("조치 담당", "action item's owner")),
    (Field.DECISION_TEXT, ("결정 내용", "decision")),
    (Field.REMARK_TEXT, ("발언 내용", "remark")),
    (Field.STATUS_NOTE, ("상태 변경 메모", "note on a status change")),
    (Field.REVIEW_COMMENT, ("점검 의견", "review comment")),
    (Field.RECIPIENT_NAME, ("받는 사람", "recipient")),
    (Field.RECIPIENT_ADDRESS, ("받는 주소", "recipient's address")),
    (Field.ATTACHMENTS, ("첨부 파일", "attachments")),
    (Field.MAIL_SUBJECT, ("메일 제목", "mail subject")),
    (Field.SENDER, ("보내는 주소", "sender's address")),
    (Field.MAIL_SERVER, ("메일 서버", "mail server")),
    (Field.SERVER_REPLY, ("서버 응답", "server's reply")),
    (Delivery.SENT, ("발송됨", "Sent")),
    (Delivery.FAILED, ("실패", "Failed")),
    (HitKind.REMARK, ("발언", "Remark")),
    (HitKind.DECISION, ("결정", "Decision")),
    (HitKind.ACTION, ("조치", "Action item")),
    (HitKind.ITEM, ("안건", "Agenda item")),
    (HitKind.ACHIEVEMENT, ("성과", "Achievement")),
    (HitKind.STATUS_CHANGE, ("상태 변경", "Status change")),
    (Field.CONFIRMER, ("확인자", "who confirmed")),
    (Field.CORRECTION_TARGET, ("정정 대상", "what is corrected")),
    (Field.CORRECTION_BEFORE, ("정정 전", "text before the correction")),
    (Field.CORRECTION_AFTER, ("정정 후", "text after the correction")),
    (Field.CORRECTION_ASKED_BY, ("정정 요청자", "who asked for the correction")),
    (Field.CORRECTION_REASON, ("정정 사유", "reason for the correction")),
    (Field.LANGUAGE, ("언어", "language")),
    (Field.KEPT_RECORD, ("보관 기록", "kept record")),
    (Field.FILE_PATH, ("파일 경로", "file path")),
    (Field.TITLE, ("제목", "title")),
    (Field.KIND, ("종류", "kind")),
    (Field.STATUS, ("상태", "status")),
    (Field.PLANNED_MINUTES, ("예정 시간", "planned minutes")),
    (Field.PRESENTER, ("보고자", "presenter")),
    (Field.ORDER, ("순서", "order")),
    (Field.RETIRED_ON, ("사용 중지일", "retired from")),
    (Field.TARGET_DATE, ("목표일", "target date")),
    (Field.PROGRESS, ("진척도", "progress")),
    (Field.OCCURRED_ON, ("성과일", "date of the achievement")),
    (Field.STRATEGY_NUMBER, ("전략 번호", "strategy's number")),
    (Field.PUBLIC_OFFICIAL, ("공무원 여부", "public official")),
    (Field.REPORTED_AT, ("보고 회의", "meeting reported at")),
    (Field.TASK, ("세부과제", "task")),
)


_LABELS: dict[tuple[type, str], tuple[str, str]] = {
    (type(value), value.value): names for value, names in _PAIRS
}


def _key(value: StrEnum) -> tuple[type, str]:
    return type(value), value.value


class Named(Protocol):
    """A value that names itself per language (a committee's own kind of session)."""

    def label(self, lang: Lang = "ko") -> str: ...


def label(value: StrEnum | Named, lang: Lang = "ko") -> str:
    """The name of a vocabulary value as a reader of ``lang`` expects it."""
    if not isinstance(value, StrEnum):
        return value.label(lang)
    ko, en = _LABELS[_key(value)]
    return ko if lang == "ko" else en


def has_label(value: object) -> bool:
    if not isinstance(value, StrEnum):
        return callable(getattr(value, "label", None))
    return _key(value) in _LABELS


def parse_label(enum: type[StrEnum], text: str) -> StrEnum | None:
    """The value whose code, Korean or English label is ``text`` (case-insensitive)."""
    wanted = text.strip().casefold()
    for value in enum:
        names = (value.value, *_LABELS.get(_key(value), ()))
        if any(wanted == n.casefold() for n in names):
            return value
    return None
