"""The registers on the demo committee: its ids and days, and what the tests compare."""

from __future__ import annotations

from datetime import date
from typing import Any

from gsmeet.domain.register import MemberRow
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.register import (
    list_members,
)
from gsmeet.storage.db import Store

COMMITTEE, HELD, PLANNED = 1, 2, 3


DAY = date(2019, 11, 28)


LATER = date(2019, 12, 2)


def everything(store: Store) -> Any:
    return export_data(store)["tables"]


def member(store: Store, name: str, on: date = DAY) -> MemberRow:
    rows = list_members(store, COMMITTEE, on=on, include_former=True)
    return next(r for r in rows if r.name == name)
