"""How records read on screen: people, times, counts. Labels for vocabulary values come
from :mod:`gsmeet.domain.labels`, so the screen says what the minutes say."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gsmeet.domain.dates import format_date, format_time, format_time_range
from gsmeet.domain.enums import AttendanceStatus, Role
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.sessions import session_name

if TYPE_CHECKING:
    from gsmeet.domain.quorum import QuorumCount
    from gsmeet.domain.records import AttendanceRecord, MeetingSummary, PersonAtDate


DASH = "—"
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def person_name(person: PersonAtDate | None) -> str:
    return DASH if person is None else person.name


def person_with_role(person: PersonAtDate | None, lang: Lang) -> str:
    """``공동위원장 최영조`` in Korean, ``최영조 (Co-chair)`` in English. Officials sitting
    in (배석) and guests go by their position (``미래전략과장 이동근``), which says more."""
    if person is None:
        return DASH
    by_position = person.role is None or person.role is Role.OBSERVER
    title = person.position if by_position and person.position else None
    if title is None:
        title = label(person.role, lang) if person.role is not None else ""
    if not title:
        return person.name
    return f"{title} {person.name}" if lang == "ko" else f"{person.name} ({title})"


def meeting_number(number: int | None) -> str:
    """``제2차``; nothing for a session without a number."""
    if number is None:
        return ""
    return QCoreApplication.translate("text", "No. {number}").format(number=number)


def meeting_name(meeting: MeetingSummary, lang: Lang) -> str:
    """``제2차 간담회`` / ``2nd round-table meeting``, ``착한나눔도시 분과 제2차 분과회의``,
    ``출범식``: as the minutes name it (:func:`gsmeet.domain.sessions.session_name`)."""
    return session_name(meeting, lang)


def status_text(meeting: MeetingSummary, lang: Lang) -> str:
    """``예정`` / ``취소 — 코로나19`` / ``예정 (2019. 11. 21.에서 연기)``."""
    text = label(meeting.status, lang)
    if meeting.cancelled and meeting.cancel_reason:
        text = f"{text} — {meeting.cancel_reason}"
    if meeting.postponed_from is not None and not meeting.cancelled:
        text += " " + QCoreApplication.translate("text", "(postponed from {day})").format(
            day=format_date(meeting.postponed_from, lang, weekday=False)
        )
    return text


def day_text(day: date | None, lang: Lang, *, weekday: bool = True, whole: bool = False) -> str:
    """``2019. 11. 28.(목)``; ``whole``: as one token, its spaces no-break, so a line that
    wraps never breaks inside it ("2019. 11. / 28.")."""
    text = "" if day is None else format_date(day, lang, weekday=weekday)
    return text.replace(" ", "\u00a0") if whole else text


def clock(moment: datetime | None) -> str:
    return format_time(moment)


def clock_range(start: datetime | None, end: datetime | None) -> str:
    return format_time_range(start, end)


def minutes(count: int) -> str:
    return QCoreApplication.translate("text", "{count} min").format(count=count)


def count_of(what: str, count: int) -> str:
    """``출석 49명`` / ``Present 49``: a label and a number of people."""
    return QCoreApplication.translate("text", "{what} {count}").format(what=what, count=count)


def quorum_counts(quorum: QuorumCount) -> str:
    """``재적 49명 · 출석 44명 · 불참 5명`` (members of the body that meets, as the
    quorum counts them), ``· 미확인 49명`` while some have not checked in yet."""
    if quorum.unchecked:
        return QCoreApplication.translate(
            "text",
            "Enrolled {enrolled} · present {present} · absent {absent} · "
            "not checked in {unchecked}",
        ).format(
            enrolled=quorum.enrolled,
            present=quorum.present,
            absent=quorum.absent,
            unchecked=quorum.unchecked,
        )
    return QCoreApplication.translate(
        "text", "Enrolled {enrolled} · present {present} · absent {absent}"
    ).format(enrolled=quorum.enrolled, present=quorum.present, absent=quorum.absent)


def everyone_counts(attendance: Sequence[AttendanceRecord], *, over: bool) -> str:
    """``전체 56명 · 참석 50명 · 불참 6명``: everyone listed (members, officials sitting
    in, the secretary), counted as people who came (참석), not as the quorum counts
    members (출석); ``미확인`` until the session is over, when not coming is 불참."""
    came = sum(1 for row in attendance if row.status in ATTENDED)
    waiting = sum(1 for row in attendance if row.status is AttendanceStatus.INVITED)
    absent = len(attendance) - came - (0 if over else waiting)
    text = QCoreApplication.translate(
        "text", "Everyone {count} · came {came} · absent {absent}"
    ).format(count=len(attendance), came=came, absent=absent)
    if waiting and not over:
        text += QCoreApplication.translate("text", " · not checked in {unchecked}").format(
            unchecked=waiting
        )
    return text


def quorum_verdict(quorum: QuorumCount, *, held: bool) -> str:
    """``정족수 충족 (의사정족수 25명)``; not judged for a session not yet held; nothing to
    judge for a kind of session without a quorum. (Shown beside a label 정족수.)"""
    if not quorum.applies:
        return QCoreApplication.translate("text", "No quorum for this kind of session")
    if not held:
        return QCoreApplication.translate("text", "not counted before the session")
    verdict = (
        QCoreApplication.translate("text", "Quorum met")
        if quorum.met
        else QCoreApplication.translate("text", "Quorum not met")
    )
    return QCoreApplication.translate("text", "{verdict} ({required} required)").format(
        verdict=verdict, required=quorum.required
    )


def elapsed_minutes(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(round((end - start).total_seconds() / 60), 0)
