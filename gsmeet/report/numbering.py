"""Agenda numbering (보고 제1호, 토의 제1호, 의결 제1호), item marks (가. 나. 다.),
planned start times, and the dates the documents print."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from gsmeet.domain.dates import format_date, format_month, format_time_range
from gsmeet.domain.enums import AgendaKind, DatePrecision
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import AchievementRecord, AgendaItemRecord, MeetingRecord
from gsmeet.report.words import word

# Which numbered series an agenda item belongs to; other kinds (opening, closing) are
# steps of the running order, not items put to the meeting.
_SERIES = {
    AgendaKind.ACTION_REVIEW: "num.report",
    AgendaKind.OVERVIEW: "num.report",
    AgendaKind.BRIEFING: "num.report",
    AgendaKind.DISCUSSION: "num.discussion",
    AgendaKind.DECISION: "num.motion",
}
# After 하 the series goes on 거 너 더 ... 허, as Korean documents number long lists.
_KO_MARKS = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"


def item_mark(index: int, lang: Lang) -> str:
    """The second-level mark: 가. 나. 다. (a. b. c. in English), 0-based ``index``."""
    if lang == "ko":
        return f"{_KO_MARKS[index]}." if index < len(_KO_MARKS) else f"{index + 1})"
    return f"{chr(ord('a') + index)}." if index < 26 else f"{index + 1})"


def top_level(agenda: Sequence[AgendaItemRecord]) -> list[AgendaItemRecord]:
    return [item for item in agenda if item.parent_id is None]


def children(agenda: Sequence[AgendaItemRecord]) -> dict[int, list[AgendaItemRecord]]:
    below: dict[int, list[AgendaItemRecord]] = defaultdict(list)
    for item in agenda:
        if item.parent_id is not None:
            below[item.parent_id].append(item)
    return below


def agenda_numbers(agenda: Sequence[AgendaItemRecord], lang: Lang) -> dict[int, str]:
    """``보고 제1호`` ... for the top-level items put to the meeting, in agenda order."""
    counters: dict[str, int] = defaultdict(int)
    numbers: dict[int, str] = {}
    for item in top_level(agenda):
        series = _SERIES.get(item.kind)
        if series is not None:
            counters[series] += 1
            numbers[item.id] = word(series, lang, n=counters[series])
    return numbers


def planned_starts(record: MeetingRecord) -> dict[int, datetime]:
    """Each item's planned start: the meeting's start plus the planned minutes of the
    items before it (a parent without minutes of its own lasts as long as its children)."""
    below = children(record.agenda)

    def duration(item: AgendaItemRecord) -> int:
        return item.planned_minutes or sum(duration(child) for child in below.get(item.id, []))

    starts: dict[int, datetime] = {}

    def place(items: Sequence[AgendaItemRecord], moment: datetime) -> None:
        for item in items:
            starts[item.id] = moment
            place(below.get(item.id, []), moment)
            moment += timedelta(minutes=duration(item))

    place(
        top_level(record.agenda),
        datetime.combine(record.meeting.held_on, record.meeting.start_time),
    )
    return starts


def meeting_when(record: MeetingRecord, lang: Lang, *, planned: bool = False) -> str:
    """``2019. 8. 22.(목) 14:02∼16:05``: the actual times once held, else the planned."""
    meeting = record.meeting
    start = None if planned else record.started_at
    end = None if planned else record.ended_at
    times = (
        format_time_range(start, end)
        if start is not None
        else format_time_range(meeting.start_time, meeting.end_time)
    )
    return f"{format_date(meeting.held_on, lang)} {times}".strip()


def short_date(day: date | None, lang: Lang) -> str:
    return "" if day is None else format_date(day, lang, weekday=False)


def achievement_date(achievement: AchievementRecord, lang: Lang) -> str:
    day = achievement.occurred_on
    if achievement.precision is DatePrecision.DAY:
        return format_date(day, lang, weekday=False)
    if achievement.precision is DatePrecision.MONTH:
        return format_month(day, lang)
    return f"{day.year}." if lang == "ko" else str(day.year)
