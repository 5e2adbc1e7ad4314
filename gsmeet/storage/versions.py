"""A versioned row's version, raised by every change, with who made it, when, and
what: noted as the row is written (:class:`~gsmeet.storage.models.Versioned`), for the
message that refuses an edit made on an older version ("김태형's 직위 was changed by
lee at 14:03").

Installed once for every Session (``install``, called by the stores), so no service
has to remember it. (Not SQLAlchemy's version counter: it writes each row of a
reordered agenda with a statement of its own, where a plain column lets the rows go in
one batch; the check is made where an edit reads the row, under a row lock.)
"""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session

from gsmeet.storage import engines
from gsmeet.storage.models import Versioned, is_tracking

_who: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def install() -> None:
    """Note the changes of every Session from now on (idempotent)."""
    if not event.contains(Session, "before_flush", _stamp):
        event.listen(Session, "before_flush", _stamp)


def changed_fields(row: Versioned) -> list[str]:
    """The columns of ``row`` changed in this unit of work (tracking columns aside)."""
    state = inspect(row)
    return [
        attribute.key
        for attribute in state.mapper.column_attrs
        if not is_tracking(attribute.columns[0])
        and state.attrs[attribute.key].history.has_changes()
    ]


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    # A new row is version 1, changed by nobody (as a migrated or imported one): only
    # changes are noted, so the same data gives the same database however it came.
    rows = [r for r in session.dirty if isinstance(r, Versioned)]
    if not rows:
        return
    who = _who_in(session)
    now = datetime.now().replace(microsecond=0)
    for row in rows:
        fields = changed_fields(row)
        if fields:  # (a row only touched, not changed, is not a change)
            row.version = (row.version or 0) + 1
            row.changed_by, row.changed_at = who, now
            row.changed_fields = ",".join(fields)


def _who_in(session: Session) -> str:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine not in _who:
        _who[engine] = engines.who(session)
    return _who[engine]
