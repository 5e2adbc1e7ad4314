"""Messages from the services, in the window's language, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from gsmeet.domain.labels import Lang
from gsmeet.domain.messages import CONTEXT, Message


def window_language() -> Lang:
    """The language the window was started in (``install_translators`` sets it)."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def describe(message: Message | BaseException) -> str:
    """The one line the user is shown for ``message`` (an error or a notice; an
    ``OSError`` in the user's words, never ``[Errno 28]``)."""
    if isinstance(message, OSError):
        from gsmeet.domain.files import as_error

        message = as_error(message)
    if not isinstance(message, Message):
        return str(message)
    return message.render(window_language(), translated)


def translated(cls: type[Message]) -> str:
    """The template of ``cls`` in the window's language (Qt's translator)."""
    return QCoreApplication.translate(CONTEXT, cls.text, cls.key())


def one_line(message: Message | BaseException) -> str:
    """:func:`describe`, cut to its first line (never empty)."""
    text = describe(message).strip()
    return text.splitlines()[0] if text else type(message).__name__
