"""What an edit touched, so that each screen reloads what shows it and only that (as
Anki's ``OpChanges``). Every service that writes declares its :class:`Changes`
(:func:`gsmeet.services.changes.touches`); the window applies them in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Changes:
    sessions: bool = False  # the session list: a session added, prepared, issued, removed
    agenda: bool = False  # a session's agenda
    record: bool = False  # what was recorded at a session: attendance, remarks, outcomes
    members: bool = False  # the committee register
    strategies: bool = False  # the strategy register (tasks, achievements)
    meeting_id: int | None = None  # the session it was about, to show it

    def __or__(self, other: Changes) -> Changes:
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name != "meeting_id"
        }
        about = other.meeting_id if other.meeting_id is not None else self.meeting_id
        return Changes(**flags, meeting_id=about)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "meeting_id")

    def about(self, meeting_id: int | None) -> Changes:
        return replace(self, meeting_id=meeting_id)


NOTHING = Changes()
SESSIONS = Changes(sessions=True)
AGENDA = Changes(agenda=True)
RECORD = Changes(record=True)
MEMBERS = Changes(members=True)
STRATEGIES = Changes(strategies=True)
