from enum import StrEnum

import pytest

from gsmeet.domain import enums
from gsmeet.domain.labels import has_label, label, parse_label

VOCABULARIES = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]
# Kinds of session carry their names in each committee's list (domain/kinds.py).
UNLABELLED = (enums.QuorumKind, enums.DatePrecision, enums.MeetingKind)
LABELLED = [e for e in VOCABULARIES if e not in UNLABELLED]


@pytest.mark.parametrize("vocabulary", LABELLED, ids=lambda e: e.__name__)
def test_every_value_people_see_has_both_labels(vocabulary: type[StrEnum]) -> None:
    for value in vocabulary:
        assert has_label(value), value
        assert label(value, "ko") and label(value, "en")


def test_task_status_vocabulary_reads_as_the_committee_writes_it() -> None:
    assert [label(s) for s in enums.TaskStatus] == [
        "계획",
        "추진중",
        "지연",
        "완료",
        "완료·계속",
        "보류",
    ]


def test_labels_parse_back_in_either_language() -> None:
    assert parse_label(enums.Role, "분과위원장") is enums.Role.SUBCOMMITTEE_CHAIR
    assert parse_label(enums.Role, "member") is enums.Role.MEMBER
    assert parse_label(enums.Role, "시장") is None
