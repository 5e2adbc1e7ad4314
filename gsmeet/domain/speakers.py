"""The speakers' queue of a free discussion, and finding a speaker by what is typed.

The queue is screen state, not a record: nobody needs it in the minutes, so it is a
plain immutable value the live screen keeps (and can keep on its undo stack) rather
than a table. Every operation returns a new queue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from gsmeet.domain.records import PersonAtDate
from gsmeet.domain.search import matches

Matcher = Callable[..., bool]  # matches(query, *fields) -> bool


@dataclass(frozen=True, slots=True)
class SpeakerQueue:
    """People (by id) waiting to speak, first in line first. A person is in the
    queue at most once: raising a hand twice does not buy a second turn."""

    people: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.people)

    def __iter__(self) -> Iterator[int]:
        return iter(self.people)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self.people

    def add(self, person_id: int) -> SpeakerQueue:
        """The queue with ``person_id`` at the end (unchanged if already waiting)."""
        if person_id in self.people:
            return self
        return SpeakerQueue((*self.people, person_id))

    def remove(self, person_id: int) -> SpeakerQueue:
        return SpeakerQueue(tuple(p for p in self.people if p != person_id))

    def move(self, person_id: int, index: int) -> SpeakerQueue:
        """The queue with ``person_id`` at ``index`` (clamped to the queue); a person
        not yet waiting is put there."""
        rest = [p for p in self.people if p != person_id]
        index = min(max(index, 0), len(rest))
        return SpeakerQueue((*rest[:index], person_id, *rest[index:]))

    def next(self) -> tuple[int | None, SpeakerQueue]:
        """Who speaks now, and the queue without them (``None`` when it is empty)."""
        if not self.people:
            return None, self
        return self.people[0], SpeakerQueue(self.people[1:])


def find_speakers(
    candidates: Iterable[PersonAtDate], query: str, *, matcher: Matcher = matches
) -> list[PersonAtDate]:
    """The candidates ``query`` finds by name, 직위, 소속 or sub-committee (Korean
    initial consonants included: ``ㅊㅇㅈ`` finds 최영조), in their given order except
    that names come first, those found from their start before the others: typing
    ``김`` lists the 김s before a 박 of 김해시청."""
    found = [
        person
        for person in candidates
        if matcher(query, person.name, person.position, person.organisation, person.subcommittee)
    ]
    wanted = query.strip().casefold()

    def rank(person: PersonAtDate) -> int:
        if person.name.casefold().startswith(wanted):
            return 0
        return 1 if matcher(query, person.name) else 2

    return sorted(found, key=rank)
