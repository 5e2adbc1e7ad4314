"""What the demo's builders share: what they have made so far, and times of day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from gsmeet.storage.models import (
    Committee,
    Membership,
    Person,
    SessionKind,
    Strategy,
    Subcommittee,
    Task,
)


@dataclass
class World:
    """What the builders have made so far, found by the keys the tables use."""

    committee: Committee
    subcommittees: dict[int, Subcommittee] = field(default_factory=dict)  # strategy number
    people: dict[str, Person] = field(default_factory=dict)  # name
    memberships: list[Membership] = field(default_factory=list)
    strategies: dict[int, Strategy] = field(default_factory=dict)  # number
    tasks: dict[str, Task] = field(default_factory=dict)  # title
    kinds: dict[str, SessionKind] = field(default_factory=dict)  # code


def at(day: date, hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)))
