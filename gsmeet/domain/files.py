"""Why a file could not be read or written, in the user's words.

The operating system's own text (``strerror``) is English on most systems; a message
shows :func:`reason` instead, chosen by the error's number, and keeps the system's
text as an unshown field for logs.
"""

from __future__ import annotations

import errno

from gsmeet.domain.errors import GsmeetError, NotFoundError
from gsmeet.domain.messages import Message


class NoSuchFile(NotFoundError):
    text = "{path}: no such file"


class DiskFull(Message):
    text = "the disk is full"


class NoPermission(Message):
    text = "permission denied"


class ReadOnlyDisk(Message):
    text = "the disk is read-only"


class NoSuchPath(Message):
    text = "it does not exist"


class IsAFolder(Message):
    text = "it is a folder"


class NotAFolder(Message):
    text = "part of the path is not a folder"


class FileBusy(Message):
    text = "another program is using it"


class NameTooLong(Message):
    text = "the name is too long"


class DiskFailed(Message):
    text = "the disk reported an error"


class OtherSystemError(Message):
    text = "system error {code}"


_BY_NAME: dict[str, type[Message]] = {
    "ENOSPC": DiskFull,
    "EDQUOT": DiskFull,
    "EACCES": NoPermission,
    "EPERM": NoPermission,
    "EROFS": ReadOnlyDisk,
    "ENOENT": NoSuchPath,
    "EISDIR": IsAFolder,
    "ENOTDIR": NotAFolder,
    "EBUSY": FileBusy,
    "ETXTBSY": FileBusy,
    "ENAMETOOLONG": NameTooLong,
    "EIO": DiskFailed,
}
# By number, for the names this platform has (Windows lacks some).
_REASONS = {getattr(errno, name): cls for name, cls in _BY_NAME.items() if hasattr(errno, name)}
_WINDOWS_SHARING = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def reason(error: OSError) -> Message:
    """What went wrong with a file, as a message (``system error EXDEV`` when the
    number is not one people meet)."""
    if getattr(error, "winerror", None) in _WINDOWS_SHARING:
        return FileBusy(detail=error.strerror)
    found = _REASONS.get(error.errno or 0)
    if found is not None:
        return found(detail=error.strerror)
    code = errno.errorcode.get(error.errno or 0, str(error.errno))
    return OtherSystemError(code=code, detail=error.strerror)


class FileRefused(GsmeetError):
    text = "{path}: the file could not be used ({reason})"


class SystemRefused(GsmeetError):
    text = "the system refused: {reason}"


def as_error(error: OSError) -> GsmeetError:
    """An ``OSError`` no layer turned into a message (a full disk met where nobody
    expected one), as one line in the user's words, naming the file when it is known."""
    if error.filename:
        return FileRefused(path=error.filename, reason=reason(error))
    return SystemRefused(reason=reason(error))
