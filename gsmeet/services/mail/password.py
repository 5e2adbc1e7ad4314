"""Where the SMTP password comes from, never from a settings file: the environment
(``GSMEET_SMTP_PASSWORD``), the system's keyring where one exists (Secret Service on
Linux, Keychain, Windows Credential Manager — the ``keyring`` package), or the person,
asked at the time. Without a keyring (a server, a session with no Secret Service)
keyring raises; that is "no keyring", not an error."""

from __future__ import annotations

import os

from gsmeet.domain.errors import InvalidInputError

ENVIRONMENT = "GSMEET_SMTP_PASSWORD"
SERVICE = "gsmeet-smtp"


def account(user: str, host: str) -> str:
    return f"{user}@{host}"


def from_environment() -> str | None:
    value = os.environ.get(ENVIRONMENT)
    return value if value else None


def keyring_available() -> bool:
    """Whether this system has a keyring gsmeet can keep a password in."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # no package, a backend that fails to load: no keyring
        return False


def from_keyring(user: str, host: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, account(user, host))
    except Exception:  # NoKeyringError, a locked keyring, no D-Bus: nothing kept
        return None


def remember(user: str, host: str, password: str) -> bool:
    """Keep ``password`` in the system's keyring; False when there is none."""
    if not keyring_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, account(user, host), password)
    except Exception:  # refused by the keyring (locked, dismissed): not kept
        return False
    return True


def known_password(user: str, host: str) -> str | None:
    """The password from the environment, else the keyring; None: ask for it."""
    return from_environment() or from_keyring(user, host)


class PasswordNotKnown(InvalidInputError):
    text = "Type the password for {user}: there is none in GSMEET_SMTP_PASSWORD or the keyring"


def password_for(user: str, host: str, typed: str) -> str:
    """The password to log in with: the one typed, else :func:`known_password`
    (the keyring may ask to be unlocked: call it off the GUI thread); "" with no user."""
    if not user or typed:
        return typed
    known = known_password(user, host)
    if not known:
        raise PasswordNotKnown(user=user)
    return known
