"""Adding or editing a member, and 해촉 (deactivation) with its date and reason.

The dialogs do not write: they hand their fields to the register page, which runs the
edit through the undo history and closes the dialog once it succeeded, or shows the
service's one-line reason in the dialog (nothing typed is lost).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from gsmeet.domain.edits import KEEP
from gsmeet.domain.enums import Role
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.fields import DateField, watch
from gsmeet.ui.kit.form_dialog import FormDialog

if TYPE_CHECKING:
    from gsmeet.domain.register import MemberRow


class MemberDialog(FormDialog):
    """``row`` None: a new member from ``on``. Otherwise an edit of ``row``; a change of
    role, sub-committee, 소속 or 직위 takes effect on the date given (the history keeps
    what the member was before)."""

    def __init__(
        self,
        lang: Lang,
        subcommittees: Sequence[tuple[int, str]],
        on: date,
        row: MemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Add member") if row is None else self.tr("Edit member"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.position = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(role, lang), role)
        self.subcommittee = QComboBox()
        self.subcommittee.addItem(self.tr("(none)"), None)
        for sub_id, name in subcommittees:
            self.subcommittee.addItem(name, sub_id)
        self.term_start = DateField(lang)
        self.term_end = DateField(lang, optional=True)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.allowance = QCheckBox(self.tr("Receives an attendance allowance"))
        self.official = QCheckBox(self.tr("Public official (name shown in public minutes)"))
        self.effective = DateField(lang)
        self.reason = QLineEdit()

        form = self.form
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Position"), self.position)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Sub-committee"), self.subcommittee)
        form.addRow(self.tr("Term &from"), self.term_start)
        form.addRow(self.tr("Term &until"), self.term_end)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow("", self.allowance)
        form.addRow("", self.official)
        if row is None:
            self.term_start.set_date(on)
            self.role.setCurrentIndex(self.role.findData(Role.MEMBER))
            self.allowance.setChecked(True)
        else:
            self._fill(row)
            self.effective.set_date(on)
            form.addRow(self.tr("Changes take &effect on"), self.effective)
            form.addRow(self.tr("Reason for the change"), self.reason)
        watch([self.term_start, self.term_end, self.effective], self._update_ok)
        self.name.textChanged.connect(lambda _text: self._update_ok())
        self._update_ok()
        self.name.setFocus()
        self.resize(560, self.sizeHint().height())

    def _fill(self, row: MemberRow) -> None:
        self.name.setText(row.name)
        self.organisation.setText(row.organisation)
        self.position.setText(row.position)
        self.role.setCurrentIndex(self.role.findData(row.role))
        index = self.subcommittee.findData(row.subcommittee_id)
        self.subcommittee.setCurrentIndex(max(index, 0))
        self.term_start.set_date(row.term_start)
        self.term_end.set_date(row.term_end)
        self.email.setText(row.email)
        self.phone.setText(row.phone)
        self.allowance.setChecked(row.allowance)
        self.official.setChecked(row.is_public_official)

    def _update_ok(self) -> None:
        fields = [self.term_start, self.term_end] + ([self.effective] if self.row else [])
        self.ok_button.setEnabled(
            bool(self.name.text().strip()) and all(field.valid for field in fields)
        )

    def values(self) -> dict[str, Any]:
        wanted: dict[str, Any] = {
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "position": self.position.text(),
            "role": Role(self.role.currentData()),
            "subcommittee_id": self.subcommittee.currentData(),
            "term_start": self.term_start.value(),
            "term_end": self.term_end.value(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "allowance": self.allowance.isChecked(),
            "is_public_official": self.official.isChecked(),
        }
        row = self.row
        if row is None:
            return wanted
        was: dict[str, Any] = {
            "name": row.name,
            "organisation": row.organisation,
            "position": row.position,
            "role": row.role,
            "subcommittee_id": row.subcommittee_id,
            "term_start": row.term_start,
            "term_end": row.term_end,
            "email": row.email,
            "phone": row.phone,
            "allowance": row.allowance,
            "is_public_official": row.is_public_official,
        }
        # Only what was changed: an unchanged 소속 must not start a new membership.
        changed = {k: (v if v != was[k] else KEEP) for k, v in wanted.items()}
        return {**changed, "on": self.effective.value(), "reason": self.reason.text()}


class DeactivateDialog(FormDialog):
    """해촉: the first day the member is out, and why."""

    def __init__(self, lang: Lang, row: MemberRow, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deactivate {name}").format(name=row.name))
        self.day = DateField(lang)
        self.day.set_date(max(on, row.term_start))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. resigned, transferred"))
        intro = QLabel(
            self.tr(
                "{name} stays in the records of the sessions attended; from this day on, "
                "they are no longer a member."
            ).format(name=row.name)
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("Out from"), self.day)
        self.form.addRow(self.tr("&Reason"), self.reason)
        watch([self.day], lambda: self.ok_button.setEnabled(self.day.valid))
        self.reason.setFocus()
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"on": self.day.value(), "reason": self.reason.text()}


class RenewDialog(FormDialog):
    """연임: every serving member's term (officials ex officio have none) runs to the
    day given; a term already running past it is left as it is."""

    def __init__(self, lang: Lang, until: date, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renew terms"))
        intro = QLabel(
            self.tr(
                "{count} members' terms end before the next session. Renew every serving "
                "member's term to:"
            ).format(count=count)
            if count
            else self.tr("Renew every serving member's term to:")
        )
        intro.setWordWrap(True)
        self.until = DateField(lang)
        self.until.set_date(until)
        self.form.addRow(intro)
        self.form.addRow(self.tr("Term &until"), self.until)
        watch([self.until], lambda: self.ok_button.setEnabled(self.until.valid))
        self.until.setFocus()
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"until": self.until.value()}
