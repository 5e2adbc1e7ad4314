"""How long each text field may be (in characters), and the check that says so.

One table for every place text enters — the window and the command line (through the
services, and a guard on every write: :mod:`gsmeet.storage.db`), a roster file, a JSON
import — so a value accepted anywhere is accepted everywhere and everything accepted
renders into the documents in seconds. The limits are generous for what people type
(a name is a name; a remark may be a long speech) and documented in
``docs/data-format.md`` (generated from this table).
"""

from __future__ import annotations

from gsmeet.domain.enums import Field
from gsmeet.domain.errors import InvalidInputError

NAME = 200  # a person, committee, body, place, organisation, position …
TITLE = 500  # a session's, an agenda item's, a task's, an action's title
SHORT = 100  # codes, series, a figure, a phone number
EMAIL = 254  # RFC 5321's longest address
NOTE = 20_000  # a reason, a note, a summary, a comment
SPEECH = 200_000  # a remark or a decision as spoken: about 60 pages of Korean text
PATH = 4_096  # a file's path (Linux's PATH_MAX)
RECORD = 500_000_000  # what issued minutes were made from, kept as JSON (not typed)

F = Field
LIMITS: dict[tuple[str, str], tuple[int, Field]] = {
    ("committee", "name"): (NAME, F.COMMITTEE_NAME),
    ("committee", "host_body"): (NAME, F.HOST_BODY),
    ("committee", "department"): (NAME, F.DEPARTMENT),
    ("person", "name"): (NAME, F.NAME),
    ("person", "email"): (EMAIL, F.EMAIL),
    ("person", "phone"): (SHORT, F.PHONE),
    ("session_kind", "code"): (SHORT, F.KIND_CODE),
    ("session_kind", "name_ko"): (NAME, F.KIND_NAME),
    ("session_kind", "name_en"): (NAME, F.KIND_NAME_EN),
    ("session_kind", "series"): (SHORT, F.SERIES),
    ("subcommittee", "name"): (NAME, F.SUBCOMMITTEE_NAME),
    ("track", "name"): (NAME, F.TRACK_NAME),
    ("meeting", "series"): (SHORT, F.SERIES),
    ("meeting", "title"): (TITLE, F.SESSION_TITLE),
    ("meeting", "place"): (NAME, F.PLACE),
    ("meeting", "cancel_reason"): (NOTE, F.CANCEL_REASON),
    ("membership", "organisation"): (NAME, F.ORGANISATION),
    ("membership", "position"): (NAME, F.POSITION),
    ("membership", "left_reason"): (NOTE, F.LEFT_REASON),
    ("strategy", "name"): (NAME, F.STRATEGY_NAME),
    ("strategy", "summary"): (NOTE, F.STRATEGY_SUMMARY),
    ("agenda_item", "title"): (TITLE, F.AGENDA_TITLE),
    ("attendance", "reason"): (NOTE, F.ABSENCE_REASON),
    ("attendance", "proxy_name"): (NAME, F.PROXY_NAME),
    ("guest", "name"): (NAME, F.GUEST_NAME),
    ("guest", "organisation"): (NAME, F.ORGANISATION),
    ("guest", "position"): (NAME, F.POSITION),
    ("minutes_version", "sha256"): (SHORT, F.CHECKSUM),
    ("minutes_version", "changes"): (NOTE, F.CORRECTION),
    ("task", "title"): (TITLE, F.TASK_TITLE),
    ("task", "owner"): (NAME, F.TASK_OWNER),
    ("task", "note"): (NOTE, F.TASK_NOTE),
    ("achievement", "text"): (NOTE, F.ACHIEVEMENT_TEXT),
    ("achievement", "figure"): (SHORT, F.FIGURE),
    ("action_item", "title"): (TITLE, F.ACTION_TITLE),
    ("action_item", "detail"): (NOTE, F.ACTION_DETAIL),
    ("action_item", "owner_text"): (NAME, F.ACTION_OWNER),
    ("decision", "text"): (SPEECH, F.DECISION_TEXT),
    ("remark", "text"): (SPEECH, F.REMARK_TEXT),
    ("task_status_change", "note"): (NOTE, F.STATUS_NOTE),
    ("action_review", "comment"): (NOTE, F.REVIEW_COMMENT),
    ("mail_delivery", "name"): (NAME, F.RECIPIENT_NAME),
    ("mail_delivery", "address"): (EMAIL, F.RECIPIENT_ADDRESS),
    ("mail_delivery", "attachments"): (NOTE, F.ATTACHMENTS),
    ("mail_delivery", "subject"): (TITLE, F.MAIL_SUBJECT),
    ("mail_delivery", "sender"): (EMAIL, F.SENDER),
    ("mail_delivery", "server"): (NAME, F.MAIL_SERVER),
    ("mail_delivery", "reply"): (NOTE, F.SERVER_REPLY),
    ("action_change", "note"): (NOTE, F.STATUS_NOTE),
    ("minutes_version", "lang"): (SHORT, F.LANGUAGE),
    ("minutes_file", "record"): (RECORD, F.KEPT_RECORD),
    ("minutes_file", "pages"): (RECORD, F.KEPT_RECORD),
    ("minutes_confirmation", "name"): (NAME, F.CONFIRMER),
    ("minutes_confirmation", "digest"): (SHORT, F.CHECKSUM),
    ("minutes_correction", "target"): (SHORT, F.CORRECTION_TARGET),
    ("minutes_correction", "before"): (SPEECH, F.CORRECTION_BEFORE),
    ("minutes_correction", "after"): (SPEECH, F.CORRECTION_AFTER),
    ("minutes_correction", "asked_by"): (NAME, F.CORRECTION_ASKED_BY),
    ("minutes_correction", "reason"): (NOTE, F.CORRECTION_REASON),
    ("minutes_correction", "confirmed_by"): (NAME, F.CONFIRMER),
    ("pending_file", "path"): (PATH, F.FILE_PATH),
}
DEFAULT = NAME  # a text column not in the table (a new one) gets a name's limit


class TextTooLong(InvalidInputError):
    text = "{field}: {length} characters is more than the {limit} allowed"


class TextTooLongAt(InvalidInputError):
    text = "{place}, {field}: {length} characters is more than the {limit} allowed"


def limit_of(table: str, column: str) -> int:
    found = LIMITS.get((table, column))
    return DEFAULT if found is None else found[0]


def check_length(table: str, column: str, value: object, *, place: object = None) -> None:
    """Raise :class:`TextTooLong` (or, given ``place`` — a file's row, a place in a
    JSON document — :class:`TextTooLongAt`) when ``value`` is text longer than the
    limit of ``table.column``, naming the field as people know it."""
    if not isinstance(value, str):
        return
    found = LIMITS.get((table, column))
    limit = DEFAULT if found is None else found[0]
    if len(value) <= limit:
        return
    named: object = f"{table}.{column}" if found is None else found[1]
    if place is None:
        raise TextTooLong(field=named, length=len(value), limit=limit)
    raise TextTooLongAt(place=place, field=named, length=len(value), limit=limit)
