"""What a PostgreSQL server's refusals and a lost connection mean to the user: one
message for psycopg's error, whoever met it — the full way's engine
(:func:`gsmeet.storage.server.explain`) or the plain reader
(:func:`gsmeet.storage.reader.open_server_reader`). No SQLAlchemy here."""

from __future__ import annotations

from gsmeet.domain.errors import DatabaseError, GsmeetError, LockedError, NotFoundError
from gsmeet.domain.locations import PasswordNeeded, Server, WrongPassword


class ServerRefusedLogin(DatabaseError):
    text = "{server}: the server does not let {user} in; ask its administrator"


class NoSuchServerDatabase(NotFoundError):
    text = "{server}: the server has no database {database}"


class ConnectionLost(DatabaseError):
    """The server went away in the middle of a unit of work (or cannot be reached:
    :class:`DatabaseServerUnreachable`); what the work would have written is not there."""

    text = "{server}: the connection to the server was lost; nothing of this change was saved"


class DatabaseServerUnreachable(ConnectionLost):
    text = "{server}: the server cannot be reached; check that it runs and the address"


class NotPermitted(DatabaseError):
    text = "{server}: {user} may not make this change on the server"


class ServerReadOnly(DatabaseError):
    text = "{server}: opened read-only; nothing was saved"


class ServerBusy(LockedError):
    text = "{server}: another change to the same rows is under way; try again"


def refusal(
    server: Server, error: BaseException | None, *, invalidated: bool = False
) -> GsmeetError | None:
    """The message for psycopg's ``error`` when it is a refusal of the server or a lost
    connection (its own words kept, unshown, as ``detail``); None for what is not the
    server's doing (a broken rule of the schema, which the caller reports in its own
    terms). ``invalidated``: the connection is known to be gone (SQLAlchemy says so)."""
    import psycopg

    detail = str(error).strip()
    state = str(getattr(error, "sqlstate", "") or "") or _connect_state(detail)
    user = server.user or "?"
    if state == "28P01":
        return WrongPassword(server=server, user=user, detail=detail)
    if state == "28000":
        return ServerRefusedLogin(server=server, user=user, detail=detail)
    if state == "3D000":
        return NoSuchServerDatabase(server=server, database=server.database, detail=detail)
    if state == "42501":
        return NotPermitted(server=server, user=user, detail=_first_line(detail))
    if state == "25006":
        return ServerReadOnly(server=server, detail=detail)
    if state in ("40001", "40P01", "55P03"):
        return ServerBusy(server=server, detail=detail)
    if "no password supplied" in detail or "password is required" in detail:
        return PasswordNeeded(server=server, user=user, detail=detail)
    if invalidated or state.startswith(("08", "57P")):
        return ConnectionLost(server=server, detail=detail)
    if isinstance(error, psycopg.OperationalError) and not state:
        # libpq could not connect at all: no such socket, host or port.
        return DatabaseServerUnreachable(server=server, detail=detail)
    return None


# libpq's refusals at connection time carry no SQLSTATE, only the server's words (in
# the server's language: a server set to another one's refusals read as unreachable).
_CONNECT_REFUSALS = (
    ("password authentication failed", "28P01"),
    ("does not exist", "3D000"),  # database "x" does not exist; role: below
    ("no pg_hba.conf entry", "28000"),
)


def _connect_state(detail: str) -> str:
    if "FATAL" not in detail:
        return ""
    if "role" in detail and "does not exist" in detail:
        return "28000"
    for words, state in _CONNECT_REFUSALS:
        if words in detail:
            return state
    return ""


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else text
