"""The look of each paragraph style, for the editable formats (DOCX, HWPX).

The PDF's ReportLab styles (:mod:`gsmeet.report.styles`) carry the same sizes, spacing
and faces; a test holds the two together. Fonts are *named* here for the reader's
office suite (the fonts of Korean office machines), not embedded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gsmeet.report.document import MM, Align

Face = Literal["gothic", "myeongjo", "body"]

# The fonts an editable copy names, as Korean Windows and Hancom offices have them.
OFFICE_GOTHIC = "맑은 고딕"
OFFICE_MYEONGJO = "바탕"

BLACK = "000000"
GREY = "595959"  # the PDF's 0.35 grey
RULE = "404040"
HEADER_FILL = "E6E6E6"
LABEL_FILL = "F0F0F0"
HIGHLIGHT_FILL = "FFF5D1"
WATERMARK = "DBDBDB"
NOTICE = "B00000"  # the editable copy's first line


@dataclass(frozen=True, slots=True)
class Look:
    face: Face
    size: float  # points
    leading: float  # points from line to line
    bold: bool = False
    align: Align = "left"
    colour: str = BLACK
    left_indent: float = 0.0  # points
    first_line: float = 0.0  # points; negative: a hanging indent
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False


BODY_SIZE = 10.5
CELL_SIZE = 9.0
CELL_LEADING = CELL_SIZE * 1.4

LOOKS: dict[str, Look] = {
    "title": Look("gothic", 17, 24, bold=True, align="center", space_after=3 * MM),
    "subtitle": Look("gothic", 10.5, 15, align="center", colour=GREY, space_after=6 * MM),
    "notice": Look("gothic", 9.5, 14, space_after=2),
    "h1": Look(
        "gothic", 12.5, 18, bold=True, space_before=5 * MM, space_after=2 * MM, keep_with_next=True
    ),
    "h2": Look(
        "gothic",
        10.5,
        15,
        bold=True,
        left_indent=3 * MM,
        space_before=3 * MM,
        space_after=1.5 * MM,
        keep_with_next=True,
    ),
    "body": Look("body", BODY_SIZE, BODY_SIZE * 1.6, left_indent=4 * MM, space_after=2),
    "item": Look(
        "body",
        BODY_SIZE,
        BODY_SIZE * 1.6,
        left_indent=10 * MM,
        first_line=-5 * MM,
        space_before=3,
        space_after=2,
    ),
    "item_more": Look("body", BODY_SIZE, BODY_SIZE * 1.6, left_indent=10 * MM),
    "note": Look("gothic", 8.5, 12, colour=GREY, space_before=2),
    "meta": Look(
        "gothic", 8.5, 12, colour=GREY, left_indent=3 * MM, space_after=1 * MM, keep_with_next=True
    ),
    "closing": Look("body", BODY_SIZE, BODY_SIZE * 1.6, space_after=2),
    "cell": Look("gothic", CELL_SIZE, CELL_LEADING),
    "header": Look("gothic", 8, 10, colour=GREY),
}


def face_name(face: Face, body: str) -> str:
    """The office font for a look's face; ``body`` is the document's body family."""
    if face == "body":
        face = "myeongjo" if body == "myeongjo" else "gothic"
    return OFFICE_MYEONGJO if face == "myeongjo" else OFFICE_GOTHIC
