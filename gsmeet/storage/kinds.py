"""The kinds of session a new committee starts with, as rows."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gsmeet.domain.kinds import DEFAULT_KINDS
from gsmeet.storage.models import SessionKind


def add_default_kinds(session: Session, committee_id: int) -> list[SessionKind]:
    """The six default kinds (:data:`gsmeet.domain.kinds.DEFAULT_KINDS`) for a committee."""
    rows = [
        SessionKind(
            committee_id=committee_id,
            code=spec.code,
            name_ko=spec.name_ko,
            name_en=spec.name_en,
            series=spec.series,
            quorum_applies=spec.quorum_applies,
            for_subcommittee=spec.for_subcommittee,
            position=position,
        )
        for position, spec in enumerate(DEFAULT_KINDS, start=1)
    ]
    session.add_all(rows)
    session.flush()
    return rows
