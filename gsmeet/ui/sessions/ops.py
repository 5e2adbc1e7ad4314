"""The session dialogs' database work, as worker jobs and undoable edits: a new
session, an edit of one, a postponement, a cancellation, a deletion. Services are
imported inside the jobs (they pull in SQLAlchemy, which loads after the first paint)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from gsmeet.domain.changes import Changes
from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from gsmeet.domain.messages import Message
    from gsmeet.domain.records import MeetingSummary
    from gsmeet.domain.setup import (
        NumberOffer,
        SessionCreated,
        SessionEdit,
        SessionForm,
        SessionSpec,
        SessionUpdate,
    )
    from gsmeet.services.store import Database


def load_form(committee_id: int) -> Callable[[Database], SessionForm]:
    def job(store: Database) -> SessionForm:
        from gsmeet.services.sessions import session_form

        return session_form(store, committee_id)

    return job


def offer_number(
    committee_id: int,
    *,
    kind_id: int,
    subcommittee_id: int | None,
    held_on: date,
    start: time,
    meeting_id: int | None,
) -> Callable[[Database], NumberOffer]:
    def job(store: Database) -> NumberOffer:
        from gsmeet.services.sessions import offer_number

        return offer_number(
            store,
            committee_id,
            kind_id=kind_id,
            subcommittee_id=subcommittee_id,
            held_on=held_on,
            start=start,
            meeting_id=meeting_id,
        )

    return job


def terms_notice(committee_id: int, on: date) -> Callable[[Database], Message | None]:
    def job(store: Database) -> Message | None:
        from gsmeet.services.register.terms import check_terms

        return check_terms(store, committee_id, on)

    return job


def _about(changes: Callable[[], Changes], shown: list[int]) -> Callable[[], Changes]:
    """The changes, about the session to show (known once the edit ran)."""
    return lambda: changes().about(shown[-1] if shown else None)


def new_session(spec: SessionSpec, name: str) -> Operation:
    """Create the session; undo removes it (with its agenda and invitations), redo
    creates it again."""
    shown: list[int] = []

    def do(store: Database) -> SessionCreated:
        from gsmeet.services.sessions import new_session

        created = new_session(store, spec)
        shown.append(created.meeting.id)
        return created

    def undo(store: Database, created: SessionCreated) -> None:
        from gsmeet.services.session_edits import undo_session_change

        undo_session_change(store, created.undo, created.meeting.id)

    def redo(store: Database, _nothing: None) -> SessionCreated:
        return do(store)

    text = QCoreApplication.translate("sessions", "New session {name}").format(name=name)
    changes = touched("gsmeet.services.sessions", "new_session")
    return Operation(text, do, undo, redo, _about(changes, shown))


def _change(
    text: str, service: str, call: Callable[[Database], SessionUpdate], meeting_id: int
) -> Operation:
    """An edit of one session; undo puts it back as it was, redo repeats the call."""

    def undo(store: Database, update: SessionUpdate) -> list[Message]:
        from gsmeet.services.session_edits import undo_session_change

        return undo_session_change(store, update.undo, meeting_id)

    def redo(store: Database, _notes: list[Message]) -> SessionUpdate:
        return call(store)

    changes = touched("gsmeet.services.session_edits", service)
    return Operation(text, call, undo, redo, lambda: changes().about(meeting_id))


def edit_session(meeting: MeetingSummary, edit: SessionEdit, name: str) -> Operation:
    def call(store: Database) -> SessionUpdate:
        from gsmeet.services.session_edits import edit_session

        return edit_session(store, meeting.id, edit)

    text = QCoreApplication.translate("sessions", "Edit session {name}").format(name=name)
    return _change(text, "edit_session", call, meeting.id)


def postpone_session(
    meeting: MeetingSummary, held_on: date, start: time | None, name: str
) -> Operation:
    def call(store: Database) -> SessionUpdate:
        from gsmeet.services.session_edits import postpone_session

        return postpone_session(store, meeting.id, held_on, start)

    text = QCoreApplication.translate("sessions", "Postpone {name}").format(name=name)
    return _change(text, "postpone_session", call, meeting.id)


def cancel_session(meeting: MeetingSummary, reason: str, name: str) -> Operation:
    def call(store: Database) -> SessionUpdate:
        from gsmeet.services.session_edits import cancel_session

        return cancel_session(store, meeting.id, reason)

    text = QCoreApplication.translate("sessions", "Cancel {name}").format(name=name)
    return _change(text, "cancel_session", call, meeting.id)


def delete_session(meeting: MeetingSummary, name: str) -> Operation:
    def call(store: Database) -> SessionUpdate:
        from gsmeet.services.session_edits import delete_session

        return delete_session(store, meeting.id)

    text = QCoreApplication.translate("sessions", "Delete {name}").format(name=name)
    return _change(text, "delete_session", call, meeting.id)


def notes_text(notes: Any) -> str:
    """What an undo said (a number moved), in the user's language, or nothing."""
    from gsmeet.ui.kit.wording import describe

    return " ".join(describe(note) for note in notes) if isinstance(notes, list) else ""
