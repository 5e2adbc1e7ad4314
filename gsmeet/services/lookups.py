"""Small lookup tables that several services need."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, select
from sqlalchemy.orm import Session

from gsmeet.storage.models import Subcommittee


def pairs(session: Session, statement: Executable) -> dict[Any, Any]:
    """A two-column query as a dict of first column → second column."""
    return {key: value for key, value in session.execute(statement)}


def subcommittee_names(session: Session, committee_id: int) -> dict[int, str]:
    return pairs(
        session,
        select(Subcommittee.id, Subcommittee.name).where(Subcommittee.committee_id == committee_id),
    )
