"""What taking a session offline and bringing it back tells the person who did it (the
command line and the window say the same)."""

from __future__ import annotations

from gsmeet.domain.messages import Message
from gsmeet.domain.offline import Change, Conflict


class TakenOffline(Message):
    text = (
        "{meeting} was taken offline to {path}; it is recorded there until it is "
        "brought back with 'gsmeet checkin --db {source} {path}'"
    )


class BroughtBack(Message):
    text = (
        "{meeting} is back from {path}: {added} rows added, {changed} changed, "
        "{deleted} deleted; its checkout is released"
    )


class BroughtBackAlready(Message):
    text = "{path} was brought back already (at {at}); nothing was changed"


class BothChanged(Message):
    text = "{number}. {what} '{name}': changed here{by} and on the laptop ({fields})"


class ChangedHereDeletedThere(Message):
    text = "{number}. {what} '{name}': changed here{by}, deleted on the laptop"


class DeletedHereChangedThere(Message):
    text = "{number}. {what} '{name}': deleted here, changed on the laptop"


class ChangedBy(Message):
    text = " by {who} at {at}"


class KeptSide(Message):
    text = "{number}. {what} '{name}': kept the {side} version"


def listed(conflict: Conflict) -> Message:
    """The line of a conflict in the listing."""
    by: Message | str = ""
    if conflict.server_by:
        by = ChangedBy(who=conflict.server_by, at=conflict.server_at)
    common = {"number": conflict.number, "what": conflict.what, "name": conflict.name}
    if conflict.laptop is Change.DELETED:
        return ChangedHereDeletedThere(**common, by=by)
    if conflict.server is Change.DELETED:
        return DeletedHereChangedThere(**common)
    return BothChanged(**common, by=by, fields=conflict.field_names())
