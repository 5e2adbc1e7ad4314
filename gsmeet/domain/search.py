"""Finding people and things by what the secretary types: plain text, or Korean initial
consonants (초성 검색).

Korean users search a list by typing only the leading consonant of each syllable
(``ㅊㅇㅈ`` for 최영조), because it is quick and needs no IME composition. A query may
mix the two (``최ㅇ``), and while the IME is still composing, the last syllable may lack
its final consonant (``최여`` on the way to ``최영``); both find 최영조.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from gsmeet.domain.enums import HitKind
from gsmeet.domain.sessions import SessionRef

_FIRST_SYLLABLE = 0xAC00  # 가
_LAST_SYLLABLE = 0xD7A3  # 힣
_PER_INITIAL = 21 * 28  # medials × finals (with "no final")
_PER_MEDIAL = 28
# The 19 leading consonants in syllable order, as compatibility jamo (what a keyboard
# types on its own), not the conjoining jamo U+1100.. that only appear inside syllables.
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_CONSONANTS = frozenset(_INITIALS)


def _syllable_index(char: str) -> int | None:
    code = ord(char)
    if _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
        return code - _FIRST_SYLLABLE
    return None


def initials(text: str) -> str:
    """``text`` with each Hangul syllable replaced by its leading consonant
    (``최영조`` → ``ㅊㅇㅈ``); other characters are unchanged."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        index = _syllable_index(char)
        out.append(char if index is None else _INITIALS[index // _PER_INITIAL])
    return "".join(out)


def _char_matches(query: str, char: str, *, composing: bool) -> bool:
    if query == char:
        return True
    index = _syllable_index(char)
    if index is None:
        return False
    if query in _CONSONANTS:
        return _INITIALS[index // _PER_INITIAL] == query
    if composing:
        # 여 (no final yet) while typing 영: same initial and medial.
        typed = _syllable_index(query)
        if typed is not None and typed % _PER_MEDIAL == 0:
            return index // _PER_MEDIAL == typed // _PER_MEDIAL
    return False


def _jamo_match(query: str, field: str) -> bool:
    last = len(query) - 1
    for start in range(len(field) - len(query) + 1):
        if all(
            _char_matches(q, field[start + i], composing=i == last) for i, q in enumerate(query)
        ):
            return True
    return False


def matches(query: str, *fields: str) -> bool:
    """Whether ``query`` is found in any of ``fields``: as a case-insensitive substring,
    or character by character where a lone consonant stands for any syllable it begins
    (``ㅇㄴ`` finds 영남대학교, ``최ㅇ`` finds 최영조). An empty query matches everything.
    """
    return matcher(query)(*fields)


def matcher(query: str) -> Callable[..., bool]:
    """:func:`matches` for one query over many fields (the query is read once)."""
    # NFC: text pasted from macOS (or read from its file names) arrives decomposed.
    wanted = unicodedata.normalize("NFC", query).strip().casefold()
    # Beyond a plain substring only with a lone consonant, or a last syllable that may
    # still be composing (no final consonant yet).
    last = _syllable_index(wanted[-1]) if wanted else None
    jamo = any(char in _CONSONANTS for char in wanted) or (
        last is not None and last % _PER_MEDIAL == 0
    )

    def test(*fields: str) -> bool:
        if not wanted:
            return True
        texts = [unicodedata.normalize("NFC", field).casefold() for field in fields]
        if any(wanted in text for text in texts):
            return True
        return jamo and any(_jamo_match(wanted, text) for text in texts)

    return test


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: HitKind
    id: int
    meeting_id: int
    session: SessionRef  # the session's name and date
    agenda_item_id: int | None
    item_number: str  # "3", "3.1" in the session's outline; "" without an item
    item_title: str
    speaker: str  # the speaker of a remark, the owner of an action item, a status change's task
    snippet: str  # the text around the first match, "…" where it was cut
    marks: tuple[tuple[int, int], ...] = ()  # (start, end) of each match in the snippet

    @property
    def meeting_number(self) -> int | None:
        return self.session.number

    @property
    def held_on(self) -> date:
        return self.session.held_on


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]  # newest session first, in its agenda's order
    truncated: bool  # more matches than the limit


def words_of(query: str, limit: int = 8) -> list[str]:
    """The words of a query (NFC, each once, at most ``limit``): every one must match."""
    words = unicodedata.normalize("NFC", query).split()
    return list(dict.fromkeys(words))[:limit]


def marks(text: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """Where ``words`` occur in ``text`` (case-insensitive), as sorted, merged
    ``(start, end)`` spans: what a result list highlights."""
    folded = text.casefold()
    fold = len(folded) == len(text)  # else casefold moved the places (ß → ss): as typed
    if not fold:
        folded = text
    spans: list[tuple[int, int]] = []
    for word in words:
        needle = word.casefold() if fold else word
        start = folded.find(needle)
        while needle and start >= 0:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
