"""Session ▸ Send the minutes…: the session's minutes (or their public version) by
e-mail to its attendees, and each 분과위원장 their strategy's packet.

The recipients are listed with their addresses and files, each ticked (those without
an address shown, not tickable); the subject and the letter are shown as they will be
sent; the record of every earlier sending of this session is below, and *Retry
failed* sends only what failed. The server's settings are kept between runs (the
password never: it is typed, taken from GSMEET_SMTP_PASSWORD, or kept in the system's
keyring when asked); they are the Preferences dialog's too (Edit ▸ Preferences).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.enums import Delivery
from gsmeet.domain.labels import label
from gsmeet.ui.kit.fields import ERROR_STYLE
from gsmeet.ui.kit.mail_server import MailServerBox
from gsmeet.ui.kit.table_model import Column, Index, RowTableModel
from gsmeet.ui.kit.text import DASH, day_text, meeting_name
from gsmeet.ui.kit.views import fit_interactive_columns, read_only_table
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.mail import ops

if TYPE_CHECKING:
    from gsmeet.domain.mailing import DeliveryRecord, MailPlan, Recipient, SendReport
    from gsmeet.domain.records import MeetingSummary
    from gsmeet.ui.kit.context import Context


class RecipientModel(RowTableModel):
    """The recipients, each with a tick (those with an address can be ticked)."""

    CHECK, NAME, ROLE, ADDRESS, FILES = range(5)

    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lang = context.lang
        self.ticked: set[int] = set()
        self.define_columns(
            [
                Column(self.tr("Send"), lambda r: ""),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Role"), lambda r: label(r.role, lang) if r.role else ""),
                Column(self.tr("Address"), lambda r: r.address or self.tr("(no e-mail address)")),
                Column(self.tr("Files"), lambda r: ", ".join(r.files), tooltip=True),
            ]
        )

    def show(self, recipients: tuple[Recipient, ...], keep: bool) -> None:
        wanted = {r.person_id for r in recipients if r.usable}
        self.ticked = (self.ticked & wanted) if keep else wanted
        self.set_rows(recipients)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row: Recipient = self.rows[index.row()]
        if not row.usable:
            return flags & ~Qt.ItemFlag.ItemIsEnabled
        if index.column() == self.CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.CHECK:
            row: Recipient = self.rows[index.row()]
            if not row.usable:
                return Qt.CheckState.Unchecked
            ticked = row.person_id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.CHECK:
            return False
        row: Recipient = self.rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(row.person_id)
        else:
            self.ticked.discard(row.person_id)
        self.dataChanged.emit(index, index)
        return True


class DeliveryModel(RowTableModel):
    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lang = context.lang

        def outcome(row: DeliveryRecord) -> str:
            if row.status is Delivery.SENT:
                return self.tr("Sent")
            reason = row.reason
            reply = describe(reason) if reason is not None else row.reply
            return self.tr("Not sent: {reply}").format(
                reply=reply or self.tr("the connection was lost")
            )

        self.define_columns(
            [
                Column(
                    self.tr("When"),
                    lambda r: (
                        f"{day_text(r.attempted_at.date(), lang, weekday=False)} "
                        f"{r.attempted_at:%H:%M}"
                    ),
                ),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Address"), lambda r: r.address),
                Column(self.tr("Outcome"), outcome, tooltip=True),
                Column(self.tr("Files"), lambda r: ", ".join(r.files) or DASH, tooltip=True),
            ]
        )


class SendDialog(QDialog):
    def __init__(
        self, context: Context, meeting: MeetingSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.plan: MailPlan | None = None
        self.record: tuple[DeliveryRecord, ...] = ()
        self._working = False
        name = meeting_name(meeting, context.lang)
        self.setWindowTitle(self.tr("Send the minutes: {session}").format(session=name))

        server_box = MailServerBox()
        self.server_box = server_box
        self.host, self.port, self.security = server_box.host, server_box.port, server_box.security
        self.user, self.from_address = server_box.user, server_box.from_address
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("typed here, or from GSMEET_SMTP_PASSWORD"))
        self.remember = QCheckBox(self.tr("Keep it in the system's &keyring"))
        has_keyring = ops.keyring_available()
        self.remember.setEnabled(has_keyring)
        if not has_keyring:
            self.remember.setToolTip(self.tr("This system has no keyring to keep it in"))
        server_box.form.insertRow(3, self.tr("Pass&word"), self.password)
        server_box.form.insertRow(4, "", self.remember)

        self.public = QCheckBox(self.tr("Pu&blic version (names of private members masked)"))
        self.packets = QCheckBox(self.tr("Each 분과위원장 also gets their strategy's &packet"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if context.lang == "ko" else 1)
        options = QHBoxLayout()
        options.addWidget(self.public)
        options.addWidget(self.packets)
        options.addWidget(self.language)

        self.recipients = RecipientModel(context, self)
        self.recipient_view = read_only_table(
            self.recipients, stretch=RecipientModel.FILES, name=self.tr("Recipients")
        )
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.letter = QPlainTextEdit()
        self.letter.setReadOnly(True)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.subject)
        preview_layout.addWidget(self.letter, 1)
        self.deliveries = DeliveryModel(context, self)
        self.delivery_view = read_only_table(
            self.deliveries, stretch=4, interactive=[3], name=self.tr("Sent so far")
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.recipient_view, self.tr("Recipients"))
        self.tabs.addTab(preview, self.tr("Letter"))
        self.tabs.addTab(self.delivery_view, self.tr("Sent so far"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Se&nd"))
        self.retry_button = QPushButton(self.tr("Re&try failed"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(lambda: self.send(retry=False))
        self.retry_button.clicked.connect(lambda: self.send(retry=True))

        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for box in (self.public, self.packets):
            box.toggled.connect(lambda _on: self.reload(keep=True))
        self.language.currentIndexChanged.connect(lambda _index: self.reload(keep=True))
        self.recipients.dataChanged.connect(lambda *_args: self._update())
        for field in (self.host, self.user, self.from_address):
            field.textChanged.connect(lambda _text: self._update())
        self.resize(900, 720)
        self._update()
        self.reload(keep=False)

    # -- reading -------------------------------------------------------------------------

    def reload(self, *, keep: bool) -> None:
        job = ops.load(
            self.meeting.id,
            public=self.public.isChecked(),
            packets=self.packets.isChecked(),
            lang=self.language.currentData(),
        )

        def done(result: tuple[MailPlan, tuple[DeliveryRecord, ...]]) -> None:
            self.plan, record = result
            self.recipients.show(self.plan.recipients, keep)
            self.subject.setText(self.tr("Subject: {subject}").format(subject=self.plan.subject))
            self.letter.setPlainText(self.plan.preview)
            self._show_record(record)
            self._update()

        self.context.run(job, done, self._failed)

    def _show_record(self, record: tuple[DeliveryRecord, ...]) -> None:
        self.record = record
        self.deliveries.set_rows(record)
        fit_interactive_columns(self.delivery_view, [3], 360)
        self.tabs.setTabText(2, self.tr("Sent so far ({count})").format(count=len(record)))

    # -- sending -------------------------------------------------------------------------

    def outgoing(self) -> ops.Outgoing:
        host, user = self.host.text().strip(), self.user.text().strip()
        password = self.password.text()  # else the job reads the keyring (it may ask)
        return ops.Outgoing(
            host=host,
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=user,
            password=password,
            sender=self.from_address.text().strip(),
            public=self.public.isChecked(),
            packets=self.packets.isChecked(),
            lang=self.language.currentData(),
            remember=self.remember.isChecked(),
        )

    def send(self, *, retry: bool) -> None:
        outgoing = self.outgoing()
        self._working = True
        self._update()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sending…"))

        def done(result: tuple[SendReport, tuple[DeliveryRecord, ...]]) -> None:
            report, record = result
            self._working = False
            self._save_settings(outgoing)
            self._show_record(record)
            self.tabs.setCurrentIndex(2)
            failed = len(report.failed)
            if failed:
                self.status.setStyleSheet(ERROR_STYLE)
                self.status.setText(
                    self.tr("{failed} of {total} not sent; Retry failed sends only those.").format(
                        failed=failed, total=len(report.deliveries)
                    )
                )
            else:
                self.status.setText(
                    self.tr("Sent to {count} recipients.").format(count=len(report.deliveries))
                )
            self._update()

        def failed(message: str) -> None:
            self._working = False
            self._failed(message)
            if outgoing.user and not outgoing.password:
                self.password.setFocus()  # perhaps it was the password
            self._update()

        job = ops.send(self.meeting.id, outgoing, self.recipients.ticked, retry=retry)
        self.context.run(job, done, failed)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    def _save_settings(self, _outgoing: ops.Outgoing) -> None:
        self.server_box.save()

    def _update(self) -> None:
        ready = bool(self.host.text().strip() and self.from_address.text().strip())
        idle = not self._working
        self.send_button.setEnabled(idle and ready and bool(self.recipients.ticked))
        failing = any(d.status is Delivery.FAILED for d in self.record)
        self.retry_button.setEnabled(idle and ready and failing)
        for widget in (self.public, self.packets, self.language):
            widget.setEnabled(idle)
