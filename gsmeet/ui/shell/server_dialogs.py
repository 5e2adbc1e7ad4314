"""Opening a database on a PostgreSQL server from the window: its address (the recent
ones offered, without their passwords), and the password when the server asks for one
that neither ``PGPASSWORD`` nor ``.pgpass`` gave. The password is kept in memory for as
long as the database is open and is never written anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.locations import Location, PasswordNeeded, Server, WrongPassword, parse_server
from gsmeet.ui.kit.settings import RECENT_SERVERS
from gsmeet.ui.kit.wording import describe

RECENT_KEPT = 8
ERROR_STYLE = "color: #b91c1c;"


class ServerDialog(QDialog):
    """The address of a server database; OK only once it is one (said why otherwise)."""

    def __init__(self, parent: QWidget | None, current: Location | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open server database"))
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.setMinimumContentsLength(48)
        recent = RECENT_SERVERS.get()
        if isinstance(current, Server) and current.url not in recent:
            recent = [current.url, *recent]
        self.address.addItems(recent)
        self.address.setCurrentText(recent[0] if recent else "postgresql://")
        hint = QLabel(
            self.tr(
                "The database's address, e.g. postgresql://kim@db.city.go.kr/committees or, "
                "on this computer, postgresql://kim@/committees?host=/run/postgresql. "
                "The password is asked for when the server wants one."
            )
        )
        hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Server database:")))
        layout.addWidget(self.address)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.chosen: Server | None = None

    def accept(self) -> None:
        try:
            self.chosen = parse_server(self.address.currentText().strip())
        except InvalidInputError as error:
            self.problem.setText(describe(error))
            self.problem.setVisible(True)
            return
        super().accept()


def choose_server(parent: QWidget, current: Location | None) -> Server | None:
    dialog = ServerDialog(parent, current)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen


def ask_password(parent: QWidget, asked: PasswordNeeded | WrongPassword) -> Server | None:
    """The server the error names, with the password typed (None: cancelled)."""
    server = asked.fields["server"]
    assert isinstance(server, Server)
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerDialog", "Password"),
        describe(asked),
        QLineEdit.EchoMode.Password,
    )
    return server.with_password(password) if ok else None


def remember_server(server: Server) -> None:
    """Offer ``server`` first next time (its address only)."""
    recent = [server.url, *(url for url in RECENT_SERVERS.get() if url != server.url)]
    RECENT_SERVERS.set(recent[:RECENT_KEPT])
