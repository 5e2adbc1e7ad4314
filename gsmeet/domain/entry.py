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

Parsing never raises: a problem comes back as a one-line ``error`` naming the token,
for the UI to show while the text stays in the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gsmeet.domain.dates import NoSuchDay, NoSuchMonth, parse_date
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.records import ActionRecord, DecisionRecord, RemarkRecord


class EntryKind(StrEnum):
    REMARK = "remark"
    DECISION = "decision"
    ACTION = "action"


@dataclass(frozen=True, slots=True)
class Entry:
    """A parsed entry. ``text`` is what is saved (prefix and tokens removed);
    ``error`` is empty when the entry can be saved."""

    kind: EntryKind
    text: str
    owner_query: str = ""
    due_on: date | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True, slots=True)
class EntryResult:
    """What a saved entry became; exactly one of the three records is set."""

    kind: EntryKind
    remark: RemarkRecord | None = None
    decision: DecisionRecord | None = None
    action: ActionRecord | None = None


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
_MONTH_DAY = re.compile(rf"\A({_D}{{1,2}})\s*(?:[./]|월)\s*({_D}{{1,2}})\s*(?:일|\.)?\Z")


def parse_entry(text: str, *, today: date | None = None) -> Entry:
    """Read ``text`` as a remark, a decision or an action item (see the module).

    ``today`` (the meeting's date) gives the year of a due date typed without one; it
    is never raised past the UI: a problem is returned in ``Entry.error``.
    """
    match = _PREFIX.match(text)
    if match is None:
        body = text.strip()
        return Entry(EntryKind.REMARK, body, error="" if body else "Nothing to save")
    kind = _KINDS[match.group(1).casefold()]
    body = text[match.end() :].strip()
    if kind is EntryKind.DECISION:
        error = "" if body else f"{match.group(1)}: the decision has no text"
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
    due_on, error = None, ""
    if len(owners) > 1:
        error = f"{' '.join(m.group(0) for m in owners)}: one owner per action item"
    elif owners and not owner_query:
        error = f"{owners[0].group(0)}: the owner has no name"
    elif owner_query[:1] in ('"', "“"):
        error = f"{owners[0].group(0)}: close the quotes around the owner's name"
    if len(dues) > 1:
        error = error or f"{' '.join(m.group(0) for m in dues)}: one due date per action item"
    elif dues:
        due_on, problem = _due_date(dues[0], today)
        error = error or problem
    if not title:
        error = error or f"{prefix}: the action item has no title"
    return Entry(EntryKind.ACTION, title, owner_query, due_on, error)


def _due_date(match: re.Match[str], today: date | None) -> tuple[date | None, str]:
    token = match.group(0).strip()
    shaped = match.group(1)
    if shaped is None:
        return None, f"{token}: not a date (use YYYY-MM-DD)"
    month_day = _MONTH_DAY.match(shaped.strip())
    if month_day is not None:
        return _next_occurrence(int(month_day.group(1)), int(month_day.group(2)), today, token)
    try:
        return parse_date(shaped), ""
    except InvalidInputError as error:
        real = isinstance(error, (NoSuchMonth, NoSuchDay))
        return None, f"{token}: {'not a real date' if real else 'not a date (use YYYY-MM-DD)'}"


def _next_occurrence(
    month: int, day: int, today: date | None, token: str
) -> tuple[date | None, str]:
    """A due date typed without its year: the first such day on or after ``today``."""
    if today is None:
        return None, f"{token}: give the year (YYYY-MM-DD)"
    # Five years reach a 29 February from any year; anything else is found in two.
    for year in range(today.year, today.year + 5):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate, ""
    return None, f"{token}: not a real date"
