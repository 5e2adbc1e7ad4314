"""Where a gsmeet database is: a SQLite file, or a database on a PostgreSQL server.

Every ``--db`` and the window's "Open server database…" take either. A server is named
by a URL, as libpq and SQLAlchemy write it::

    postgresql://USER@/DB?host=SOCKETDIR        (a Unix socket folder on this machine)
    postgresql://USER:PASSWORD@HOST:PORT/DB     (over the network)

The password is never part of what gsmeet shows, keeps or writes down: :class:`Server`
holds the URL without it (``url``, also its ``str``) and the password apart, in memory
only, for as long as the database is open. Without one in the URL, libpq reads
``PGPASSWORD`` or the ``.pgpass`` file itself; failing those, gsmeet asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from gsmeet.domain.errors import DatabaseError, InvalidInputError
from gsmeet.domain.messages import Message

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_QUERY_PASSWORD = re.compile(r"(^|[?&])password=[^&#]*", re.IGNORECASE)


class NotAServerUrl(InvalidInputError):
    text = "'{url}' is not a server address: {problem}"


class PortNotANumber(Message):
    text = "the port is not a number"


class HasAFragment(Message):
    text = "'#' has no meaning in it"


class NoDatabaseName(InvalidInputError):
    text = "{url}: the address names no database (postgresql://USER@HOST/DATABASE)"


class PasswordNeeded(DatabaseError):
    """The server wants a password none of the usual places gave: ask, then open again
    with :meth:`Server.with_password`."""

    text = "{server}: the server asks for the password of {user}"


class WrongPassword(DatabaseError):
    text = "{server}: the password of {user} was not accepted"


@dataclass(frozen=True, slots=True)
class Server:
    """A database on a PostgreSQL server. ``url``: its address without a password
    (what is shown and remembered); ``password``: given with it, kept in memory only."""

    url: str
    password: str | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.url

    @property
    def user(self) -> str:
        return unquote(urlsplit(self.url).username or "")

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.lstrip("/"))

    def with_password(self, password: str | None) -> Server:
        return Server(self.url, password)


Location = Path | Server
"""A database file or a server database: what ``--db`` and the window open."""


def is_server_url(text: str) -> bool:
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def parse_location(text: str) -> Location:
    """``text`` as ``--db`` means it: a server URL (see the module), else a file path."""
    if not is_server_url(text):
        return Path(text)
    return parse_server(text)


def _masked(text: str) -> str:
    """``text`` with any password in it (``USER:PW@`` or ``?password=PW``) hidden: what
    a message may show of an address that could not be read."""
    scheme, sep, rest = text.partition("://")
    cut = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    userinfo, at, host = rest[:cut].rpartition("@")
    if at and ":" in userinfo:
        userinfo = userinfo.partition(":")[0] + "***"
    netloc = f"{userinfo}{at}{host}"
    return _QUERY_PASSWORD.sub(r"\1password=***", f"{scheme}{sep}{netloc}{rest[cut:]}")


def _without_password(query: str) -> tuple[str, str | None]:
    """``query`` without its ``password=`` parameters, and the last one's value: libpq
    takes a password there too, and it must not stay in what is shown or kept."""
    kept: list[str] = []
    password: str | None = None
    for pair in query.split("&") if query else []:
        key, _, value = pair.partition("=")
        if unquote(key).lower() == "password":
            password = unquote(value)
        else:
            kept.append(pair)
    return "&".join(kept), password


def parse_server(text: str) -> Server:
    """The server database a URL names; the password, if any (in the user part or as a
    ``password=`` parameter), is taken out of it."""
    shown = _masked(text.strip())
    try:
        parts = urlsplit(text.strip())
        port = parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        raise NotAServerUrl(url=shown, problem=PortNotANumber()) from None
    if parts.fragment:
        raise NotAServerUrl(url=shown, problem=HasAFragment())
    user = parts.username
    query, in_query = _without_password(parts.query)
    password = unquote(parts.password) if parts.password is not None else in_query
    host = parts.hostname or ""
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    if user is not None:
        netloc = f"{quote(unquote(user), safe='')}@{netloc}"
    url = urlunsplit(("postgresql", netloc, parts.path or "", query, ""))
    server = Server(url, password or None)
    if not server.database:
        raise NoDatabaseName(url=url)
    return server
