"""PyInstaller runtime hook (installer.spec): the bundle's PostgreSQL client.

The bundle carries one libpq (Debian's libpq5, beside the bundle's OpenSSL) instead of
psycopg-binary's own copies of libpq, OpenSSL, Kerberos and LDAP. psycopg's C build,
compiled against it, links it by name and finds it at the bundle's top; psycopg's
Python implementation, its fallback (``PSYCOPG_IMPL=python``), looks libpq up with
``ctypes.util.find_library("pq")``, which searches the system only: here it finds the
bundle's copy first."""

import ctypes.util
import os
import sys

_BUNDLED = os.path.join(sys._MEIPASS, "libpq.so.5")  # type: ignore[attr-defined]
_system_find_library = ctypes.util.find_library


def _find_library(name: str) -> str | None:
    if name == "pq" and os.path.exists(_BUNDLED):
        return _BUNDLED
    return _system_find_library(name)


ctypes.util.find_library = _find_library
