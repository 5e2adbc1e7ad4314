"""Session ▸ New session and Edit session: every field of a session — title, kind,
number, date, times, place, chair, secretary, disclosure, the sub-committee that meets,
guests and headcount — and, for a new one, where its agenda comes from. The number the
session would take is asked for as the fields change; where the number in date order
belongs to a later session, a free one is offered and the secretary confirms it.
Postponing (a new date and time) has its own small dialog."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gsmeet.domain.enums import Disclosure, MeetingStatus
from gsmeet.domain.labels import label
from gsmeet.ui.kit.fields import DateField, TimeField, watch
from gsmeet.ui.kit.form_dialog import FormDialog
from gsmeet.ui.kit.text import day_text, meeting_name
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.sessions import ops
from gsmeet.ui.sessions.session_dialog import WARNING_STYLE

if TYPE_CHECKING:
    from gsmeet.domain.kinds import KindInfo
    from gsmeet.domain.messages import Message
    from gsmeet.domain.records import MeetingRecord
    from gsmeet.domain.setup import GuestSpec, NumberOffer, SessionForm
    from gsmeet.ui.kit.context import Context

NOBODY = -1
AUTOMATIC = 0  # the number spin box's "next in date order"


def guests_text(guests: tuple[GuestSpec, ...] | Any) -> str:
    return "\n".join("|".join((g.name, g.organisation, g.position)).rstrip("|") for g in guests)


class SessionDialog(FormDialog):
    """``record`` None: a new session on ``form``'s committee. Otherwise an edit of the
    session ``record`` shows (until its minutes are issued)."""

    def __init__(
        self,
        context: Context,
        form: SessionForm,
        record: MeetingRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.offer: NumberOffer | None = None
        lang = context.lang
        self.setWindowTitle(self.tr("New session") if record is None else self.tr("Edit session"))
        self.kinds = [k for k in form.kinds if not k.retired or self._is_current(k)]
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in self.kinds:
            self.kind.addItem(kind.label(lang), kind.id)
        self.subcommittee = QComboBox()
        self.subcommittee.addItem(self.tr("The whole committee"), None)
        for sub_id, name in form.subcommittees:
            self.subcommittee.addItem(name, sub_id)
        self.number = QSpinBox()
        self.number.setRange(AUTOMATIC, 9999)
        self.number.setSpecialValueText(self.tr("next in its series"))
        self.number_note = QLabel()
        self.number_note.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("Use this number"))
        self.confirm.setVisible(False)
        self.day = DateField(lang)
        self.terms = QLabel()  # members whose terms end by the session's date
        self.terms.setWordWrap(True)
        self.terms.setStyleSheet(WARNING_STYLE)
        self.terms.setVisible(False)
        self.renew = QPushButton(self.tr("&Renew terms…"))  # the register's bulk renewal
        self.renew.setAutoDefault(False)
        self.renew.setVisible(False)
        self.start = TimeField()
        self.end = TimeField(optional=True)
        self.place = QLineEdit()
        self.chair = self._people(form, self.tr("(by default: the chair in office)"))
        self.secretary = self._people(form, self.tr("(by default: the secretary in office)"))
        self.disclosure = QComboBox()
        for value in Disclosure:
            self.disclosure.addItem(label(value, lang), value)
        self.guests = QPlainTextEdit()
        self.guests.setPlaceholderText(self.tr("One guest a line: name|organisation|position"))
        self.guests.setTabChangesFocus(True)
        self.guests.setFixedHeight(80)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 1_000_000)
        self.headcount.setSpecialValueText(self.tr("(list everyone)"))
        self.agenda = QComboBox()
        self.copy_from = QComboBox()

        f = self.form
        f.addRow(self.tr("&Title"), self.title)
        f.addRow(self.tr("&Kind"), self.kind)
        f.addRow(self.tr("Held &by"), self.subcommittee)
        f.addRow(self.tr("&Number"), self.number)
        f.addRow("", self.number_note)
        f.addRow("", self.confirm)
        f.addRow(self.tr("&Date"), self.day)
        f.addRow("", self.terms)
        f.addRow("", self.renew)
        f.addRow(self.tr("&Starts"), self.start)
        f.addRow(self.tr("&Ends"), self.end)
        f.addRow(self.tr("&Place"), self.place)
        f.addRow(self.tr("C&hair"), self.chair)
        f.addRow(self.tr("Se&cretary"), self.secretary)
        f.addRow(self.tr("D&isclosure"), self.disclosure)
        f.addRow(self.tr("&Guests"), self.guests)
        f.addRow(self.tr("Headc&ount"), self.headcount)
        if record is None:
            self.agenda.addItem(self.tr("The standing agenda"), "standing")
            self.agenda.addItem(self.tr("A copy of another session's agenda"), "copy")
            self.agenda.addItem(self.tr("No agenda yet"), "empty")
            for meeting in form.sessions:
                text = f"{meeting_name(meeting, lang)} ({day_text(meeting.held_on, lang)})"
                self.copy_from.addItem(text, meeting.id)
            f.addRow(self.tr("&Agenda"), self.agenda)
            f.addRow(self.tr("Cop&y from"), self.copy_from)
            self._fill_new()
        else:
            self._fill(record)
        for box in (self.kind, self.subcommittee, self.agenda):
            box.currentIndexChanged.connect(lambda _i: self._changed())
        self.day.edit.textChanged.connect(lambda _t: self._changed())
        self.day.edit.textChanged.connect(lambda _t: self._check_terms())
        self.start.edit.textChanged.connect(lambda _t: self._changed())
        self.number.valueChanged.connect(lambda _v: self._update_ok())
        self.confirm.toggled.connect(lambda _v: self._update_ok())
        watch([self.day, self.start, self.end], self._update_ok)
        self._changed()
        self._check_terms()
        self.title.setFocus()
        self.resize(640, self.sizeHint().height())

    # -- filling -----------------------------------------------------------------------

    def _is_current(self, kind: KindInfo) -> bool:
        return self.record is not None and self.record.meeting.kind.id == kind.id

    def _people(self, form: SessionForm, automatic: str) -> QComboBox:
        box = QComboBox()
        box.addItem(automatic if self.record is None else self.tr("(nobody)"), None)
        for person in form.people:
            box.addItem(
                f"{person.name} ({person.detail})" if person.detail else person.name, person.id
            )
        return box

    def _fill_new(self) -> None:
        committee = self.context.committee
        day, _next = self.context.register_days()
        self.day.set_date(day)
        self.start.set_time(time(14, 0))
        self.end.set_time(time(16, 0))
        if committee is not None:
            self.disclosure.setCurrentIndex(self.disclosure.findData(committee.default_disclosure))
        regular = next((i for i, k in enumerate(self.kinds) if not k.for_subcommittee), 0)
        self.kind.setCurrentIndex(regular)

    def _fill(self, record: MeetingRecord) -> None:
        meeting = record.meeting
        self.title.setText(meeting.title)
        self.kind.setCurrentIndex(max(self.kind.findData(meeting.kind.id), 0))
        self.subcommittee.setCurrentIndex(
            max(self.subcommittee.findData(meeting.subcommittee_id), 0)
        )
        self.number.setValue(meeting.number or AUTOMATIC)
        self.day.set_date(meeting.held_on)
        self.start.set_time(meeting.start_time)
        self.end.set_time(meeting.end_time)
        self.place.setText(meeting.place)
        for box, person in ((self.chair, record.chair), (self.secretary, record.secretary)):
            box.setCurrentIndex(max(box.findData(person.id if person else None), 0))
        self.disclosure.setCurrentIndex(self.disclosure.findData(record.disclosure))
        self.guests.setPlainText(guests_text(record.guests))
        self.headcount.setValue(record.headcount or 0)

    # -- reacting ------------------------------------------------------------------------

    def current_kind(self) -> KindInfo | None:
        return next((k for k in self.kinds if k.id == self.kind.currentData()), None)

    def _changed(self) -> None:
        kind = self.current_kind()
        numbered = kind is not None and kind.numbered
        self.number.setEnabled(numbered)
        self.copy_from.setEnabled(self.agenda.currentData() == "copy")
        self._update_ok()
        committee = self.context.committee
        day, start = self.day.value(), self.start.value()
        if not numbered or committee is None or kind is None or day is None or start is None:
            self._show_offer(None)
            return
        sub = self.subcommittee.currentData()
        meeting_id = self.record.meeting.id if self.record is not None else None
        asked = (kind.id, sub, day, start)

        def offered(offer: NumberOffer) -> None:
            current = self.current_kind()
            now = (current.id if current else None, self.subcommittee.currentData())
            if (*now, self.day.value(), self.start.value()) == asked:
                self._show_offer(offer)

        self.context.run(
            ops.offer_number(
                committee.id,
                kind_id=kind.id,
                subcommittee_id=sub,
                held_on=day,
                start=start,
                meeting_id=meeting_id,
            ),
            offered,
            self.show_error,
        )

    def _check_terms(self) -> None:
        """Warn when members' terms end before the session's date (as preparing does)."""
        committee, day = self.context.committee, self.day.value()
        held = self.record is not None and self.record.meeting.status is not MeetingStatus.PLANNED
        if committee is None or day is None or held:
            self.terms.setVisible(False)
            self.renew.setVisible(False)
            return

        def known(notice: Message | None) -> None:
            if self.day.value() == day:
                self.terms.setText(describe(notice) if notice is not None else "")
                self.terms.setVisible(notice is not None)
                self.renew.setVisible(notice is not None)

        self.context.run(ops.terms_notice(committee.id, day), known, self.show_error)

    def look_again(self) -> None:
        """The register changed (terms renewed): check the terms again."""
        if self.isVisible():
            self._check_terms()

    def _show_offer(self, offer: NumberOffer | None) -> None:
        self.offer = offer
        kind = self.current_kind()
        if offer is None or offer.number is None:
            self.number.setValue(AUTOMATIC)
            self.number_note.setText(
                self.tr("{kind} sessions are not numbered.").format(
                    kind=kind.label(self.context.lang)
                )
                if kind is not None and not kind.numbered
                else ""
            )
            self.confirm.setVisible(False)
        elif offer.confirm:
            self.number.setValue(offer.number)
            self.number_note.setText(
                self.tr(
                    "A later session already holds the number in date order; numbers "
                    "of sessions held never change. No. {number} is free: confirm it or "
                    "give another."
                ).format(number=offer.number)
            )
            self.confirm.setChecked(False)
            self.confirm.setVisible(True)
        else:
            self.number.setValue(offer.number)
            self.number_note.setText(
                self.tr("No. {number} in its series.").format(number=offer.number)
            )
            self.confirm.setVisible(False)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self.day.valid and self.start.valid and self.end.valid
        if self.confirm.isVisible() and not self.confirm.isChecked():
            ready = False
        self.ok_button.setEnabled(ready and self.current_kind() is not None)

    # -- what it hands over ----------------------------------------------------------------

    def guest_specs(self) -> tuple[GuestSpec, ...]:
        from gsmeet.services.sessions import parse_guest

        lines = self.guests.toPlainText().splitlines()
        return tuple(parse_guest(line) for line in lines if line.strip())

    def values(self) -> dict[str, Any]:
        kind = self.current_kind()
        numbered = kind is not None and kind.numbered
        number = self.number.value() if numbered and self.number.value() != AUTOMATIC else None
        fields: dict[str, Any] = {
            "title": self.title.text(),
            "kind_id": kind.id if kind is not None else None,
            "subcommittee_id": self.subcommittee.currentData(),
            "held_on": self.day.value(),
            "start_time": self.start.value(),
            "end_time": self.end.value(),
            "place": self.place.text(),
            "chair_id": self.chair.currentData(),
            "secretary_id": self.secretary.currentData(),
            "disclosure": self.disclosure.currentData(),
            "guests": self.guests.toPlainText(),
            "headcount": self.headcount.value() or None,
            "number": number,
        }
        if self.record is None:
            fields["template"] = self.agenda.currentData()
            fields["copy_from"] = self.copy_from.currentData()
        return fields


class PostponeDialog(FormDialog):
    """연기: the new date and start time of a session not yet held."""

    def __init__(self, context: Context, record: MeetingRecord, parent: QWidget | None = None):
        super().__init__(parent)
        meeting = record.meeting
        lang = context.lang
        self.setWindowTitle(self.tr("Postpone {name}").format(name=meeting_name(meeting, lang)))
        self.day = DateField(lang)
        self.start = TimeField()
        self.start.set_time(meeting.start_time)
        self.form.addRow(
            self.tr("Planned for"),
            QLabel(f"{day_text(meeting.held_on, lang)} {meeting.start_time:%H:%M}"),
        )
        self.form.addRow(self.tr("&New date"), self.day)
        self.form.addRow(self.tr("New &start"), self.start)
        watch([self.day, self.start], self._update_ok)
        self._update_ok()
        self.day.setFocus()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.day.valid and self.start.valid)

    def values(self) -> dict[str, Any]:
        return {"held_on": self.day.value(), "start": self.start.value()}
