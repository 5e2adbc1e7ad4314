"""How a session is named: committee, sub-committee, number and kind, or its title."""

from __future__ import annotations

from datetime import date

from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.sessions import SessionRef, session_name

REGULAR = KindInfo(1, "regular", "정기회의", "regular meeting", "main", True, False, 1, False)
SUB = KindInfo(4, "subcommittee", "분과회의", "sub-committee meeting", "sub", True, True, 4, False)
CEREMONY = KindInfo(5, "ceremony", "행사", "ceremony", "", False, False, 5, False)
COMMITTEE = "경산발전전략위원회"


def test_numbered_sessions_name_committee_subcommittee_number_and_kind() -> None:
    regular = SessionRef(2, REGULAR, date(2019, 11, 28), "2019년 하반기 정기회의")
    assert session_name(regular, "ko", committee=COMMITTEE) == "경산발전전략위원회 제2차 정기회의"
    sub = SessionRef(2, SUB, date(2020, 4, 10), subcommittee="착한나눔도시 분과")
    assert (
        session_name(sub, "ko", committee=COMMITTEE)
        == "경산발전전략위원회 착한나눔도시 분과 제2차 분과회의"
    )
    assert session_name(sub, "en") == "착한나눔도시 분과, 2nd sub-committee meeting"


def test_a_ceremony_is_its_title_and_the_committee_is_not_said_twice() -> None:
    launch = SessionRef(None, CEREMONY, date(2020, 2, 1), "경산발전전략위원회 출범식")
    assert session_name(launch, "ko", committee=COMMITTEE) == "경산발전전략위원회 출범식"
    short = SessionRef(None, CEREMONY, date(2020, 2, 1), "출범식")
    assert session_name(short, "ko", committee=COMMITTEE) == "경산발전전략위원회 출범식"
