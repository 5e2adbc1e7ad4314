"""What the secretary types in the live note field, read as a structured entry.

Plain text is a remark. A prefix makes it something else:

- ``결정:`` / ``decision:`` — a decision (``결정: 원안대로 의결``);
- ``조치:`` / ``action:`` — an action item, where ``@name`` names the owner and
  ``~date`` the due date (``조치: 예산안 재검토 @김도윤 ~2019-09-30``).

Prefixes are case-insensitive, take an ASCII or a full-width colon (``결정：``, what a
Korean IME often types) with spaces around it tolerated. An owner with a space in the
name is quoted: ``@"미래전략과 기획팀"``. The due date takes every format
:func:`~gsmeet.domain.dates.parse_date` reads, with spaces (``~2019. 9. 30.``), and a
month and day alone (``~9/30``, ``~9월 30일``) meaning their next occurrence from
``today``; a trailing ``까지`` ("by") is allowed.

Parsing never raises: a problem comes back as ``error``, a message naming the token,
for the UI to show while the text stays in the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gsmeet.domain.dates import NotADate, parse_date, parse_due_date
from gsmeet.domain.edits import Undo
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.records import ActionRecord, DecisionRecord, RemarkRecord


class NothingToSave(InvalidInputError):
    text = "Nothing to save"


class DecisionHasNoText(InvalidInputError):
    text = "{prefix}: the decision has no text"


class ActionHasNoTitle(InvalidInputError):
    text = "{prefix}: the action item has no title"


class OneOwnerOnly(InvalidInputError):
    text = "{tokens}: one owner per action item"


class OwnerHasNoName(InvalidInputError):
    text = "{token}: the owner has no name"


class UnclosedQuote(InvalidInputError):
    text = "{token}: close the quotes around the owner's name"


class OneDueDateOnly(InvalidInputError):
    text = "{tokens}: one due date per action item"


class DueNeedsYear(InvalidInputError):
    text = "{token}: give the year (2019-09-30)"


class EntryKind(StrEnum):
    REMARK = "remark"
    DECISION = "decision"
    ACTION = "action"


@dataclass(frozen=True, slots=True)
class Entry:
    """A parsed entry. ``text`` is what is saved (prefix and tokens removed);
    ``error`` is None when the entry can be saved."""

    kind: EntryKind
    text: str
    owner_query: str = ""
    due_on: date | None = None
    error: InvalidInputError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class EntryResult:
    """What a saved entry became; exactly one of the three records is set. A deleted
    one also holds what puts its row back (``undo``, from the delete's
    :class:`~gsmeet.domain.edits.Deleted`)."""

    kind: EntryKind
    remark: RemarkRecord | None = None
    decision: DecisionRecord | None = None
    action: ActionRecord | None = None
    undo: Undo | None = None


_KINDS = {
    "결정": EntryKind.DECISION,
    "decision": EntryKind.DECISION,
    "조치": EntryKind.ACTION,
    "action": EntryKind.ACTION,
}
_PREFIX = re.compile(r"\A\s*(결정|decision|조치|action)\s*[:：]", re.IGNORECASE)

# An owner token starts a word (so an e-mail address in the text is not one); quotes,
# straight or curly, allow spaces in the name.
_OWNER = re.compile(r'(?<!\S)[@＠](?:"([^"]*)"|“([^”]*)”|(\S+))')

# A due token: a tilde (ASCII or the full-width ones IMEs produce) starting a word and
# followed by a digit; "~까지" or "10~20" stay text. Spaces may sit inside a date as
# Korean documents write it (2019. 9. 30.), so date shapes are tried before a bare word.
_D = "[0-9]"
_SEP = r"\s*[.\-/]\s*"
_DATE_SHAPES = (
    rf"{_D}{{4}}{_SEP}{_D}{{1,2}}{_SEP}{_D}{{1,2}}(?:\s*\.)?",
    rf"{_D}{{4}}\s*년\s*{_D}{{1,2}}\s*월\s*{_D}{{1,2}}\s*일",
    rf"{_D}{{2}}[.\-/]{_D}{{1,2}}[.\-/]{_D}{{1,2}}\.?",
    rf"{_D}{{8}}",
    rf"{_D}{{1,2}}\s*월\s*{_D}{{1,2}}\s*일",
    rf"{_D}{{1,2}}\s*[./]\s*{_D}{{1,2}}\.?",
)
_DUE = re.compile(
    r"(?<!\S)[~～〜]\s*(?=[0-9])(?:(" + "|".join(_DATE_SHAPES) + r")(?:까지)?(?=\s|\Z)|(\S+))"
)
_MONTH_DAY = re.compile(rf"\A{_D}{{1,2}}\s*(?:[./]|월)\s*{_D}{{1,2}}\s*(?:일|\.)?\Z")


def parse_entry(text: str, *, today: date | None = None) -> Entry:
    """Read ``text`` as a remark, a decision or an action item (see the module).

    ``today`` (the meeting's date) gives the year of a due date typed without one; it
    is never raised past the UI: a problem is returned in ``Entry.error``.
    """
    match = _PREFIX.match(text)
    if match is None:
        body = text.strip()
        return Entry(EntryKind.REMARK, body, error=None if body else NothingToSave())
    kind = _KINDS[match.group(1).casefold()]
    body = text[match.end() :].strip()
    if kind is EntryKind.DECISION:
        error = None if body else DecisionHasNoText(prefix=match.group(1))
        return Entry(kind, body, error=error)
    return _action(body, match.group(1), today)


def _action(body: str, prefix: str, today: date | None) -> Entry:
    owners = list(_OWNER.finditer(body))
    # A quoted owner may hold a "~date" of its own: it is part of the name.
    dues = [
        due
        for due in _DUE.finditer(body)
        if not any(o.start() <= due.start() < o.end() for o in owners)
    ]
    # Tokens are cut out right to left so earlier offsets stay valid.
    spans = sorted([m.span() for m in owners] + [m.span() for m in dues], reverse=True)
    title = body
    for start, end in spans:
        title = title[:start] + " " + title[end:]
    title = " ".join(title.split())
    owner_query = ""
    if owners:
        first = owners[0]
        bare = first.group(3)
        # "@김도윤," in running text: the punctuation is not part of the name.
        name = bare.rstrip(",.;:!?)") if bare is not None else first.group(1) or first.group(2)
        owner_query = " ".join((name or "").split())
    due_on: date | None = None
    error: InvalidInputError | None = None
    if len(owners) > 1:
        error = OneOwnerOnly(tokens=" ".join(m.group(0) for m in owners))
    elif owners and not owner_query:
        error = OwnerHasNoName(token=owners[0].group(0))
    elif owner_query[:1] in ('"', "“"):
        error = UnclosedQuote(token=owners[0].group(0))
    if len(dues) > 1:
        error = error or OneDueDateOnly(tokens=" ".join(m.group(0) for m in dues))
    elif dues:
        due_on, problem = _due_date(dues[0], today)
        error = error or problem
    if not title:
        error = error or ActionHasNoTitle(prefix=prefix)
    return Entry(EntryKind.ACTION, title, owner_query, due_on, error)


def _due_date(
    match: re.Match[str], today: date | None
) -> tuple[date | None, InvalidInputError | None]:
    """The due date of a ``~`` token, or why it is none: the dates module's own
    reasons (``'~2019-02-30' is not a date: month 2 has only 28 days``) naming the
    token as typed. A month and day alone mean their next occurrence from ``today``."""
    token = match.group(0).strip()
    shaped = match.group(1)
    if shaped is None:
        return None, NotADate(text=token)
    try:
        if today is None:
            if _MONTH_DAY.match(shaped.strip()):
                return None, DueNeedsYear(token=token)
            return parse_date(shaped), None
        return parse_due_date(shaped, today), None
    except InvalidInputError as error:
        return None, type(error)(**{**error.fields, "text": token})
