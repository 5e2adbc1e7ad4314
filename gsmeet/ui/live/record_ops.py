"""The live screen's edits of the record itself: entries typed (remarks, decisions,
action items), their deletion and corrections — each an undoable operation whose undo
says what it took back. Services are imported inside the jobs (see :mod:`.ops`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gsmeet.domain.edits import KEEP, Deleted, Keep
from gsmeet.domain.entry import EntryKind, EntryResult
from gsmeet.domain.enums import VoteMode
from gsmeet.domain.live import RemarkEdit
from gsmeet.domain.records import RemarkRecord
from gsmeet.ui.kit.text import clock, person_with_role
from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.services.live.outbox import OutboxBook
    from gsmeet.services.store import Database

Clock = Callable[[], datetime]
GIST = 40  # characters of a remark the status line quotes


def _gist(text: str, length: int = GIST) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


def removed(result: EntryResult, lang: Lang) -> str:
    """What undoing a saved entry took away, for the status line (``Remark deleted:
    김태형 18:53 성원이 되었으므로 …``)."""
    if result.remark is not None:
        remark = result.remark
        who = person_with_role(remark.speaker, lang) if remark.speaker is not None else ""
        what = " ".join(p for p in (who, clock(remark.spoken_at), _gist(remark.text)) if p)
        return QCoreApplication.translate("live", "Remark deleted: {what}").format(what=what)
    if result.decision is not None:
        return QCoreApplication.translate("live", "Decision deleted: {what}").format(
            what=_gist(result.decision.text)
        )
    assert result.action is not None
    return QCoreApplication.translate("live", "Action item deleted: {what}").format(
        what=_gist(result.action.title)
    )


def put_back(result: EntryResult) -> str:
    """What undoing a deletion put back."""
    record = result.remark or result.decision
    text = record.text if record is not None else result.action.title if result.action else ""
    return QCoreApplication.translate("live", "Restored: {what}").format(what=_gist(text))


def _delete_entry(store: Database, saved: EntryResult) -> EntryResult:
    from gsmeet.services.live.actions import delete_action
    from gsmeet.services.live.entries import delete_decision, delete_remark

    if saved.remark is not None:
        remark = delete_remark(store, saved.remark.id)
        return EntryResult(saved.kind, remark=remark.record, undo=remark.undo)
    if saved.decision is not None:
        decision = delete_decision(store, saved.decision.id)
        return EntryResult(saved.kind, decision=decision.record, undo=decision.undo)
    assert saved.action is not None
    action = delete_action(store, saved.action.id)
    return EntryResult(saved.kind, action=action.record, undo=action.undo)


def _restore_entry(store: Database, gone: EntryResult) -> EntryResult:
    """The very rows :func:`_delete_entry` took away (same ids, uids, places)."""
    from gsmeet.services.live.actions import restore_action
    from gsmeet.services.live.entries import restore_decision, restore_remark

    assert gone.undo is not None
    if gone.remark is not None:
        remark = restore_remark(store, Deleted(gone.remark, gone.undo))
        return EntryResult(gone.kind, remark=remark)
    if gone.decision is not None:
        decision = restore_decision(store, Deleted(gone.decision, gone.undo))
        return EntryResult(gone.kind, decision=decision)
    assert gone.action is not None
    return EntryResult(gone.kind, action=restore_action(store, Deleted(gone.action, gone.undo)))


_ENTRIES = touched("gsmeet.services.live.entries", "add_entry", "delete_remark")


def entry(
    meeting_id: int,
    item_id: int,
    text: str,
    speaker_id: int | None,
    now: Clock,
    *,
    lang: Lang,
    outbox: OutboxBook | None = None,
    uid: str | None = None,
) -> Operation:
    """A typed entry (remark, ``결정:`` decision or ``조치:`` action item). With an
    ``outbox`` (a server database): kept on this computer first, and its ``uid`` sent
    with it (:mod:`gsmeet.services.live.outbox`)."""

    def do(store: Database) -> EntryResult:
        if outbox is not None and uid is not None:
            from gsmeet.services.live.outbox import send_entry

            return send_entry(
                store, outbox, meeting_id, item_id, text, speaker_id=speaker_id, now=now(), uid=uid
            )
        from gsmeet.services.live.entries import add_entry

        return add_entry(store, meeting_id, item_id, text, speaker_id=speaker_id, now=now())

    return Operation(
        QCoreApplication.translate("live", "Save an entry"),
        do,
        _delete_entry,
        _restore_entry,
        _ENTRIES,
        lambda gone: removed(gone, lang),
    )


def decision(
    item_id: int,
    text: str,
    mode: VoteMode,
    votes: tuple[int | None, int | None, int | None],
    *,
    lang: Lang,
) -> Operation:
    def do(store: Database) -> EntryResult:
        from gsmeet.services.live.entries import add_decision

        votes_for, against, abstentions = votes
        record = add_decision(
            store,
            item_id,
            text,
            vote_mode=mode,
            votes_for=votes_for,
            votes_against=against,
            abstentions=abstentions,
        )
        return EntryResult(EntryKind.DECISION, decision=record)

    return Operation(
        QCoreApplication.translate("live", "Record a decision"),
        do,
        _delete_entry,
        _restore_entry,
        touched("gsmeet.services.live.entries", "add_decision"),
        lambda gone: removed(gone, lang),
    )


def action(
    item_id: int, title: str, owner: str, due_on: date | None, detail: str, *, lang: Lang
) -> Operation:
    def do(store: Database) -> EntryResult:
        from gsmeet.services.live.actions import add_action

        record = add_action(store, item_id, title, owner=owner, due_on=due_on, detail=detail)
        return EntryResult(EntryKind.ACTION, action=record)

    return Operation(
        QCoreApplication.translate("live", "Record an action item"),
        do,
        _delete_entry,
        _restore_entry,
        touched("gsmeet.services.live.actions", "add_action"),
        lambda gone: removed(gone, lang),
    )


def delete(saved: EntryResult) -> Operation:
    """Deleting a remark, decision or action item: the inverse of adding one."""
    return Operation(
        QCoreApplication.translate("live", "Delete"),
        lambda store: _delete_entry(store, saved),
        _restore_entry,
        _delete_entry,
        _ENTRIES,
        put_back,
    )


def remark_update(
    remark_id: int,
    *,
    text: str | Keep = KEEP,
    speaker_id: int | Keep | None = KEEP,
    item_id: int | Keep = KEEP,
) -> Operation:
    """Edit a remark's text, change its speaker or move it to another item."""

    def do(store: Database) -> RemarkEdit:
        from gsmeet.services.live.entries import update_remark

        return update_remark(
            store, remark_id, text=text, speaker_id=speaker_id, agenda_item_id=item_id
        )

    def back(store: Database, edit: RemarkEdit) -> RemarkEdit:
        from gsmeet.services.live.entries import update_remark

        was: RemarkRecord = edit.previous
        return update_remark(
            store,
            was.id,
            text=was.text,
            speaker_id=was.speaker.id if was.speaker is not None else None,
            agenda_item_id=was.agenda_item_id,
        )

    return Operation(
        QCoreApplication.translate("live", "Edit a remark"),
        do,
        back,
        back,
        touched("gsmeet.services.live.entries", "update_remark"),
    )
