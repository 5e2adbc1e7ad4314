"""The names a document's file is offered under (saving, attaching to a mail): they say
what the file is, so that no two variants of a session's documents ever share a name —
``경산발전전략위원회 제2차 간담회 회의록(공개용).pdf`` beside ``… 회의록.pdf``, a draft
``… 회의록(안).pdf``, a correction ``… 회의록(제2판).pdf``, a chair's packet with its
strategy's name. Characters no file system takes (``/ \\ : * ? " < > |``) are left out.
"""

from __future__ import annotations

import re
from enum import StrEnum

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord
from gsmeet.domain.sessions import Named, session_name


class Doc(StrEnum):
    MINUTES = "minutes"
    AGENDA = "agenda"
    SIGNIN = "signin"
    PACKET = "packet"


_WHAT = {
    Doc.MINUTES: ("회의록", "minutes"),
    Doc.AGENDA: ("회의자료(안건)", "agenda packet"),
    Doc.SIGNIN: ("참석자 서명부", "sign-in sheet"),
    Doc.PACKET: ("분과 자료", "packet"),
}
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
LONGEST = 180  # characters before the extension: well inside every file system's limit


def file_name(
    what: Doc,
    committee: str,
    session: Named,
    lang: Lang = "ko",
    *,
    fmt: str = "pdf",
    public: bool = False,
    draft: bool = False,
    version: int | None = None,
    strategy: str = "",
) -> str:
    """The file name of a document of ``session``: what it is, the variant (public,
    draft, version 2 and later), the strategy of a packet."""
    ko, en = _WHAT[what]
    name = session_name(session, lang, committee=committee)
    if lang == "ko":
        marks = [m for m, on in (("공개용", public), ("안", draft)) if on]
        if version is not None and version > 1:
            marks.append(f"제{version}판")
        core = f"{name} {ko}"
        if what is Doc.PACKET and strategy:
            core = f"{name} {strategy} {ko}"
        stem = core + "".join(f"({m})" for m in marks)
    else:
        marks = [m for m, on in (("public", public), ("draft", draft)) if on]
        if version is not None and version > 1:
            marks.append(f"version {version}")
        core = f"{name} {en}"
        if what is Doc.PACKET and strategy:
            core = f"{name} {en} - {strategy}"
        stem = core + (f" ({', '.join(marks)})" if marks else "")
    return f"{clean(stem)}.{fmt}"


def minutes_file_name(
    record: MeetingRecord,
    lang: Lang = "ko",
    *,
    fmt: str = "pdf",
    public: bool = False,
    issuing: bool = False,
) -> str:
    """The minutes of ``record``'s session as they stand: a draft (안) until issued, then
    the latest version; ``issuing``: the version about to be issued."""
    versions = record.minutes_versions
    latest = versions[-1].version if versions else 0
    issued = record.meeting.status is MeetingStatus.MINUTES_ISSUED
    return file_name(
        Doc.MINUTES,
        record.committee.name,
        record.meeting,
        lang,
        fmt=fmt,
        public=public,
        draft=not (issued or issuing),
        version=latest + 1 if issuing else (latest if issued else None),
    )


def clean(stem: str) -> str:
    """``stem`` as a file name: without the characters file systems refuse, on one line,
    not ending in a dot or space (Windows drops those), not too long."""
    text = " ".join(_FORBIDDEN.sub(" ", stem).split())
    return text[:LONGEST].rstrip(". ") or "gsmeet"
