"""How a session is named, on screen, on paper and in messages: ``제2차 간담회``,
``착한나눔도시 분과 제2차 분과회의``, ``출범식`` (a kind not numbered, by its title).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.labels import Lang


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st ..."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def numbered(number: int | None, kind: KindInfo, lang: Lang) -> str:
    """``제2차 간담회`` / ``2nd round-table meeting``; the kind alone without a number."""
    name = kind.label(lang)
    if number is None:
        return name
    return f"제{number}차 {name}" if lang == "ko" else f"{ordinal(number)} {name}"


class Named(Protocol):
    """What :func:`session_name` needs of a session (a summary, a record's meeting)."""

    @property
    def number(self) -> int | None: ...

    @property
    def kind(self) -> KindInfo: ...

    @property
    def title(self) -> str: ...

    @property
    def subcommittee(self) -> str: ...


def session_name(meeting: Named, lang: Lang, *, committee: str = "") -> str:
    """The session's name: committee (when given), sub-committee, number and kind —
    ``경산발전전략위원회 착한나눔도시 분과 제2차 분과회의``. A session of a kind that is not
    numbered is called by its title when it has one (``경산발전전략위원회 출범식``)."""
    if meeting.number is None and not meeting.kind.numbered and meeting.title:
        core = meeting.title
    else:
        core = numbered(meeting.number, meeting.kind, lang)
    if committee and core.startswith(committee):  # a title that names it (…위원회 출범식)
        committee = ""
    parts = [part for part in (committee, meeting.subcommittee, core) if part]
    if lang == "ko":
        return " ".join(parts)
    return ", ".join(parts)


def title_is_name(meeting: Named) -> bool:
    """Whether the title already is the session's name (nothing to print below it)."""
    return meeting.number is None and not meeting.kind.numbered and bool(meeting.title)


@dataclass(frozen=True, slots=True)
class SessionRef:
    """A session as a message names it: ``제2차 간담회(2019. 8. 22.)``."""

    number: int | None
    kind: KindInfo
    held_on: date
    title: str = ""
    subcommittee: str = ""

    def label(self, lang: Lang = "ko") -> str:
        from gsmeet.domain.dates import format_date

        day = format_date(self.held_on, lang, weekday=False)
        name = session_name(self, lang)
        return f"{name}({day})" if lang == "ko" else f"{name} ({day})"
