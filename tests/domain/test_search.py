"""초성 search and plain search, as the register's filter box uses them."""

from __future__ import annotations

import unicodedata

import pytest

from gsmeet.domain.search import initials, matches


def test_initials_of_hangul_and_other_text() -> None:
    assert initials("최영조") == "ㅊㅇㅈ"
    assert initials("영남대학교") == "ㅇㄴㄷㅎㄱ"
    assert initials("(주)경산테크 CEO") == "(ㅈ)ㄱㅅㅌㅋ CEO"
    assert initials("까치") == "ㄲㅊ"
    assert initials("") == ""


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("ㅊㅇㅈ", ("최영조",)),
        ("ㅇㄴ", ("영남대학교",)),
        ("최ㅇ", ("최영조",)),
        ("ㅊ영ㅈ", ("최영조",)),
        ("최여", ("최영조",)),  # the IME is still composing 영
        ("영남", ("김태형", "영남대학교")),
        ("ceo", ("(주)경산테크 CEO",)),
        ("ㄱㅅ", ("", "(주)경산테크")),
        ("", ("anything",)),
        ("  ", ()),
    ],
)
def test_matches(query: str, fields: tuple[str, ...]) -> None:
    assert matches(query, *fields)


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("ㅊㅇㅈ", ("이재훈",)),
        ("ㅊㅈ", ("최영조",)),  # initials are contiguous
        ("최영조", ("최영",)),
        ("김ㅇ", ("최영조",)),
        ("ㄳ", ("각수",)),  # a cluster consonant is no initial
        ("x", ()),
        ("여남", ("영남",)),  # only the last syllable may be half-typed
    ],
)
def test_does_not_match(query: str, fields: tuple[str, ...]) -> None:
    assert not matches(query, *fields)


def test_decomposed_text_from_macos_matches() -> None:
    decomposed = unicodedata.normalize("NFD", "최영조")
    assert matches("ㅊㅇㅈ", decomposed)
    assert matches(unicodedata.normalize("NFD", "영조"), "최영조")
    assert initials(decomposed) == "ㅊㅇㅈ"
