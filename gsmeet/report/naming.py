"""How people are named on paper, and masked in the public version.

Names follow the official convention: name, then title after a space (``최영조 시장``);
a speaker is ``성명 직위(소속)``. The public version (for publication under the
information-disclosure rules) masks the names of members who are not public officials
(``김○○``), wherever they appear, and keeps positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gsmeet.domain.records import ActionRecord, PersonAtDate

MASK = "○"
# Two-syllable surnames: a four-syllable name starting with one keeps both syllables.
_COMPOUND_SURNAMES = frozenset(
    {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절"}
)


def mask_name(name: str) -> str:
    """``김태형`` → ``김○○``; ``남궁민수`` → ``남궁○○``; ``John Smith`` → ``J○○○ S○○○○``."""
    words = name.split()
    if len(words) > 1:
        return " ".join(mask_name(w) for w in words)
    name = name.strip()
    if len(name) <= 1:
        return MASK * len(name)
    keep = 2 if len(name) >= 4 and name[:2] in _COMPOUND_SURNAMES else 1
    return name[:keep] + MASK * (len(name) - keep)


def with_title(name: str, position: str) -> str:
    """``최영조 시장``: the name and, after a space, the position."""
    return f"{name} {position}".strip()


class Names:
    """Names as one document prints them: in full, or masked for the public version."""

    def __init__(self, people: Iterable[PersonAtDate], *, public: bool) -> None:
        self.public = public
        self._officials: dict[int, bool] = {}
        private: set[str] = set()
        for person in people:
            self._officials[person.id] = person.is_public_official
            if not person.is_public_official and len(person.name.strip()) >= 2:
                private.add(person.name.strip())
        # Longest first, so a full name wins over a shorter one inside it.
        ordered = sorted(private, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(map(re.escape, ordered))) if public and ordered else None
        )

    def name(self, person: PersonAtDate) -> str:
        if self.public and not person.is_public_official:
            return mask_name(person.name)
        return person.name

    def titled(self, person: PersonAtDate) -> str:
        """``최영조 시장``."""
        return with_title(self.name(person), person.position)

    def speaker(self, person: PersonAtDate) -> str:
        """``성명 직위(소속)``, the form of a remark's speaker."""
        text = self.titled(person)
        return f"{text}({person.organisation})" if person.organisation else text

    def owner(self, action: ActionRecord) -> str:
        """Who carries an action out: a person's name (masked when private and public),
        a sub-committee or a department."""
        person_id = action.owner_person_id
        # An owner not known to be an official is treated as private: safer to mask.
        if self.public and person_id is not None and not self._officials.get(person_id, False):
            return mask_name(action.owner)
        return self.text(action.owner)

    def proxy(self, text: str) -> str:
        """A proxy written as ``김현수(소속 직위)``: the leading name masked when public."""
        if not self.public:
            return text
        return re.sub(r"^\s*([^\s(]+)", lambda m: mask_name(m.group(1)), text, count=1)

    def text(self, text: str) -> str:
        """Free text with every private member's full name masked (public version)."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: mask_name(m.group()), text)
