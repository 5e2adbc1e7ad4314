"""Every live edit is an undoable operation that says what it changes (the services it
calls declare it), and says what its undo took back in words a secretary reads."""

from __future__ import annotations

from datetime import date, datetime

from gsmeet.domain.changes import Changes
from gsmeet.domain.entry import EntryKind, EntryResult
from gsmeet.domain.enums import AttendanceStatus, ReviewOutcome, Role, TaskStatus, VoteMode
from gsmeet.domain.records import PersonAtDate, RemarkRecord
from gsmeet.ui.kit.undo import Operation
from gsmeet.ui.live import ops, record_ops

NOW = datetime(2019, 11, 28, 18, 53)
SPEAKER = PersonAtDate(7, "김태형", Role.MEMBER, "경산시", "", None, False)


def operations() -> list[Operation]:
    remark = RemarkRecord(1, 2, SPEAKER, "발언", NOW)
    return [
        record_ops.entry(1, 2, "발언", 7, lambda: NOW, lang="ko"),
        record_ops.decision(2, "가결", VoteMode.NO_OBJECTION, (None, None, None), lang="ko"),
        record_ops.action(2, "자료 배포", "", None, "", lang="ko"),
        record_ops.delete(EntryResult(EntryKind.REMARK, remark=remark)),
        record_ops.remark_update(1, text="고친 발언"),
        ops.check_in(
            1, 7, AttendanceStatus.PRESENT, now=lambda: NOW, reason="", proxy="", name="김태형"
        ),
        ops.task_status(1, 3, TaskStatus.DONE, "", lambda: NOW),
        ops.achievement(1, 1, "성과", occurred_on=date(2019, 11, 1), figure="", task_id=None),
        ops.review(1, 5, ReviewOutcome.DONE, "", None),
        ops.end(1, lambda: NOW, ops.Known()),
        ops.start(1, NOW, ops.Known()),
        ops.move(1, 2, NOW, ops.Known()),
        ops.mark_absent(1, [7], lambda: NOW),
    ]


def test_every_live_edit_declares_what_it_changes() -> None:
    for operation in operations():
        changes = operation.changes() if callable(operation.changes) else operation.changes
        assert isinstance(changes, Changes) and changes.record, operation.text


def test_undoing_an_entry_says_what_it_removed() -> None:
    remark = RemarkRecord(1, 2, SPEAKER, "성원이 되었으므로 개회를 선언합니다", NOW)
    text = record_ops.removed(EntryResult(EntryKind.REMARK, remark=remark), "ko")
    assert text == "Remark deleted: 위원 김태형 18:53 성원이 되었으므로 개회를 선언합니다"
    long = RemarkRecord(1, 2, None, "가" * 100, NOW)
    assert record_ops.removed(EntryResult(EntryKind.REMARK, remark=long), "ko").endswith("…")
