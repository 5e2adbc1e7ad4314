"""What a render is asked for and what it reports back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Literal

from gsmeet.domain.labels import Lang
from gsmeet.domain.messages import Message
from gsmeet.domain.records import ErratumRecord

# A file path, or an open binary stream (a BytesIO, a temporary file) to write into.
Output = Path | str | BinaryIO
BodyFont = Literal["myeongjo", "gothic"]
Format = Literal["pdf", "docx", "hwpx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx", "hwpx")


@dataclass(frozen=True, slots=True)
class RenderOptions:
    lang: Lang = "ko"
    draft: bool = True  # the 초안/DRAFT watermark on every page
    public: bool = False  # mask the names of members who are not public officials
    body_font: BodyFont = "myeongjo"
    written_on: date | None = None  # 작성일; the meeting's day when not given
    # Version being written and what it changed; None: the latest in the record (if any).
    version: int | None = None
    changes: str = ""
    # The date written into the file; the meeting's start when not given.
    created: datetime | None = None
    # For an editable copy of issued minutes: its first line, naming the issued PDF.
    authoritative: str = ""
    # A corrected version's errata (정오표): every change since the version before.
    errata: tuple[ErratumRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class RenderReport:
    """How a render went: page count (None where the format leaves paging to the
    reader's office suite), and every character no bundled font could draw.

    ``replaced`` holds ``(char, where)`` pairs, one per distinct character, saying where it
    first occurred and whether it came from a fallback font or was printed as ``〓``.
    ``anchors`` maps what the document records ("remark:12") to the page it starts on.
    """

    pages: int | None
    replaced: tuple[tuple[str, str], ...] = ()
    anchors: tuple[tuple[str, int], ...] = ()
    notices: tuple[Message, ...] = ()  # what the service adds to say about the file
