"""Session ▸ Prepare next session: the next session created from one that was held,
with the standing agenda, the open action items under its review item and every member
in office invited. The date is typed as Korean offices write it; an impossible date is
refused at the field, with the reason beside it. The dialog says which planned session
it fills (if any) and takes the kind and title the secretary sees in it, never silently
from the session prepared from; it warns of members' terms ending by then, with a way
to renew them. Undo removes what was prepared."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from gsmeet.domain.enums import MeetingStatus
from gsmeet.ui.kit.fields import DateField, TimeField, watch
from gsmeet.ui.kit.form_dialog import FormDialog
from gsmeet.ui.kit.text import DASH, day_text, meeting_name, person_with_role
from gsmeet.ui.kit.undo import Operation, touched
from gsmeet.ui.kit.wording import describe

WARNING_STYLE = "QLabel { color: #92400e; background: #fef3c7; padding: 4px 6px; }"

if TYPE_CHECKING:
    from gsmeet.domain.agenda_plan import PreparedMeeting
    from gsmeet.domain.changes import Changes
    from gsmeet.domain.records import MeetingSummary, PersonAtDate
    from gsmeet.services.prepare import PreparePreview
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.context import Context

DEFAULT_GAP = timedelta(days=91)  # a quarterly committee is the common case
HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)


class SourceFacts(NamedTuple):
    chair: PersonAtDate | None
    planned_on: date | None  # a session already planned after the source


def look_ahead(meeting_id: int, held_on: date) -> Any:
    def job(store: Database) -> PreparePreview:
        from gsmeet.services.prepare import preview_prepare

        return preview_prepare(store, meeting_id, held_on)

    return job


def source_facts(meeting_id: int) -> Any:
    def job(store: Database) -> SourceFacts:
        from gsmeet.services.prepare import next_session_date
        from gsmeet.services.record import meeting_record

        record = meeting_record(store, meeting_id)
        return SourceFacts(record.chair, next_session_date(store, meeting_id))

    return job


class PrepareDialog(FormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        lang = context.lang
        self.prepared: PreparedMeeting | None = None
        self.setWindowTitle(self.tr("Prepare the next session"))
        held = [m for m in context.meetings if m.status in HELD]
        self.source = QComboBox()
        for meeting in held:  # newest first, as in the session list
            text = f"{meeting_name(meeting, lang)} ({day_text(meeting.held_on, lang)})"
            self.source.addItem(text, meeting.id)
        self.day = DateField(lang)
        self.start = TimeField()
        self.place = QLineEdit()
        self.fills = QLabel()
        self.fills.setWordWrap(True)
        self.kind = QComboBox()
        self.title = QLineEdit()
        self.chair = QLabel(DASH)
        self.chair.setWordWrap(True)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setStyleSheet(WARNING_STYLE)
        self.terms.setVisible(False)
        self.renew = QPushButton(self.tr("&Renew terms…"))
        self.renew.setVisible(False)
        self.preview: PreparePreview | None = None
        self.refused = False  # the look-ahead says preparing on this date is refused
        # The session (planned one filled, or None: a new one) and date kind and title
        # were last filled in for: a look-ahead for the same ones keeps what was chosen.
        self._filled_for: tuple[int | None, date] | None = None
        self._own_kind: int | None = None  # the kind that session has (or the source's)
        self.form.addRow(self.tr("Prepare &from"), self.source)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow("", self.fills)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("Tit&le"), self.title)
        self.form.addRow(self.tr("&Time"), self.start)
        self.form.addRow(self.tr("&Place"), self.place)
        self.form.addRow(self.tr("Chair"), self.chair)
        self.form.addRow(self.terms)
        self.form.addRow("", self.renew)
        note = QLabel(
            self.tr(
                "The standing agenda (opening, review of open action items, overview, one "
                "briefing per strategy, free discussion, closing) is set up with the times "
                "the previous session actually took, and every member in office is invited."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.day.edit.textChanged.connect(lambda _t: self._look_ahead())
        watch([self.day, self.start], self._update_ok)
        if not held:
            self.show_error(self.tr("No session has been held yet to prepare the next one from."))
        self._source_changed()
        self.day.setFocus()
        self.resize(620, self.sizeHint().height())

    def source_meeting(self) -> MeetingSummary | None:
        return self.context.meeting(self.source.currentData() or -1)

    def _source_changed(self) -> None:
        source = self.source_meeting()
        self._update_ok()
        if source is None:
            return
        self.day.set_date(source.held_on + DEFAULT_GAP)
        guessed = self.day.text()
        self.start.set_time(source.start_time)
        self.place.setText(source.place)

        def known(facts: SourceFacts) -> None:
            if self.source_meeting() != source:
                return
            if facts.planned_on is not None and self.day.text() == guessed:  # not typed over
                self.day.set_date(facts.planned_on)
            self.chair.setText(
                self.tr("{chair} (as at the session prepared from)").format(
                    chair=person_with_role(facts.chair, self.context.lang)
                )
            )

        self.context.run(source_facts(source.id), known, self.show_error)

    def look_again(self) -> None:
        """The register changed (terms renewed): say again what preparing would do."""
        if self.isVisible():
            self._look_ahead()

    def _look_ahead(self) -> None:
        """Say what preparing on the typed date would do, and fill kind and title."""
        source, day = self.source_meeting(), self.day.value()
        self.preview, self.refused = None, False
        self._update_ok()
        if source is None or day is None:
            self.fills.setText("")
            return

        def known(preview: PreparePreview) -> None:
            if self.source_meeting() != source or self.day.value() != day:
                return
            self.error.setVisible(False)
            self.preview = preview
            lang = self.context.lang
            shown = preview.fills or preview.source
            target = (preview.fills.id if preview.fills else None, day)
            fill_in = target != self._filled_for  # else: the secretary's choice stays
            self._filled_for = target
            self._own_kind = shown.kind.id
            if fill_in:
                self.kind.clear()
                for kind in preview.kinds:
                    if not kind.retired or kind.id == shown.kind.id:
                        self.kind.addItem(kind.label(lang), kind.id)
                self.kind.setCurrentIndex(max(self.kind.findData(shown.kind.id), 0))
            if preview.fills is None:
                self.fills.setText(self.tr("A new session is created on this date."))
                if fill_in:
                    self.title.setText("")
            else:
                name = f"{meeting_name(preview.fills, lang)} ({day_text(day, lang)})"
                text = (
                    self.tr("Fills the planned {session}; its agenda of {n} items is kept.")
                    if preview.kept_items
                    else self.tr("Fills the planned {session}.")
                )
                self.fills.setText(text.format(session=name, n=preview.kept_items))
                if fill_in:
                    self.title.setText(preview.fills.title)
            self.terms.setVisible(preview.terms is not None)
            self.renew.setVisible(preview.terms is not None)
            if preview.terms is not None:
                self.terms.setText(describe(preview.terms))
            self._update_ok()

        def refused(message: str) -> None:
            if self.source_meeting() == source and self.day.value() == day:
                self.fills.setText("")
                self.refused = True
                self.show_error(message)
                self._update_ok()

        self.context.run(look_ahead(source.id, day), known, refused)

    def _chosen_kind(self) -> int | None:
        """The kind the secretary chose, when it is not the one the session has."""
        if self._own_kind is None:  # kinds not listed yet
            return None
        kind_id: int | None = self.kind.currentData()
        return kind_id if kind_id != self._own_kind else None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            self.source_meeting() is not None
            and self.day.valid
            and self.start.valid
            and not self.refused
        )

    def values(self) -> dict[str, Any]:
        source = self.source_meeting()
        return {
            "from_meeting_id": source.id if source else None,
            "held_on": self.day.value(),
            "start_time": self.start.value(),
            "place": self.place.text(),
            "kind_id": self._chosen_kind(),
            "title": self.title.text(),
            "lang": self.context.lang,
        }


def prepare(context: Context, dialog: PrepareDialog, fields: dict[str, Any]) -> None:
    """Prepare the session on the worker, as one undoable step."""

    wanted: list[int] = []  # the prepared meeting, to show (written on the worker)

    def do(store: Database) -> PreparedMeeting:
        from gsmeet.services.prepare import prepare_next

        prepared = prepare_next(store, **fields)
        wanted.append(prepared.meeting.id)
        return prepared

    def undo(store: Database, prepared: PreparedMeeting) -> MeetingSummary | None:
        from gsmeet.services.prepare import unprepare

        return unprepare(store, prepared)

    def redo(store: Database, _summary: MeetingSummary | None) -> PreparedMeeting:
        return do(store)

    day: date = fields["held_on"]
    text = QCoreApplication.translate("prepare", "Prepare the session of {day}").format(
        day=day_text(day, context.lang, weekday=False)
    )

    prepared_changes = touched("gsmeet.services.prepare", "prepare_next")

    def changes() -> Changes:
        return prepared_changes().about(wanted[-1] if wanted else None)

    def done(prepared: PreparedMeeting) -> None:
        dialog.prepared = prepared
        dialog.accept()

    context.history.perform(
        Operation(text, do, undo, redo, changes), on_done=done, on_error=dialog.show_error
    )
