"""The live session: the services under the secretary's live screen.

Every function that changes something runs in one transaction, committed before it
returns (the screen says "saved" only then), and returns what the screen needs to undo
it. A meeting whose minutes were issued raises :class:`LockedError` on any edit.

- :mod:`.session` — start, agenda navigation, the state the screen shows, end;
- :mod:`.attendance` — check-ins and the quorum;
- :mod:`.entries` and :mod:`.actions` — typed entries, remarks, decisions, action
  items, with edits, deletes and restores;
- :mod:`.briefings` — a strategy's status briefing, task status changes and
  achievements recorded at the meeting;
- :mod:`.reviews` — earlier action items reviewed;
- :mod:`.common` — what they share: the meeting and its lock, people on the date.
"""
