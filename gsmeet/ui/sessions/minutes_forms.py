"""The two small forms of the Minutes dialog: the chair's confirmation (확인) of the draft,
and a correction (자구정정) of issued minutes. Each hands its values to the dialog, which
writes them on the worker and closes the form or shows why it was refused."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord, PersonAtDate
from gsmeet.domain.signoff import confirmers
from gsmeet.ui.kit.fields import DateField
from gsmeet.ui.kit.form_dialog import FormDialog

PREVIEW = 60  # characters of a text shown in the list of what can be corrected


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[: PREVIEW - 1] + "…"


class ConfirmForm(FormDialog):
    """Who confirmed the draft, and on which day (today unless said)."""

    def __init__(
        self, record: MeetingRecord, lang: Lang, today: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the minutes"))
        self.person = QComboBox()
        for person in confirmers(record):
            self.person.addItem(f"{person.name} {person.position}".strip(), person.name)
        self.day = DateField(lang)
        self.day.set_date(today)
        self.form.addRow(self.tr("Confirmed &by"), self.person)
        self.form.addRow(self.tr("&On"), self.day)
        self.day.validity_changed.connect(self.ok_button.setEnabled)

    def values(self) -> dict[str, Any]:
        return {"by": self.person.currentData(), "on": self.day.value()}


class CorrectionForm(FormDialog):
    """One correction: which text, what it becomes, who asked, why; whether it changes
    what was meant, and then who (the speaker or the chair) confirmed it."""

    def __init__(
        self,
        record: MeetingRecord,
        who_confirms: dict[tuple[str, int], list[PersonAtDate]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a correction"))
        self.resize(640, 420)
        self._texts = self._correctable(record)
        self._who = who_confirms
        self.target = QComboBox()
        for target, target_id, shown, _text in self._texts:
            self.target.addItem(shown, (target, target_id))
        self.text = QPlainTextEdit()
        self.asked_by = QLineEdit()
        self.reason = QLineEdit()
        self.meaning = QCheckBox(self.tr("It changes what was meant (not only the wording)"))
        self.confirmed_by = QComboBox()
        self.form.addRow(self.tr("&What"), self.target)
        self.form.addRow(self.tr("&Corrected text"), self.text)
        self.form.addRow(self.tr("&Asked by"), self.asked_by)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow("", self.meaning)
        self.form.addRow(self.tr("Confirmed b&y"), self.confirmed_by)
        self.target.currentIndexChanged.connect(self._chosen)
        self.meaning.toggled.connect(self._chosen)
        self._chosen()

    def _correctable(self, record: MeetingRecord) -> list[tuple[str, int, str, str]]:
        """What a correction can change: (target, id, how it is listed, its text now)."""
        found: list[tuple[str, int, str, str]] = []
        for item in record.agenda:
            shown = self.tr("Agenda item: {text}").format(text=_short(item.title))
            found.append(("agenda_title", item.id, shown, item.title))
        for remark in record.remarks:
            who = remark.speaker.name if remark.speaker else "?"
            shown = self.tr("Remark ({who}): {text}").format(who=who, text=_short(remark.text))
            found.append(("remark", remark.id, shown, remark.text))
        for n, decision in enumerate(record.decisions, start=1):
            shown = self.tr("Decision {n}: {text}").format(n=n, text=_short(decision.text))
            found.append(("decision", decision.id, shown, decision.text))
        for action in record.actions:
            shown = self.tr("Action: {text}").format(text=_short(action.title))
            found.append(("action_title", action.id, shown, action.title))
            shown = self.tr("What is to be done: {text}").format(text=_short(action.detail))
            found.append(("action_detail", action.id, shown, action.detail))
        return found

    def _chosen(self) -> None:
        index = self.target.currentIndex()
        if index < 0:
            return
        target, target_id, _shown, text = self._texts[index]
        if self.sender() is not self.meaning:
            self.text.setPlainText(text)
        self.confirmed_by.clear()
        self.confirmed_by.addItem(self.tr("(not yet)"), "")
        for person in self._who.get((target, target_id), []):
            self.confirmed_by.addItem(person.name, person.name)
        self.confirmed_by.setEnabled(self.meaning.isChecked())

    def values(self) -> dict[str, Any]:
        target, target_id = self.target.currentData()
        return {
            "target": target,
            "target_id": target_id,
            "text": self.text.toPlainText(),
            "asked_by": self.asked_by.text(),
            "reason": self.reason.text(),
            "changes_meaning": self.meaning.isChecked(),
            "confirmed_by": self.confirmed_by.currentData() if self.meaning.isChecked() else "",
        }
