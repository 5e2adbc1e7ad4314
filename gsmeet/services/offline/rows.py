"""Every row of a database as plain values, and what tells two copies of a row apart.

A row's *digest* covers every value of committee data it holds — its references as the
uids of the rows they point to, since ids are each database's own — and nothing of the
bookkeeping (its id, its version, who changed it last). Taken of every row at the
checkout (the *base*), it tells at the check-in which side changed a row since: the
one whose digest is no longer the base's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from gsmeet.services.admin.transfer import tables as exported_tables
from gsmeet.services.admin.transfer import to_json
from gsmeet.storage.models import Base, Versioned, is_tracking

# Not carried to a laptop: a temporary file being written on this computer.
LOCAL = frozenset({"pending_file"})

Row = dict[str, Any]
Base_ = dict[str, dict[str, str]]  # table → uid → digest


def offline_tables() -> list[Table]:
    """The tables a checkout copies and a check-in merges, each after those it refers to."""
    return [t for t in exported_tables() if t.name not in LOCAL]


def versioned(table: Table) -> bool:
    """Whether ``table``'s rows carry a version (the registers, agenda items)."""
    return any(
        m.local_table is table and issubclass(m.class_, Versioned) for m in Base.registry.mappers
    )


@dataclass
class Snapshot:
    """One database's rows: by table, in id order; and each row's uid by id."""

    rows: dict[str, list[Row]]
    uid_of: dict[str, dict[int, str]]

    def by_uid(self, table: str) -> dict[str, Row]:
        return {row["uid"]: row for row in self.rows[table]}

    def digests(self) -> Base_:
        return {
            table.name: {
                row["uid"]: digest(table, row, self.uid_of) for row in self.rows[table.name]
            }
            for table in offline_tables()
        }


def read_all(session: Session) -> Snapshot:
    rows: dict[str, list[Row]] = {}
    for table in offline_tables():
        query = select(table).order_by(table.c.id)
        rows[table.name] = [dict(row) for row in session.execute(query).mappings()]
    uid_of = {name: {row["id"]: row["uid"] for row in found} for name, found in rows.items()}
    return Snapshot(rows, uid_of)


def data_columns(table: Table) -> list[str]:
    """The columns of committee data: not the id, the uid, or the bookkeeping."""
    return [c.name for c in table.columns if c.name not in ("id", "uid") and not is_tracking(c)]


def references(table: Table) -> dict[str, str]:
    """column → the table it refers to."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def values(table: Table, row: Row, uid_of: dict[str, dict[int, str]]) -> dict[str, Any]:
    """``row``'s data as JSON values, its references as uids."""
    refer = references(table)
    found: dict[str, Any] = {}
    for name in data_columns(table):
        value = row[name]
        if name in refer and value is not None:
            value = uid_of[refer[name]].get(value, f"?{value}")
        found[name] = to_json(value)
    return found


def digest(table: Table, row: Row, uid_of: dict[str, dict[int, str]]) -> str:
    text = json.dumps(values(table, row, uid_of), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def name_of(table: Table, row: Row, snapshot: Snapshot) -> str:
    """How people know a row: its name or title, the start of its text, its person's name."""
    for column in ("name", "title", "text", "note", "comment"):
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 40 else text[:39] + "…"
    person = row.get("person_id") or row.get("speaker_id")
    if person is not None:
        for other in snapshot.rows["person"]:
            if other["id"] == person:
                return str(other["name"])
    held = row.get("held_on")
    return str(held) if held is not None else row["uid"][:8]
