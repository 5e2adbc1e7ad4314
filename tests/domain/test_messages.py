"""Messages: keys, fields rendered per language, Korean particles that follow the word."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from pathlib import Path

import pytest

from gsmeet.domain.dates import NoSuchDay
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import KINDS, InvalidInputError
from gsmeet.domain.messages import Message, field_names, particle, render


class Greeting(Message):
    text = "{name} opened the session on {on}"


@pytest.mark.parametrize(
    ("word", "spec", "expected"),
    [
        ("최영조", "은", "는"),
        ("이재훈", "은", "은"),
        ("이재훈", "가", "이"),
        ("최영조", "이", "가"),
        ("회의록", "를", "을"),
        ("회의", "을", "를"),
        ("서울", "으로", "로"),  # ㄹ takes 로
        ("부산", "로", "으로"),
        ("경산시", "으로", "로"),
        ("위원장", "와", "과"),
        ("간사", "과", "와"),
        ("2019-02-30", "은", "은"),  # 삼십: a consonant
        ("12", "은", "는"),  # 십이
        ("2019-02-31", "은", "은"),  # 삼십일
        ("7", "로", "로"),  # 칠: ㄹ
        ("x@", "은", "은(는)"),
        # an aside in brackets is skipped: the particle follows the word before it
        ("행복건강도시 분과 제1차 분과회의(2020. 4. 10.)", "은", "는"),
        ("제1차 정기회의(2020. 3. 13.)", "이", "가"),
        ("김나눔(영남대학교)", "을", "을"),
        ("(2019)", "은", "는"),  # nothing before it: the bracket's own end decides (구)
        ("", "이", "이(가)"),
    ],
)
def test_korean_particles_follow_the_word(word: str, spec: str, expected: str) -> None:
    assert particle(word, spec) == expected


def test_fields_are_written_the_way_each_language_writes_them() -> None:
    fields = {"on": date(2019, 2, 28), "status": MeetingStatus.PLANNED, "path": Path("/a b/c.db")}
    template = "{on} {on:weekday} {status} {path}"
    assert render(template, fields, "ko") == "2019. 2. 28. 2019. 2. 28.(목) 예정 /a b/c.db"
    assert render(template, fields, "en") == (
        "28 February 2019 Thursday 28 February 2019 Planned /a b/c.db"
    )
    moment = {"at": datetime(2019, 8, 22, 14, 2)}
    assert render("{at}", moment, "ko") == "2019. 8. 22. 14:02"
    assert render("{names}", {"names": ["최영조", "이재훈"]}, "ko") == "최영조, 이재훈"


def test_particles_in_templates_and_quotes() -> None:
    assert render("{name:은} 위원입니다", {"name": "최영조"}, "ko") == "최영조는 위원입니다"
    assert (
        render("{text:'은} 날짜가 아닙니다", {"text": "내일"}, "ko") == "'내일'은 날짜가 아닙니다"
    )
    # English ignores the particle spec but keeps the quotes.
    assert render("{text:'은} is no date", {"text": "tomorrow"}, "en") == "'tomorrow' is no date"


def test_a_missing_field_never_breaks_the_message() -> None:
    assert render("{name} on {on}", {"name": "최영조"}, "ko") == "최영조 on {on}"
    assert field_names("{name:은} {on:weekday} {{literal}}") == {"name", "on"}


def test_a_message_carries_its_key_and_fields() -> None:
    message = Greeting(name="최영조", on=date(2019, 8, 22))
    assert message.key() == "Greeting"
    assert str(message) == "최영조 opened the session on 22 August 2019"
    assert message.render("ko", "{name:이} {on}에 회의를 열었습니다") == (
        "최영조가 2019. 8. 22.에 회의를 열었습니다"
    )
    assert message == Greeting(name="최영조", on=date(2019, 8, 22))
    assert message != Greeting(name="이재훈", on=date(2019, 8, 22))


def test_an_error_is_a_message_and_survives_pickling() -> None:
    error = NoSuchDay(text="2019-02-30", month=2, days=28, day=30)
    assert isinstance(error, InvalidInputError) and isinstance(error, Message)
    assert str(error) == "'2019-02-30' is not a date: month 2 has only 28 days, not 30"
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is NoSuchDay and again.fields == error.fields
    with pytest.raises(InvalidInputError, match="28 days"):
        raise error


def test_no_sentence_can_be_raised_without_its_message_class() -> None:
    with pytest.raises(TypeError, match="named fields only"):
        NoSuchDay("'2019-02-30' is not a date")
    for kind in KINDS:
        with pytest.raises(TypeError, match="is a kind"):
            kind()
        with pytest.raises(TypeError):
            kind("something went wrong")
