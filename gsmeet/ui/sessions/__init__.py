"""The session browser: the list of sessions, one session's overview, agenda,
attendance and records, and the dialogs for preparing a session and its minutes."""
