from datetime import date, time

import pytest

from gsmeet.domain.dates import (
    NoSuchDay,
    NoSuchMonth,
    format_date,
    format_time_range,
    parse_date,
    parse_due_date,
    parse_time,
)
from gsmeet.domain.errors import InvalidInputError


def test_korean_official_date() -> None:
    assert format_date(date(2019, 8, 22)) == "2019. 8. 22.(목)"
    assert format_date(date(2019, 11, 28), weekday=False) == "2019. 11. 28."


def test_english_date() -> None:
    assert format_date(date(2019, 8, 22), "en") == "Thursday 22 August 2019"


def test_time_range_uses_the_official_tilde() -> None:
    assert format_time_range(time(14, 0), time(16, 5)) == "14:00∼16:05"
    assert format_time_range(time(9, 0), None) == "09:00"


@pytest.mark.parametrize(
    "typed",
    [
        "2019. 11. 28.",
        "2019-11-28",
        "19.11.28",
        "2019.11.28",
        "2019/11/28",
        "20191128",
        "2019년 11월 28일",
        "2019. 11. 28.(목)",
    ],
)
def test_dates_typed_in_korean_habits(typed: str) -> None:
    assert parse_date(typed) == date(2019, 11, 28)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2019-02-30", "month 2 has only 28 days, not 30"),
        ("19.02.29", "month 2 has only 28 days, not 29"),
        ("2020-02-30", "month 2 has only 29 days, not 30"),
        ("2019. 13. 1.", "there is no month 13"),
        ("2019-04-31", "month 4 has only 30 days, not 31"),
        ("0000-01-01", "type it as"),
    ],
)
def test_impossible_dates_are_refused_with_the_reason(typed: str, reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        parse_date(typed)


def test_a_due_date_without_its_year_is_the_next_such_day() -> None:
    today = date(2019, 8, 22)
    assert parse_due_date("9/30", today) == date(2019, 9, 30)
    assert parse_due_date("8월 21일까지", today) == date(2020, 8, 21)
    assert parse_due_date("2/29", today) == date(2020, 2, 29)
    assert parse_due_date("2019. 9. 30.", today) == date(2019, 9, 30)
    with pytest.raises(NoSuchDay, match="month 2 has only 29 days, not 30"):
        parse_due_date("2/30", today)
    with pytest.raises(NoSuchMonth):
        parse_due_date("13/1", today)


def test_garbage_is_not_a_date() -> None:
    with pytest.raises(InvalidInputError, match="is not a date"):
        parse_date("next thursday")


def test_times() -> None:
    assert parse_time("14:00") == time(14, 0)
    assert parse_time("9시 30분") == time(9, 30)
    with pytest.raises(InvalidInputError):
        parse_time("25:00")
