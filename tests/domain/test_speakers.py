"""The speakers' queue and the speaker search of the live screen."""

from __future__ import annotations

from gsmeet.domain.enums import Role
from gsmeet.domain.records import PersonAtDate
from gsmeet.domain.speakers import SpeakerQueue, find_speakers


def person(pid: int, name: str, position: str = "", organisation: str = "") -> PersonAtDate:
    return PersonAtDate(pid, name, Role.MEMBER, organisation, position, "", False)


PEOPLE = [
    person(1, "박영호", "일자리경제국장", "김해시청"),
    person(2, "최영조", "시장", "경산시"),
    person(3, "김도윤", "책임연구원", "한국전자통신연구원"),
    person(4, "김태형", "교수", "영남대학교"),
]


def test_queue_add_move_remove_next() -> None:
    queue = SpeakerQueue().add(3).add(4).add(2)
    assert list(queue) == [3, 4, 2]
    assert queue.add(4) == queue  # one turn each
    assert list(queue.move(2, 0)) == [2, 3, 4]
    assert list(queue.move(3, 99)) == [4, 2, 3]
    assert list(queue.move(7, 1)) == [3, 7, 4, 2]
    assert list(queue.remove(4)) == [3, 2]
    speaker, rest = queue.next()
    assert (speaker, list(rest)) == (3, [4, 2])
    assert 4 in rest and 3 not in rest and len(rest) == 2
    assert SpeakerQueue().next() == (None, SpeakerQueue())


def test_queue_is_a_value_for_the_undo_stack() -> None:
    before = SpeakerQueue((1, 2))
    after = before.add(3)
    assert before == SpeakerQueue((1, 2)) and after != before


def test_initial_consonants_find_the_mayor() -> None:
    assert [p.name for p in find_speakers(PEOPLE, "ㅊㅇㅈ")] == ["최영조"]


def test_names_come_before_other_fields() -> None:
    # 김 begins two names and the 소속 of 박영호 (김해시청).
    assert [p.id for p in find_speakers(PEOPLE, "김")] == [3, 4, 1]


def test_position_and_organisation_are_searched() -> None:
    assert [p.name for p in find_speakers(PEOPLE, "교수")] == ["김태형"]
    assert [p.name for p in find_speakers(PEOPLE, "ㅇㄴㄷ")] == ["김태형"]


def test_a_matcher_can_be_given() -> None:
    def by_id(query: str, *fields: str) -> bool:
        return fields[0].endswith(query)

    assert [p.id for p in find_speakers(PEOPLE, "윤", matcher=by_id)] == [3]
