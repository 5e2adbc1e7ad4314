"""Typed live entries: prefixes, owners, due dates, and no exception whatever is typed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gsmeet.domain.dates import NoSuchDay, NoSuchMonth, NotADate
from gsmeet.domain.entry import (
    ActionHasNoTitle,
    DecisionHasNoText,
    DueNeedsYear,
    Entry,
    EntryKind,
    NothingToSave,
    OneDueDateOnly,
    OneOwnerOnly,
    UnclosedQuote,
    parse_entry,
)
from gsmeet.domain.errors import InvalidInputError
from gsmeet.translations import say

MEETING_DAY = date(2019, 11, 28)


def parse(text: str) -> Entry:
    return parse_entry(text, today=MEETING_DAY)


def test_plain_text_is_a_remark_as_typed() -> None:
    entry = parse("  예산 편성 시기를 앞당겨 주시기 바랍니다.\n둘째 줄  ")
    assert entry == Entry(EntryKind.REMARK, "예산 편성 시기를 앞당겨 주시기 바랍니다.\n둘째 줄")
    assert entry.ok


@pytest.mark.parametrize(
    "text",
    ["결정: 원안대로 의결", "결정 : 원안대로 의결", "결정：원안대로 의결", "  결정:원안대로 의결 "],
)
def test_korean_decision_prefix(text: str) -> None:
    assert parse(text) == Entry(EntryKind.DECISION, "원안대로 의결")


@pytest.mark.parametrize("text", ["decision: adopted", "Decision : adopted", "DECISION：adopted"])
def test_english_decision_prefix_in_any_case(text: str) -> None:
    assert parse(text) == Entry(EntryKind.DECISION, "adopted")


def test_the_example_of_the_issue() -> None:
    entry = parse("조치: 예산안 재검토 @김도윤 ~2019-09-30")
    assert entry == Entry(EntryKind.ACTION, "예산안 재검토", "김도윤", date(2019, 9, 30))


def test_english_action_with_tokens_anywhere() -> None:
    entry = parse("Action: @미래전략과 send the revised plan ~2019-12-15 to all members")
    assert entry.kind is EntryKind.ACTION
    assert entry.text == "send the revised plan to all members"
    assert (entry.owner_query, entry.due_on) == ("미래전략과", date(2019, 12, 15))


@pytest.mark.parametrize(
    ("token", "due"),
    [
        ("~2019-09-30", date(2019, 9, 30)),
        ("~2019.9.30", date(2019, 9, 30)),
        ("~2019. 9. 30.", date(2019, 9, 30)),
        ("~2019/09/30", date(2019, 9, 30)),
        ("~19.9.30", date(2019, 9, 30)),
        ("~20190930", date(2019, 9, 30)),
        ("~2019년 9월 30일", date(2019, 9, 30)),
        ("～2019-09-30", date(2019, 9, 30)),  # the full-width tilde of a Korean IME
        ("~2019-09-30까지", date(2019, 9, 30)),
        ("~12/31", date(2019, 12, 31)),  # no year: the next 31 December
        ("~1.15", date(2020, 1, 15)),
        ("~12월 3일", date(2019, 12, 3)),
        ("~11/28", MEETING_DAY),
        ("~2/29", date(2020, 2, 29)),
    ],
)
def test_due_dates_as_people_type_them(token: str, due: date) -> None:
    entry = parse(f"조치: 운영계획 제출 {token} @정수민")
    assert entry.ok, entry.error
    assert (entry.text, entry.due_on, entry.owner_query) == ("운영계획 제출", due, "정수민")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("조치: 검토 ~2019-02-30", NoSuchDay(text="~2019-02-30", month=2, days=28, day=30)),
        ("조치: 검토 ~2019-13-01", NoSuchMonth(text="~2019-13-01", month=13)),
        ("조치: 검토 ~2019-9-3x", NotADate(text="~2019-9-3x")),
        ("조치: 검토 ~9/31", NoSuchDay(text="~9/31", month=9, days=31, day=31)),
        ("조치: 검토 ~1 ~2", OneDueDateOnly(tokens="~1 ~2")),
        ("조치: 검토 @김 @이", OneOwnerOnly(tokens="@김 @이")),
        ('조치: 검토 @"김 도윤', UnclosedQuote(token='@"김')),
        ("조치: @김도윤 ~2019-09-30", ActionHasNoTitle(prefix="조치")),
        ("결정:   ", DecisionHasNoText(prefix="결정")),
        ("   ", NothingToSave()),
    ],
)
def test_problems_are_messages_naming_the_token(text: str, error: InvalidInputError) -> None:
    entry = parse(text)
    assert entry.error is not None and type(entry.error) is type(error)
    assert entry.error.fields == error.fields
    assert not entry.ok
    assert "\n" not in str(entry.error)


def test_a_bad_due_date_says_why_in_korean() -> None:
    entry = parse("조치: 검토 ~2019-02-30")
    assert entry.error is not None
    assert say(entry.error, "ko") == (
        "'~2019-02-30'은 날짜가 아닙니다. 2월은 28일까지입니다 (30일은 없음)"
    )


def test_a_date_without_year_needs_the_meeting_day() -> None:
    error = parse_entry("조치: 검토 ~9/30").error
    assert isinstance(error, DueNeedsYear) and error.fields == {"token": "~9/30"}


def test_quoted_owner_with_spaces() -> None:
    for quoted in ('@"미래전략과 기획팀"', "@“미래전략과 기획팀”"):
        entry = parse(f"조치: 계획 보완 {quoted} ~2019-12-01")
        assert (entry.text, entry.owner_query) == ("계획 보완", "미래전략과 기획팀")


def test_punctuation_after_an_owner_is_not_part_of_the_name() -> None:
    assert parse("조치: 검토, @김도윤, 기한 내").owner_query == "김도윤"


def test_what_only_looks_like_a_token_stays_text() -> None:
    entry = parse("조치: kim@example.org 로 10~20% 감액안 송부 ~까지")
    assert entry.ok
    assert entry.text == "kim@example.org 로 10~20% 감액안 송부 ~까지"
    assert (entry.owner_query, entry.due_on) == ("", None)


def test_tokens_in_a_remark_or_decision_are_text() -> None:
    assert parse("@김도윤 위원님 ~2019-09-30 까지 부탁드립니다").text.startswith("@김도윤")
    assert parse("결정: @분과 ~2019-09-30").text == "@분과 ~2019-09-30"


def test_a_prefix_must_lead_the_text() -> None:
    assert parse("오늘 결정: 없음").kind is EntryKind.REMARK
    assert parse("actions: none").kind is EntryKind.REMARK


@given(st.text())
def test_parse_never_raises(text: str) -> None:
    entry = parse_entry(text, today=MEETING_DAY)
    assert isinstance(entry, Entry)
    assert "\n" not in str(entry.error or "")


@given(st.text(alphabet='결정조치:：@~～ "“”0123456789./-년월일까지가나ab\n', max_size=40))
def test_parse_never_raises_on_token_soup(text: str) -> None:
    entry = parse_entry(text, today=MEETING_DAY)
    assert entry.ok == (entry.error is None)
    if entry.ok:
        assert entry.text == entry.text.strip()
        assert entry.text


@given(st.text().filter(lambda t: t.strip() and ":" not in t and "：" not in t))
def test_text_without_a_colon_is_a_remark(text: str) -> None:
    entry = parse_entry(text)
    assert entry == Entry(EntryKind.REMARK, text.strip())
