"""A register value read and written in a database file or on a server, outside any
window: what a colleague (or the laptop) changes while a session is out."""

from __future__ import annotations

from gsmeet.domain.locations import Location
from gsmeet.services.store import Database, open_database
from gsmeet.storage.models import Person


def set_phone(location: Location, person_id: int, phone: str) -> None:
    store: Database = open_database(location)
    try:
        with store.session() as s:
            s.get_one(Person, person_id).phone = phone
    finally:
        store.close()


def phone_of(location: Location, person_id: int) -> str:
    store: Database = open_database(location)
    try:
        with store.session() as s:
            return s.get_one(Person, person_id).phone
    finally:
        store.close()
