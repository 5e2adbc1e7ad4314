"""The tracker's rules: open, overdue on a day, the owner filter, and an order that puts
missing values last either way."""

from __future__ import annotations

from datetime import date

from gsmeet.domain.enums import ActionStatus
from gsmeet.domain.kinds import DEFAULT_KINDS
from gsmeet.domain.records import ActionRecord
from gsmeet.domain.sessions import SessionRef
from gsmeet.domain.tracker import SortBy, TrackedAction, TrackerFilter, filtered, in_order

KIND = DEFAULT_KINDS[0]


def row(
    number: int, owner: str = "", due: date | None = None, status: ActionStatus = ActionStatus.OPEN
) -> TrackedAction:
    from gsmeet.domain.kinds import KindInfo

    kind = KindInfo(1, KIND.code, KIND.name_ko, KIND.name_en, KIND.series, True, False, 0, False)
    action = ActionRecord(
        id=number,
        meeting_id=1,
        meeting_number=1,
        agenda_item_id=None,
        title=f"조치 {number}",
        detail="",
        owner=owner,
        owner_person_id=None,
        strategy_id=None,
        due_on=due,
        status=status,
    )
    return TrackedAction(action, "", SessionRef(1, kind, date(2019, 1, 1)), "", "", None)


def test_overdue_is_open_and_due_before_the_day() -> None:
    day = date(2019, 9, 30)
    assert row(1, due=date(2019, 9, 29)).overdue_on(day)
    assert not row(2, due=day).overdue_on(day)  # due that day: not late yet
    assert not row(3, due=date(2019, 9, 1), status=ActionStatus.DONE).overdue_on(day)
    assert not row(4).overdue_on(day)  # no due date


def test_filters_combine() -> None:
    rows = [
        row(1, "최영조", date(2019, 9, 1)),
        row(2, "최영조", date(2019, 9, 1), ActionStatus.DONE),
        row(3, "이재훈", date(2019, 12, 1)),
    ]
    assert [r.action.id for r in filtered(rows, TrackerFilter(owner="ㅊㅇ"))] == [1, 2]
    late = TrackerFilter(owner="최", overdue_on=date(2019, 10, 1))
    assert [r.action.id for r in filtered(rows, late)] == [1]
    assert [r.action.id for r in filtered(rows, TrackerFilter(open_only=True))] == [1, 3]


def test_missing_values_sort_last_both_ways() -> None:
    rows = [row(1, due=None), row(2, due=date(2019, 9, 1)), row(3, due=date(2019, 8, 1))]
    assert [r.action.id for r in in_order(rows, SortBy.DUE)] == [3, 2, 1]
    assert [r.action.id for r in in_order(rows, SortBy.DUE, descending=True)] == [2, 3, 1]
    owners = [row(1, ""), row(2, "이재훈"), row(3, "김도윤")]
    assert [r.action.id for r in in_order(owners, SortBy.OWNER)] == [3, 2, 1]
    statuses = [row(1, status=ActionStatus.DONE), row(2), row(3, status=ActionStatus.IN_PROGRESS)]
    assert [r.action.id for r in in_order(statuses, SortBy.STATUS)] == [2, 3, 1]
