"""The complete data of a database as a versioned JSON document, and back.

The format is documented in ``docs/data-format.md``. It is a plain dump of every table,
rows ordered by id, so export → import → export gives the same file apart from
``exported_at``. Import validates the whole document before it writes anything, and
writes in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    Table,
    Time,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gsmeet.domain.changes import AGENDA, MEMBERS, RECORD, SESSIONS, STRATEGIES
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.identity import is_uid
from gsmeet.domain.limits import check_length
from gsmeet.domain.locations import Server
from gsmeet.services.admin.errors import (
    HoldsData,
    IdTwice,
    MissingField,
    MissingTarget,
    MustNotBeNull,
    NotABoolean,
    NotAnExport,
    NotARealDate,
    NotARealMoment,
    NotARealTime,
    NotAUid,
    NotAWholeNumber,
    NotBase64,
    NotOneOf,
    NotText,
    NotUnique,
    NumberHeldTwice,
    RowNotAnObject,
    ServerHoldsData,
    TableNotAList,
    TablesNotAnObject,
    TooLarge,
    UidTwice,
    UnknownField,
    UnknownTableName,
    UnknownVersion,
)
from gsmeet.services.changes import touches
from gsmeet.services.store import Database
from gsmeet.storage import engines
from gsmeet.storage.models import Base, is_tracking
from gsmeet.storage.schema import HEAD_REVISION

FORMAT_NAME = "gsmeet"
# 2: kinds of session, guests, postponements (schema 0002); 3: mail deliveries (0004);
# 4: action item changes, the issued minutes' files, confirmations, corrections (0005);
# 5: every row's uid (0007)
FORMAT_VERSION = 5
# Older versions are brought up first (services/admin/legacy); a format-2 file is a
# format-3 one without mail deliveries.
READABLE_VERSIONS = (1, 2, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class TransferSummary:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# What a database keeps about the people and machines working on it at the moment, not
# committee data: who runs a session live, which session is out on a laptop
# (storage.models), the temporary files a machine's issue is writing (PendingFile;
# exports before schema 0009 carried them: an import passes over them).
NOT_EXPORTED = frozenset({"live_lease", "checkout", "pending_file"})


def tables() -> list[Table]:
    """Every table of committee data, each after the tables it refers to."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED]


def columns(table: Table) -> list[Column[Any]]:
    """The columns of ``table`` an export holds: not those only the database needs
    (a row's version and who changed it last: storage.models.is_tracking), which an
    import starts afresh."""
    return [c for c in table.columns if not is_tracking(c)]


# --- export -----------------------------------------------------------------


def export_data(store: Database) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema": HEAD_REVISION,
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "tables": {},
    }
    with store.session() as session:
        for table in tables():
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            document["tables"][table.name] = [
                {column.name: to_json(row[column.name]) for column in columns(table)}
                for row in rows
            ]
    return document


def export_to_file(store: Database, out: Path) -> TransferSummary:
    """Write the whole database to ``out`` as JSON (atomically, owner-only)."""
    from gsmeet.services.files import refuse_database_target, write_atomically

    refuse_database_target(out, store.location)
    document = export_data(store)
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    write_atomically(out, text.encode("utf-8"), private=True)
    return TransferSummary({name: len(rows) for name, rows in document["tables"].items()})


def to_json(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, bytes):  # an issued file: base64, as JSON has no bytes
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return value


# --- import -----------------------------------------------------------------


def read_document(path: Path) -> dict[str, Any]:
    """Parse and fully validate an export file; raises :class:`InvalidInputError`
    naming the first problem and where it is."""
    from gsmeet.services.admin.reading import load_json

    return validate(load_json(path), str(path))


