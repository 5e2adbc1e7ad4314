"""The Session menu's edits of sessions: new, edit, postpone, cancel, delete. Each opens
its dialog (or asks), runs the edit through the window's undo history, and closes the
dialog once it succeeded; a refusal is shown in the dialog, nothing typed lost."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from gsmeet.domain.edits import KEEP
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import GsmeetError
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.text import meeting_name
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.sessions import ops
from gsmeet.ui.sessions.session_form import PostponeDialog, SessionDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from gsmeet.domain.records import MeetingRecord
    from gsmeet.domain.setup import SessionForm
    from gsmeet.ui.kit.context import Context


def _guests(dialog: SessionDialog) -> tuple[Any, ...] | None:
    try:
        return dialog.guest_specs()
    except GsmeetError as error:
        dialog.show_error(describe(error))
        return None


def open_new(context: Context, parent: QWidget, opened: Callable[[QDialog], None]) -> None:
    """Session ▸ New session: any kind, any date, with or without a template."""
    committee = context.committee
    if committee is None:
        context.message.emit(QCoreApplication.translate("sessions", "Open a committee first."))
        return

    def show(form: SessionForm) -> None:
        dialog = SessionDialog(context, form, None, parent)

        def submitted(fields: dict[str, Any]) -> None:
            from gsmeet.domain.setup import SessionSpec, Template

            guests = _guests(dialog)
            if guests is None:
                return
            spec = SessionSpec(
                committee_id=committee.id,
                held_on=fields["held_on"],
                start_time=fields["start_time"],
                end_time=fields["end_time"],
                place=fields["place"],
                kind_id=fields["kind_id"],
                subcommittee_id=fields["subcommittee_id"],
                title=fields["title"],
                chair_id=fields["chair_id"],
                secretary_id=fields["secretary_id"],
                number=fields["number"],
                template=Template(fields["template"]),
                copy_from=fields["copy_from"] if fields["template"] == "copy" else None,
                disclosure=fields["disclosure"],
                guests=guests,
                headcount=fields["headcount"],
                lang=context.lang,
            )
            name = dialog.kind.currentText()
            context.history.perform(
                ops.new_session(spec, name),
                on_done=lambda _created: dialog.accept(),
                on_error=dialog.show_error,
            )

        dialog.submitted.connect(submitted)
        opened(dialog)

    context.run(ops.load_form(committee.id), show)


def open_edit(
    context: Context, record: MeetingRecord, parent: QWidget, opened: Callable[[QDialog], None]
) -> None:
    """Session ▸ Edit session: every field, until its minutes are issued."""
    committee = context.committee
    if committee is None:
        return

    def show(form: SessionForm) -> None:
        dialog = SessionDialog(context, form, record, parent)

        def submitted(fields: dict[str, Any]) -> None:
            guests = _guests(dialog)
            if guests is None:
                return
            edit = _edit_of(record, fields, guests)
            name = meeting_name(record.meeting, context.lang)
            context.history.perform(
                ops.edit_session(record.meeting, edit, name),
                on_done=lambda _update: dialog.accept(),
                on_error=dialog.show_error,
            )

        dialog.submitted.connect(submitted)
        opened(dialog)

    context.run(ops.load_form(committee.id), show)


def _edit_of(record: MeetingRecord, fields: dict[str, Any], guests: tuple[Any, ...]) -> Any:
    """The fields that changed, the rest kept (a session not renumbered by accident)."""
    from gsmeet.domain.setup import SessionEdit

    m = record.meeting
    current: dict[str, Any] = {
        "title": m.title,
        "kind_id": m.kind.id,
        "subcommittee_id": m.subcommittee_id,
        "held_on": m.held_on,
        "start_time": m.start_time,
        "end_time": m.end_time,
        "place": m.place,
        "chair_id": record.chair.id if record.chair else None,
        "secretary_id": record.secretary.id if record.secretary else None,
        "disclosure": record.disclosure,
        "headcount": record.headcount,
        "number": m.number,
    }
    changed = {
        name: fields[name] if fields[name] != value else KEEP for name, value in current.items()
    }
    if changed["number"] is not KEEP and fields["number"] is None and m.number is not None:
        changed["number"] = KEEP  # an unnumbered kind: the service drops the number
    old_guests = [(g.name, g.organisation, g.position) for g in record.guests]
    new_guests = [(g.name, g.organisation, g.position) for g in guests]
    changed["guests"] = guests if new_guests != old_guests else KEEP
    return SessionEdit(**changed)


def open_postpone(
    context: Context, record: MeetingRecord, parent: QWidget, opened: Callable[[QDialog], None]
) -> None:
    dialog = PostponeDialog(context, record, parent)

    def submitted(fields: dict[str, Any]) -> None:
        name = meeting_name(record.meeting, context.lang)
        context.history.perform(
            ops.postpone_session(record.meeting, fields["held_on"], fields["start"], name),
            on_done=lambda _update: dialog.accept(),
            on_error=dialog.show_error,
        )

    dialog.submitted.connect(submitted)
    opened(dialog)


def cancel(context: Context, record: MeetingRecord, parent: QWidget) -> None:
    """취소, with a reason; the session stays in the list, marked."""
    name = meeting_name(record.meeting, context.lang)
    reason = prompts.ask_text(
        parent,
        QCoreApplication.translate("sessions", "Cancel {name}").format(name=name),
        QCoreApplication.translate("sessions", "Why is it cancelled? (shown in the session list)"),
    )
    if reason is not None:
        context.history.perform(ops.cancel_session(record.meeting, reason, name))


def delete(context: Context, record: MeetingRecord, parent: QWidget) -> None:
    name = meeting_name(record.meeting, context.lang)
    if prompts.confirm(
        parent,
        QCoreApplication.translate("sessions", "Delete {name}").format(name=name),
        QCoreApplication.translate(
            "sessions",
            "Delete this session with its agenda and invitations? Undo brings it back.",
        ),
    ):
        context.history.perform(ops.delete_session(record.meeting, name))


def editable(record: MeetingRecord | None) -> bool:
    return record is not None and record.meeting.status not in (
        MeetingStatus.MINUTES_ISSUED,
        MeetingStatus.CANCELLED,
    )


def planned(record: MeetingRecord | None) -> bool:
    return record is not None and record.meeting.status is MeetingStatus.PLANNED
