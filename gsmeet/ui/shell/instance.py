"""One window per database: the window that has a database open answers on a local
socket named after that file, and a second gsmeet started on the same file asks it to
come forward instead of showing a refusal nobody needs — the secretary double-clicked
the icon again, the meeting's window is behind the projector.

The socket belongs to this user (Qt's local sockets: a Unix socket in the runtime
folder, a named pipe on Windows). Only ``raise`` is understood; anything else is
dropped. A holder that does not answer (a command-line writer, another user's gsmeet)
leaves the second gsmeet to say who holds the file, as before.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ASK = b"raise\n"
DONE = b"ok\n"
PATIENCE_MS = 1500  # a window busy painting answers within this


def server_name(database: Path) -> str:
    """The socket's name for ``database``: the same for every gsmeet of this user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    digest = hashlib.sha256(f"{user}\0{database.resolve()}".encode()).hexdigest()
    return f"gsmeet-{digest[:24]}"


class WindowServer(QObject):
    """``wanted``: another gsmeet asked for this window to come forward."""

    wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self.name = ""

    def listen(self, database: Path) -> bool:
        """Answer for ``database`` (and no longer for the one before)."""
        name = server_name(database)
        if self._server is not None and self.name == name:
            return True
        self.close()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # left by a gsmeet that crashed: it holds no lock
        if not server.listen(name):
            return False
        server.newConnection.connect(self._answer)
        self._server, self.name = server, name
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server, self.name = None, ""

    def _answer(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readLine().data()) == ASK:
            connection.write(DONE)
            connection.flush()
            self.wanted.emit()
        connection.disconnectFromServer()


def come_forward(*windows: QWidget | None) -> None:
    """Show ``windows`` (un-minimised) in front, the last one on top."""
    for window in windows:
        if window is not None:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()


def bring_forward(database: Path) -> bool:
    """Ask the window that has ``database`` open to come forward; whether it did."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    try:
        if not socket.waitForConnected(PATIENCE_MS):
            return False
        socket.write(ASK)
        if not socket.waitForBytesWritten(PATIENCE_MS):
            return False
        return socket.waitForReadyRead(PATIENCE_MS) and bytes(socket.readLine().data()) == DONE
    finally:
        socket.abort()
