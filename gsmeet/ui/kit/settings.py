"""Every setting the window keeps between runs, declared once: its key, its default
and its type. They live in QSettings (the platform's place for them); committee data
never does. A damaged or foreign value reads as the default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: Callable[[], T]  # called when the setting is missing or unreadable
    read: Callable[[object], T]  # what QSettings gives back, as T (ValueError: damaged)
    about: str

    def get(self) -> T:
        value = QSettings().value(self.key)
        if value is None:
            return self.default()
        try:
            return self.read(value)
        except (TypeError, ValueError):
            return self.default()

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


def _bytes(value: object) -> QByteArray:
    if not isinstance(value, QByteArray):
        raise TypeError(f"not a saved state: {type(value).__name__}")
    return value


def _number(value: object) -> float:
    return float(str(value))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):  # QSettings gives a one-item list back as its item
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("not a list of text")
    return list(value)


def _one_of(*choices: str) -> Callable[[object], str]:
    def read(value: object) -> str:
        if str(value) not in choices:
            raise ValueError(value)
        return str(value)

    return read


LANGUAGES = ("", "ko", "en")  # "": the system's


LAST_FOLDER: Setting[str] = Setting(
    "lastFolder", lambda: str(Path.home()), str, "the folder a file was last opened or saved in"
)
MAIN_GEOMETRY: Setting[QByteArray] = Setting(
    "mainWindow/geometry", QByteArray, _bytes, "the main window's size and place"
)
MAIN_SPLITTER: Setting[QByteArray] = Setting(
    "mainWindow/splitter", QByteArray, _bytes, "the split between session list and view"
)
LIVE_TYPE_SCALE: Setting[float] = Setting(
    "live/typeScale", lambda: 1.0, _number, "the live screen's type size (Ctrl+= / Ctrl+-)"
)
LIVE_GEOMETRY: Setting[QByteArray] = Setting(
    "live/geometry", QByteArray, _bytes, "the live window's size and place"
)
PROJECTOR_TYPE_SCALE: Setting[float] = Setting(
    "projector/typeScale", lambda: 1.0, _number, "the projector's type size, of what fits"
)
UI_LANGUAGE: Setting[str] = Setting(
    "ui/language", str, _one_of(*LANGUAGES), "the window's language ('': the system's)"
)
DOCUMENTS_FOLDER: Setting[str] = Setting(
    "export/documentsFolder",
    str,
    str,
    "where minutes, agenda packets and sign-in sheets are saved ('': the last folder used)",
)

# The mail server the minutes are sent through (the Send dialog; never the password,
# which stays in the environment, the system's keyring or the person's head).
MAIL_HOST: Setting[str] = Setting("mail/host", str, str, "the SMTP server's host name")
MAIL_PORT: Setting[int] = Setting("mail/port", lambda: 587, lambda v: int(str(v)), "its port")
MAIL_SECURITY: Setting[str] = Setting(
    "mail/security", lambda: "starttls", str, "none, starttls or ssl"
)
MAIL_USER: Setting[str] = Setting("mail/user", str, str, "the user name to log in with")
MAIL_SENDER: Setting[str] = Setting("mail/sender", str, str, "the From address")

RECENT_SERVERS: Setting[list[str]] = Setting(
    "servers/recent",
    list,
    _strings,
    "server databases opened lately, newest first (addresses only: never a password)",
)

SETTINGS: tuple[Setting[Any], ...] = (
    LAST_FOLDER,
    MAIN_GEOMETRY,
    MAIN_SPLITTER,
    LIVE_TYPE_SCALE,
    LIVE_GEOMETRY,
    PROJECTOR_TYPE_SCALE,
    UI_LANGUAGE,
    DOCUMENTS_FOLDER,
    MAIL_HOST,
    MAIL_PORT,
    MAIL_SECURITY,
    MAIL_USER,
    MAIL_SENDER,
    RECENT_SERVERS,
)
