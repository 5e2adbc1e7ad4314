"""Dates and times the way Korean official documents write them, and parsing of
dates as people type them (``2019. 11. 28.``, ``2019-11-28``, ``19.11.28``)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.labels import Lang

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


def format_date(day: date, lang: Lang = "ko", *, weekday: bool = True) -> str:
    """``2019. 8. 22.(목)`` in Korean; ``Thursday 22 August 2019`` in English."""
    if lang == "ko":
        text = f"{day.year}. {day.month}. {day.day}."
        return f"{text}({_KO_WEEKDAYS[day.weekday()]})" if weekday else text
    text = f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    return f"{_EN_WEEKDAYS[day.weekday()]} {text}" if weekday else text


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
        raise InvalidInputError(f"'{text.strip()}' is not a date (use YYYY-MM-DD)")
    year, month, day = (int(part) for part in match.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInputError(f"'{text.strip()}' is not a real date") from None


def parse_time(text: str) -> time:
    match = re.fullmatch(r"\s*(\d{1,2})\s*[:시]\s*(\d{2})\s*분?\s*", text)
    if match is None:
        raise InvalidInputError(f"'{text.strip()}' is not a time (use HH:MM)")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InvalidInputError(f"'{text.strip()}' is not a real time")
    return time(hour, minute)