def validate(document: Any, where: str = "document") -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise NotAnExport(where=where)
    version = document.get("format_version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise UnknownVersion(where=where, version=repr(version), known=FORMAT_VERSION)
    if version == 1:
        from gsmeet.services.admin.legacy import upgrade_v1

        return validate(upgrade_v1(document), where)
    if version in (2, 3):
        from gsmeet.services.admin.legacy import upgrade_v3

        return validate(upgrade_v3(document), where)
    if version == 4:
        from gsmeet.services.admin.legacy import upgrade_v4

        return validate(upgrade_v4(document), where)
    data = document.get("tables")
    if not isinstance(data, dict):
        raise TablesNotAnObject(where=where)
    known = {table.name: table for table in tables()}
    for name in [name for name in data if name in NOT_EXPORTED]:
        del data[name]
    for name in data:
        if name not in known:
            raise UnknownTableName(where=where, name=name)
    ids: dict[str, set[int]] = {}
    for table in tables():
        rows = data.get(table.name, [])
        if not isinstance(rows, list):
            raise TableNotAList(where=where, table=table.name)
        ids[table.name] = _validate_rows(table, rows, f"tables.{table.name}")
    for table in tables():
        _check_references(table, data.get(table.name, []), ids)
    _check_numbers(data.get("meeting", []))
    return document


def _check_numbers(meetings: list[dict[str, Any]]) -> None:
    """No two sessions that stand hold one number in one series of one body (the rule
    of :mod:`gsmeet.services.numbering`, which no index holds)."""
    seen: dict[tuple[object, ...], int] = {}
    for index, row in enumerate(meetings):
        if row["number"] is None or row["status"] == "cancelled":
            continue
        key = (row["committee_id"], row["series"], row["subcommittee_id"], row["number"])
        if key in seen:
            raise NumberHeldTwice(
                place=f"tables.meeting[{index}].number",
                number=row["number"],
                other=f"tables.meeting[{seen[key]}]",
            )
        seen[key] = index


def _validate_rows(table: Table, rows: list[Any], where: str) -> set[int]:
    known = {column.name: column for column in columns(table)}
    seen: set[int] = set()
    uids: set[str] = set()
    for index, row in enumerate(rows):
        place = f"{where}[{index}]"
        if not isinstance(row, dict):
            raise RowNotAnObject(place=place)
        for key in row:
            if key not in known:
                raise UnknownField(place=place, name=key)
        for name, column in known.items():
            if name not in row:
                raise MissingField(place=place, name=name)
            row[name] = _from_json(column.type, row[name], column.nullable, f"{place}.{name}")
            check_length(table.name, name, row[name], place=f"{place}.{name}")
        if row["id"] in seen:
            raise IdTwice(place=f"{place}.id", id=row["id"])
        seen.add(row["id"])
        _check_uid(row["uid"], uids, f"{place}.uid")
    return seen


def _check_uid(uid: str, seen: set[str], place: str) -> None:
    if not is_uid(uid):
        raise NotAUid(place=place, value=uid)
    if uid in seen:
        raise UidTwice(place=place, uid=uid)
    seen.add(uid)


def _from_json(kind: Any, value: Any, nullable: bool | None, place: str) -> Any:
    if value is None:
        if nullable:
            return None
        raise MustNotBeNull(place=place)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise NotABoolean(place=place, value=repr(value))
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise NotAWholeNumber(place=place, value=repr(value))
        if not -(2**63) <= value < 2**63:  # SQLite's integers are 64-bit
            raise TooLarge(place=place, value=value)
        return value
    if not isinstance(value, str):
        raise NotText(place=place, value=repr(value))
    if isinstance(kind, Enum):
        if value not in kind.enums:
            raise NotOneOf(place=place, value=value, allowed=list(kind.enums))
        return kind.enum_class(value) if kind.enum_class else value
    parsers: tuple[tuple[type, Any, type[InvalidInputError]], ...] = (
        (LargeBinary, _from_base64, NotBase64),
        (DateTime, datetime.fromisoformat, NotARealMoment),
        (Date, date.fromisoformat, NotARealDate),
        (Time, time.fromisoformat, NotARealTime),
    )
    for sql_type, parse, problem in parsers:
        if isinstance(kind, sql_type):
            try:
                return parse(value)
            except ValueError:
                raise problem(place=place, value=value) from None
    return value


def _from_base64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError(str(error)) from None


def _check_references(
    table: Table, rows: Iterable[dict[str, Any]], ids: dict[str, set[int]]
) -> None:
    references = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
    for index, row in enumerate(rows):
        for column, target in references:
            value = row[column]
            if value is not None and value not in ids[target]:
                raise MissingTarget(
                    place=f"tables.{table.name}[{index}].{column}", table=target, id=value
                )


@touches(SESSIONS, AGENDA, RECORD, MEMBERS, STRATEGIES)
def import_document(store: Database, document: dict[str, Any]) -> TransferSummary:
    """Write a validated document into an empty database, all or nothing."""
    counts: dict[str, int] = {}
    try:
        _insert_all(store, document, counts)
    except IntegrityError as error:  # a unique rule the row checks do not cover
        raise NotUnique(columns=engines.broken_rule(error)) from None
    return TransferSummary(counts)


def _insert_all(store: Database, document: dict[str, Any], counts: dict[str, int]) -> None:
    with store.session() as session:
        existing = session.execute(
            select(func.count()).select_from(Base.metadata.tables["committee"])
        ).scalar_one()
        if existing:
            if isinstance(store.location, Server):
                raise ServerHoldsData(server=store.location)
            raise HoldsData(path=store.location)
        for table in tables():
            rows = document["tables"].get(table.name, [])
            if rows:
                insert_rows(session, table, rows)
            counts[table.name] = len(rows)
        engines.after_rows_with_ids(session, tables())


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Write ``rows`` with their own ids. A row may refer to another of its table that
    comes later (a sub-item before its parent), which no engine checks at COMMIT for
    every constraint, so such references are written once all the rows are there."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        session.execute(insert(table), rows)
        return
    session.execute(insert(table), [{**row, **dict.fromkeys(own)} for row in rows])
    later = [row for row in rows if any(row[column] is not None for column in own)]
    if later:
        values: dict[str, Any] = {column: bindparam(f"_{column}") for column in own}
        session.execute(
            update(table).where(table.c.id == bindparam("_id")).values(values),
            [{"_id": row["id"], **{f"_{c}": row[c] for c in own}} for row in later],
        )
