"""Dates and times the way Korean official documents write them, and parsing of
dates as people type them (``2019. 11. 28.``, ``2019-11-28``, ``19.11.28``)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time

from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.labels import Lang


class NotADate(InvalidInputError):
    text = "'{text}' is not a date: type it as 2019. 11. 28. or 2019-11-28"


class NoSuchMonth(InvalidInputError):
    text = "'{text}' is not a date: there is no month {month}"


class NoSuchDay(InvalidInputError):
    """The standard for every message: say what is wrong in the user's own terms."""

    text = "'{text}' is not a date: month {month} has only {days} days, not {day}"


class NotATime(InvalidInputError):
    text = "'{text}' is not a time: type it as 14:00"


class NoSuchTime(InvalidInputError):
    text = "'{text}' is not a time: hours go up to 23 and minutes up to 59"


_KO_WEEKDAYS = "월화수목금토일"
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RANGE_SEP = "∼"  # U+223C, the tilde operator official documents use for ranges


def format_date(day: date, lang: Lang = "ko", *, weekday: bool = True, short: bool = False) -> str:
    """``2019. 8. 22.(목)`` in Korean; ``Thursday 22 August 2019`` in English (``short``,
    for a table's narrow column: ``Thu 22 Aug 2019``; Korean is short already)."""
    if lang == "ko":
        text = f"{day.year}. {day.month}. {day.day}."
        return f"{text}({_KO_WEEKDAYS[day.weekday()]})" if weekday else text
    month = _EN_MONTHS[day.month - 1]
    text = f"{day.day} {month[:3] if short else month} {day.year}"
    if not weekday:
        return text
    name = _EN_WEEKDAYS[day.weekday()]
    return f"{name[:3] if short else name} {text}"


def typed_date(day: date, lang: Lang) -> str:
    """``day`` as a field to edit holds it in ``lang``: ``2019. 11. 28.`` (as Korean
    offices type it) or ``2019-11-28``; :func:`parse_date` reads both."""
    return format_date(day, "ko", weekday=False) if lang == "ko" else day.isoformat()


def format_month(day: date, lang: Lang = "ko") -> str:
    """``2019. 5.`` / ``May 2019``: an achievement known to the month."""
    if lang == "ko":
        return f"{day.year}. {day.month}."
    return f"{_EN_MONTHS[day.month - 1]} {day.year}"


def format_time(moment: time | datetime | None) -> str:
    return "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


def format_time_range(start: time | datetime | None, end: time | datetime | None) -> str:
    """``14:00∼16:00``; just the start when the end is not known."""
    if start is None:
        return ""
    if end is None:
        return format_time(start)
    return f"{format_time(start)}{RANGE_SEP}{format_time(end)}"


_SEPARATED = re.compile(r"^\s*(\d{2}|\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\s*\.?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_KOREAN = re.compile(r"^\s*(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*$")
# A weekday in parentheses may follow a date copied from a document: 2019. 8. 22.(목)
_WEEKDAY_SUFFIX = re.compile(r"\s*\([^)]*\)\s*$")


def parse_date(text: str) -> date:
    """A date as people type it; raises :class:`InvalidInputError` saying why not."""
    raw = _WEEKDAY_SUFFIX.sub("", text)
    match = _SEPARATED.match(raw) or _COMPACT.match(raw) or _KOREAN.match(raw)
    if match is None:
        raise NotADate(text=text.strip())
    year, month, day = (int(part) for part in match.groups())
    if len(match.group(1)) == 2:  # 19.11.28: this century
        year += 2000
    return real_date(text.strip(), year, month, day)


def real_date(text: str, year: int, month: int, day: int) -> date:
    """The date ``year-month-day``, or the reason it does not exist, naming ``text``
    (what the user typed): 2019-02-30 is refused because February 2019 has 28 days."""
    if not 1 <= month <= 12:
        raise NoSuchMonth(text=text, month=month)
    if not date.min.year <= year <= date.max.year:
        raise NotADate(text=text)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise NoSuchDay(text=text, month=month, days=days, day=day)
    return date(year, month, day)


_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*(?:[./]|월)\s*(\d{1,2})\s*(?:일|\.)?\s*$")
_BY = re.compile(r"\s*까지\s*$")  # "by": 9월 30일까지


def parse_due_date(text: str, today: date) -> date:
    """A due date as people type it: any :func:`parse_date` form, or a month and day
    alone (``9/30``, ``9월 30일``, with ``까지`` allowed) meaning their next occurrence
    on or after ``today``. Raises the same messages as :func:`parse_date`."""
    raw = _BY.sub("", text)
    found = _MONTH_DAY.match(raw)
    if found is None:
        return parse_date(raw)
    month, day = int(found.group(1)), int(found.group(2))
    # A 29 February comes within five years; any other day within two.
    for year in range(today.year, today.year + 5):
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if candidate >= today:
                return candidate
    if not 1 <= month <= 12:
        raise NoSuchMonth(text=text.strip(), month=month)
    raise NoSuchDay(text=text.strip(), month=month, days=29 if month == 2 else 31, day=day)


def parse_time(text: str) -> time:
    match = re.fullmatch(r"\s*(\d{1,2})\s*[:시]\s*(\d{2})\s*분?\s*", text)
    if match is None:
        raise NotATime(text=text.strip())
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise NoSuchTime(text=text.strip())
    return time(hour, minute)
