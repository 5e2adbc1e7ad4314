"""Kinds of session: each committee keeps its own list.

A kind has a name in Korean and in English, a numbering series (kinds that share a
series share one run of numbers, 제1차, 제2차, …; an empty series means the kind is not
numbered, as a 출범식) and says whether a quorum applies (no verdict is shown or printed
where it does not). A kind ``for_subcommittee`` is held by one sub-committee, which
numbers its own sessions.

A new committee starts with :data:`DEFAULT_KINDS`; the secretary can add more
(the seed's committee also holds 추진상황보고회 and 전략회의) and rename or retire any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gsmeet.domain.enums import MeetingKind
from gsmeet.domain.labels import Lang

MAIN_SERIES = "main"  # the committee's own sessions: 정기회의, 임시회의 and 간담회


@dataclass(frozen=True, slots=True)
class KindSpec:
    """A kind as a committee is given it (before it has an id)."""

    code: str
    name_ko: str
    name_en: str
    series: str
    quorum_applies: bool
    for_subcommittee: bool = False


@dataclass(frozen=True, slots=True)
class KindInfo:
    """A kind of session of one committee."""

    id: int
    code: str
    name_ko: str
    name_en: str
    series: str
    quorum_applies: bool
    for_subcommittee: bool
    position: int
    retired: bool

    def label(self, lang: Lang = "ko") -> str:
        return self.name_ko if lang == "ko" else self.name_en

    @property
    def numbered(self) -> bool:
        return bool(self.series)


DEFAULT_KINDS: tuple[KindSpec, ...] = (
    KindSpec(MeetingKind.REGULAR, "정기회의", "regular meeting", MAIN_SERIES, True),
    KindSpec(MeetingKind.EXTRAORDINARY, "임시회의", "extraordinary meeting", MAIN_SERIES, True),
    KindSpec(MeetingKind.ROUND_TABLE, "간담회", "round-table meeting", MAIN_SERIES, False),
    KindSpec(
        MeetingKind.SUBCOMMITTEE, "분과회의", "sub-committee meeting", "subcommittee", True, True
    ),
    KindSpec(MeetingKind.CEREMONY, "행사", "ceremony", "", False),
    KindSpec(MeetingKind.WORKSHOP, "워크숍", "workshop", "workshop", False),
)

# Other words people use for a default kind (the command line takes any of them).
ALIASES: dict[str, tuple[str, ...]] = {
    MeetingKind.ROUND_TABLE: ("round_table", "round-table"),
    MeetingKind.CEREMONY: ("출범식", "기념식", "출범식·기념식", "launch"),
}


def names_of(kind: KindInfo) -> tuple[str, ...]:
    """Every word that names ``kind``: its code, its names and the aliases of its code."""
    return (kind.code, kind.name_ko, kind.name_en, *ALIASES.get(kind.code, ()))


def find_kind(kinds: Sequence[KindInfo], text: str) -> KindInfo | None:
    """The kind ``text`` names (case and spaces ignored), retired ones included."""
    wanted = _folded(text)
    for kind in kinds:
        if any(_folded(name) == wanted for name in names_of(kind)):
            return kind
    return None


def _folded(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def code_for(name_en: str, taken: set[str]) -> str:
    """A stable code for a new kind: its English name in lower case with hyphens
    (``progress-report``), made unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name_en.casefold()).strip("-")[:20] or "kind"
    code, n = base, 2
    while code in taken:
        code = f"{base[:18]}-{n}"
        n += 1
    return code


def default_kind(code: str, kind_id: int = 0) -> KindInfo:
    """A default kind as a record (for a record made without a database)."""
    position, spec = next((i, s) for i, s in enumerate(DEFAULT_KINDS, 1) if s.code == code)
    return KindInfo(
        id=kind_id,
        code=spec.code,
        name_ko=spec.name_ko,
        name_en=spec.name_en,
        series=spec.series,
        quorum_applies=spec.quorum_applies,
        for_subcommittee=spec.for_subcommittee,
        position=position,
        retired=False,
    )
