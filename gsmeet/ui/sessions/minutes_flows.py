"""What the Minutes dialog's record buttons do: confirm the draft, issue it (asking first
when it is not confirmed), record a correction of issued minutes, reopen them for
correction; each writes on the worker, then shows the session as it now stands."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from gsmeet.domain.signoff import unconfirmed, who_confirms
from gsmeet.report.file_names import Doc
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.fields import ERROR_STYLE
from gsmeet.ui.kit.text import meeting_name
from gsmeet.ui.sessions.minutes_forms import ConfirmForm, CorrectionForm
from gsmeet.ui.sessions.minutes_outputs import PDF_FILTER

if TYPE_CHECKING:
    from gsmeet.domain.changes import Changes
    from gsmeet.domain.records import CorrectionRecord, MeetingRecord
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.kit.form_dialog import FormDialog

State = tuple["MeetingRecord", list["CorrectionRecord"], "Changes"]


class Host(Protocol):
    """What the flows need of the Minutes dialog."""

    record: MeetingRecord
    pending: list[CorrectionRecord]
    context: Context
    outcome: QLabel

    @property
    def meeting(self) -> Any: ...

    @property
    def lang(self) -> Any: ...

    def run(
        self,
        job: Callable[[Database], Any],
        done: Callable[[Any], None],
        busy: str,
        *,
        failed: Callable[[str], None] | None = None,
    ) -> None: ...

    def show_record(self, record: MeetingRecord, pending: Sequence[CorrectionRecord]) -> None: ...

    def suggest(self, what: Doc, fmt: str = "pdf", *, issuing: bool = False) -> str: ...

    def written(self, path: Path) -> None: ...


def _state(store: Database, meeting_id: int, service: Callable[..., Any] | None) -> State:
    """The session as it now stands, and what ``service`` changed (None: a read), for
    the window."""
    from gsmeet.domain.changes import NOTHING
    from gsmeet.services.changes import changes_of
    from gsmeet.services.minutes.errata import corrections
    from gsmeet.services.record import meeting_record

    record = meeting_record(store, meeting_id)
    issued = record.minutes_versions[-1].version if record.minutes_versions else 0
    pending = [c for c in corrections(store, meeting_id) if c.version > issued]
    touched = changes_of(service).about(meeting_id) if service is not None else NOTHING
    return record, pending, touched


def _shown(dialog: Host, message: str) -> Callable[[State], None]:
    def done(state: State) -> None:
        record, pending, touched = state
        dialog.show_record(record, pending)
        if message:
            dialog.outcome.setText(message)
        dialog.context.apply(touched)

    return done


class Flows(QObject):
    """The record buttons of one Minutes dialog."""

    def __init__(self, dialog: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self.dialog = dialog
        self.parent_widget = parent
        self.form: FormDialog | None = None  # the form open now, if any

    def refresh(self, message: str) -> None:
        """Read the session again (its corrections waiting for the next version)."""
        meeting_id = self.dialog.meeting.id
        self.dialog.run(
            lambda store: _state(store, meeting_id, None),
            _shown(self.dialog, message),
            "",
        )

    def _submit(
        self, form: FormDialog, job: Callable[[Database, dict[str, Any]], State], done: str
    ) -> None:
        """Run ``job`` with the form's values; close the form once it succeeded, else say why
        in it (nothing typed is lost)."""

        def submitted(values: dict[str, Any]) -> None:
            def finished(state: State) -> None:
                form.accept()
                _shown(self.dialog, done)(state)

            self.dialog.run(
                lambda store: job(store, values),
                finished,
                self.tr("Saving…"),
                failed=form.show_error,
            )

        form.submitted.connect(submitted)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(self._closed)
        self.form = form
        form.open()

    def _closed(self) -> None:
        self.form = None

    def confirm(self) -> None:
        form = ConfirmForm(
            self.dialog.record, self.dialog.context.lang, date.today(), self.parent_widget
        )
        meeting_id = self.dialog.meeting.id

        def job(store: Database, values: dict[str, Any]) -> State:
            from gsmeet.services.minutes.confirm import confirm_minutes

            confirm_minutes(store, meeting_id, values["by"], values["on"], now=datetime.now())
            return _state(store, meeting_id, confirm_minutes)

        self._submit(form, job, self.tr("Confirmation recorded."))

    def correction(self) -> None:
        record = self.dialog.record
        who = {
            (target, target_id): who_confirms(record, target, target_id)
            for target, ids in (
                ("remark", [r.id for r in record.remarks]),
                ("decision", [d.id for d in record.decisions]),
                ("action_title", [a.id for a in record.actions]),
                ("action_detail", [a.id for a in record.actions]),
                ("agenda_title", [i.id for i in record.agenda]),
            )
            for target_id in ids
        }
        form = CorrectionForm(record, who, self.parent_widget)
        meeting_id = self.dialog.meeting.id

        def job(store: Database, values: dict[str, Any]) -> State:
            from gsmeet.services.minutes.corrections import record_correction

            record_correction(store, meeting_id, now=datetime.now(), **values)
            return _state(store, meeting_id, record_correction)

        self._submit(form, job, self.tr("Correction recorded; it goes into the next version."))

    def reopen(self) -> None:
        if not prompts.confirm(
            self.parent_widget,
            self.tr("Correct the minutes"),
            self.tr(
                "Unlock this session to correct its record? Issue it again afterwards: the "
                "new version lists what changed."
            ),
        ):
            return
        meeting_id = self.dialog.meeting.id

        def job(store: Database) -> State:
            from gsmeet.services.minutes.issue import reopen_for_correction

            reopen_for_correction(store, meeting_id)
            return _state(store, meeting_id, reopen_for_correction)

        self.dialog.run(
            job,
            _shown(
                self.dialog,
                self.tr("Unlocked for correction. Issue it again when the record is right."),
            ),
            self.tr("Unlocking…"),
        )

    def issue(self) -> None:
        record, lang = self.dialog.record, self.dialog.context.lang
        name = meeting_name(record.meeting, lang)
        versions = record.minutes_versions
        changes = ""
        if versions:
            asked = prompts.ask_text(
                self.parent_widget,
                self.tr("Issue a correction"),
                self.tr("What does version {version} change?").format(
                    version=versions[-1].version + 1
                ),
            )
            if asked is None:
                return
            if not asked.strip() and not self.dialog.pending:
                self.dialog.outcome.setStyleSheet(ERROR_STYLE)
                self.dialog.outcome.setText(self.tr("A correction must say what it changes."))
                return
            changes = asked
        elif not prompts.confirm(
            self.parent_widget,
            self.tr("Issue the minutes"),
            self.tr(
                "Issue the minutes of {session}? The session is then locked: its record "
                "can only change through a correction, which makes a new version."
            ).format(session=name),
        ):
            return
        missing = unconfirmed(record)
        if missing and not prompts.confirm(
            self.parent_widget,
            self.tr("Issue unconfirmed minutes"),
            self.tr(
                "The draft is not confirmed by {people}. Issue it anyway? Its sign-off will "
                "say it was not confirmed."
            ).format(people=", ".join(p.name for p in missing)),
        ):
            return
        path = prompts.save_path(
            self.parent_widget,
            self.tr("Save the issued minutes"),
            self.dialog.suggest(Doc.MINUTES, issuing=True),
            PDF_FILTER,
        )
        if path is None:
            return
        self._issue(path, changes, unconfirmed_ok=bool(missing))

    def _issue(self, path: Path, changes: str, *, unconfirmed_ok: bool) -> None:
        meeting_id, lang = self.dialog.meeting.id, self.dialog.lang

        def job(store: Database) -> tuple[int, State]:
            from gsmeet.services.minutes.issue import issue_minutes

            entry = issue_minutes(
                store, meeting_id, path, lang=lang, changes=changes, unconfirmed_ok=unconfirmed_ok
            )
            return entry.version, _state(store, meeting_id, issue_minutes)

        def done(result: tuple[int, State]) -> None:
            version, state = result
            self.dialog.written(path)
            _shown(
                self.dialog,
                self.tr("Version {version} issued: {path}").format(version=version, path=path),
            )(state)

        self.dialog.run(job, done, self.tr("Issuing…"))
