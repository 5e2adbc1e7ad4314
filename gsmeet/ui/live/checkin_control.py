"""Checking people in: the attendance panel says whom and how, this asks what it must
(the reason of an absence, the name of a proxy — naming the person), sends it to the
worker and says on the status line who was marked how ("최영조 출석 14:02"), with the
key that takes it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.labels import label
from gsmeet.ui.kit.text import clock

if TYPE_CHECKING:
    from gsmeet.domain.live import AttendanceChange
    from gsmeet.ui.live.attendance import AttendancePanel
    from gsmeet.ui.live.room import Room


class CheckInController(QObject):
    def __init__(self, room: Room, panel: AttendancePanel) -> None:
        super().__init__(panel)
        self._session = session = room.session
        self._panel = panel
        self._dialogs = room.dialogs
        self._status = room.status
        self._lang = room.lang
        self._undo_keys = room.actions.undo_keys()
        self.dialog: QInputDialog | None = None
        panel.marked.connect(self.mark)
        session.checked_in.connect(self._said)
        panel.unmatched.connect(self._nobody)

    def mark(self, person_id: int, status: AttendanceStatus) -> QInputDialog | None:
        """Check ``person_id`` in as ``status``, first asking for the reason of an
        absence or the name of a proxy (returns that question, when one is asked)."""
        person = self._session.person(person_id)
        if person is None:
            return None
        if status not in (
            AttendanceStatus.ABSENT,
            AttendanceStatus.EXCUSED,
            AttendanceStatus.PROXY,
        ):
            self.check_in(person_id, status)
            return None
        dialog = QInputDialog(self._dialogs.window)
        if status is AttendanceStatus.PROXY:
            dialog.setWindowTitle(self.tr("Proxy for {name}").format(name=person.name))
            dialog.setLabelText(
                self.tr("Who stands in for {name} (name and position):").format(name=person.name)
            )
        else:
            dialog.setWindowTitle(
                self.tr("{name}: {status}").format(
                    name=person.name, status=label(status, self._lang)
                )
            )
            dialog.setLabelText(self.tr("Why {name} is absent:").format(name=person.name))
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            text = dialog.textValue().strip()
            if result != QDialog.DialogCode.Accepted:
                return
            if status is AttendanceStatus.PROXY:
                if text:
                    self.check_in(person_id, status, proxy=text)
            else:
                self.check_in(person_id, status, reason=text)

        self._dialogs.open(dialog, finished)
        return dialog

    def check_in(
        self, person_id: int, status: AttendanceStatus, *, reason: str = "", proxy: str = ""
    ) -> None:
        self._session.check_in(person_id, status, reason=reason, proxy=proxy)

    def _said(self, change: AttendanceChange) -> None:
        row = change.current
        what = label(row.status, self._lang)
        when = clock(row.arrived_at) if row.arrived_at is not None else ""
        self._status.done(
            self.tr("{name} {status} {time} ({undo} takes it back)")
            .format(name=row.person.name, status=what, time=when, undo=self._undo_keys)
            .replace("  ", " ")
        )

    def _nobody(self, text: str) -> None:
        self._status.refuse(self.tr("No one matches “{text}”: nobody was marked").format(text=text))
