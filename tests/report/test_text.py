"""The pieces under the documents: escaping and cutting user text, font coverage,
names and masking, agenda numbering and planned times."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from readback import person, small_record

from gsmeet.domain.enums import AgendaKind, Role
from gsmeet.domain.sessions import ordinal
from gsmeet.report.fonts import bundled_fonts, fallback_face
from gsmeet.report.naming import Names, mask_name, with_title
from gsmeet.report.numbering import agenda_numbers, item_mark, planned_starts
from gsmeet.report.text import REPLACEMENT_MARK, TextPrep, split_text, visual_order


@pytest.fixture
def prep() -> TextPrep:
    return TextPrep(bundled_fonts())


def test_markup_is_escaped_and_newlines_kept(prep: TextPrep) -> None:
    assert (
        prep.markup("R&D <b>x</b>\n둘째 줄", "gothic") == "R&amp;D &lt;b&gt;x&lt;/b&gt;<br/>둘째 줄"
    )
    assert prep.markup("a\r\nb\rc\u2028d", "gothic") == "a<br/>b<br/>c<br/>d"


def test_control_and_format_characters_are_dropped(prep: TextPrep) -> None:
    assert prep.clean("A\x00B\x08C\x7fD\x9bE\u200bF\u202eG\ufeffH\ufe0fI") == "ABCDEFGHI"
    assert prep.clean("탭\t구분") == "탭 구분"
    assert prep.replaced == ()


def test_hanja_in_myeongjo_text_comes_from_gothic(prep: TextPrep) -> None:
    assert "漢" not in bundled_fonts().myeongjo.covers
    assert (
        prep.markup("漢字", "myeongjo")
        == '<font name="GsmeetGothic">漢</font><font name="GsmeetGothic">字</font>'
    )
    assert prep.markup("漢字", "gothic") == "漢字"
    assert prep.replaced == ()


def test_a_character_no_font_has_is_replaced_and_reported(prep: TextPrep) -> None:
    assert prep.markup("𠀀", "gothic", "remark 7") == REPLACEMENT_MARK
    ((char, where),) = prep.replaced
    assert char == "𠀀"
    assert "U+20000" in where and "remark 7" in where


def test_an_emoji_comes_from_the_fallback_font(prep: TextPrep) -> None:
    face = fallback_face()
    if face is None:
        pytest.fail("no system fallback font: install fonts-dejavu-core (scripts/bootstrap does)")
    assert face is not None
    assert prep.markup("😀", "gothic") == f'<font name="{face.regular}">😀</font>'
    assert "fallback font" in dict(prep.replaced)["😀"]


def test_right_to_left_runs_are_drawn_reversed() -> None:
    assert visual_order("abc שלום עולם def") == "abc םלוע םולש def"
    assert visual_order("שָׁ") == "שָׁ"  # marks stay after their letter
    assert visual_order("한국어") == "한국어"


def test_split_text_bounds_every_piece() -> None:
    assert split_text("짧은 글", 40, 30) == ["짧은 글"]
    word = "x" * 10_000
    pieces = split_text(word, 40, 30)
    assert "".join(pieces) == word
    assert all(len(p) <= 1200 for p in pieces)
    lines = "\n".join(str(n) for n in range(1000))
    pieces = split_text(lines, 40, 30)
    assert "\n".join(pieces) == lines
    assert all(p.count("\n") < 30 for p in pieces)
    spaced = " ".join(["단어"] * 2000)
    assert all(not p.startswith(" ") for p in split_text(spaced, 40, 30))


def test_masking_keeps_the_surname() -> None:
    assert mask_name("김태형") == "김○○"
    assert mask_name("남궁민수") == "남궁○○"
    assert mask_name("이진") == "이○"
    assert mask_name("John Smith") == "J○○○ S○○○○"
    assert with_title("최영조", "시장") == "최영조 시장"


def test_names_mask_private_members_everywhere_when_public() -> None:
    official = person(1, "최영조", Role.CO_CHAIR, official=True)
    private = person(2, "김태형", Role.MEMBER)
    public = Names([official, private], public=True)
    assert public.name(private) == "김○○" and public.name(official) == "최영조"
    assert public.speaker(private) == "김○○ 교수(영남대학교)"
    assert public.text("김태형 위원과 최영조 시장") == "김○○ 위원과 최영조 시장"
    assert public.proxy("김현수(공단 차장)") == "김○○(공단 차장)"
    everyone = Names([official, private], public=False)
    assert everyone.text("김태형 위원") == "김태형 위원"


def test_agenda_numbers_and_marks() -> None:
    record = small_record()
    numbers = agenda_numbers(record.agenda, "ko")
    assert list(numbers.values()) == ["보고 제1호", "토의 제1호"]
    decision = replace(record.agenda[1], id=12, position=3, kind=AgendaKind.DECISION)
    english = agenda_numbers((*record.agenda, decision), "en")
    assert list(english.values()) == ["Report No. 1", "Discussion No. 1", "Motion No. 1"]
    assert [item_mark(i, "ko") for i in (0, 1, 13, 14)] == ["가.", "나.", "하.", "거."]
    assert item_mark(0, "en") == "a."
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
    ]  # fmt: skip


def test_planned_starts_add_up_the_planned_minutes() -> None:
    record = small_record()
    starts = planned_starts(record)
    day = record.meeting.held_on
    assert starts[10] == datetime.combine(day, time(14, 0))
    assert starts[11] == datetime.combine(day, time(14, 10))  # after 10 planned minutes
