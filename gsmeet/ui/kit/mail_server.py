"""The mail server's settings as fields (host and port, encryption, user, From
address), read from and kept in the settings registry: one home for the Preferences
dialog's group and the Send dialog's. The password is never one of them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gsmeet.ui.kit.settings import MAIL_HOST, MAIL_PORT, MAIL_SECURITY, MAIL_SENDER, MAIL_USER


class MailServerBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mail server"))
        self.host = QLineEdit(MAIL_HOST.get())
        self.host.setPlaceholderText("smtp.example.kr")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(MAIL_PORT.get())
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(self.tr("TLS from the start (port 465)"), "ssl")
        self.security.addItem(self.tr("None (this computer or the office network)"), "none")
        self.security.setCurrentIndex(max(self.security.findData(MAIL_SECURITY.get()), 0))
        self.user = QLineEdit(MAIL_USER.get())
        self.from_address = QLineEdit(MAIL_SENDER.get())
        self.from_address.setPlaceholderText("gansa@example.kr")
        self.form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.host, 3)
        row.addWidget(self.port, 1)
        host_label = QLabel(self.tr("&Server"))
        host_label.setBuddy(self.host)
        self.form.addRow(host_label, row)
        self.form.addRow(self.tr("&Encryption"), self.security)
        self.form.addRow(self.tr("&User"), self.user)
        self.form.addRow(self.tr("F&rom"), self.from_address)

    def save(self) -> None:
        MAIL_HOST.set(self.host.text().strip())
        MAIL_PORT.set(self.port.value())
        MAIL_SECURITY.set(str(self.security.currentData()))
        MAIL_USER.set(self.user.text().strip())
        MAIL_SENDER.set(self.from_address.text().strip())
