"""The page: A4 template with header, centred ``- N -`` page number, the diagonal draft
watermark, PDF bookmarks for headings, document properties, and writing the file."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
)

from gsmeet.report.fonts import FontKit
from gsmeet.report.model import Output
from gsmeet.report.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    PAGE_SIZE,
    RULE,
    WATERMARK,
)

# Room a heading needs below it on a page before it may start a long table there, and
# what counts as a long one (a heading and a table this tall split rather than move).
KEEP_WITH_NEXT_ROOM = 50 * mm
LONG_GROUP = FRAME_HEIGHT / 3

# ReportLab writes two comments naming itself (after the header, in the trailer); the
# documents must not name their software (minutes.md). They are overwritten with spaces
# of the same length, so every byte offset in the file stays valid.
_SOFTWARE_COMMENTS = (
    b"ReportLab Generated PDF document (opensource)",
    b"ReportLab generated PDF document -- digest (opensource)",
)


class Heading(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A heading that adds a PDF bookmark (outline entry) where it is drawn."""

    outline: tuple[str, int] | None = None  # (title, level)

    def split(self, width: float, height: float) -> list[Any]:
        parts: list[Any] = super().split(width, height)
        if parts:
            # Only the first part of a split heading carries the bookmark.
            parts[0].outline = self.outline
        return parts


def heading(markup: str, style: Any, outline: str, level: int = 0) -> Heading:
    flowable = Heading(markup, style)
    flowable.outline = (outline, level)
    return flowable


@dataclass(frozen=True, slots=True)
class PageSetup:
    title: str  # document properties: plain text
    subject: str
    author: str
    lang: str
    header_left: Paragraph  # committee name (sanitised markup)
    header_right: Paragraph  # what this document is
    watermark: str | None  # "초안" / "DRAFT" while a draft
    fonts: FontKit
    created: datetime  # the file's creation and modification date


class _KeepWithNext(KeepTogether):  # type: ignore[misc]
    """Groups a heading with what follows (``keepWithNext``). ReportLab moves the whole
    group to the next page whenever it does not fit here, which strands a heading over a
    page-long table on an otherwise blank page, and leaves most of a page empty before
    a long table that would just fit the next one. Here a group holding a long table
    (over a third of a page) splits where it stands, its header row repeated, unless
    too little room is left; a short group still moves whole."""

    def split(self, width: float, height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (width, height):
            self.wrap(width, height)
        content: list[Flowable] = self._content[:]
        long_table = isinstance(content[-1], Table) and self._H > LONG_GROUP
        if (self._H > FRAME_HEIGHT or long_table) and height >= KEEP_WITH_NEXT_ROOM:
            # What stands before the table (a heading, its facts) must fit here with
            # room for the table's first rows; a heading a page tall moves on instead.
            lead = sum(f.wrap(width, height)[1] for f in content[:-1])
            if lead <= height - KEEP_WITH_NEXT_ROOM / 2:
                return content  # laid out from here on, the table splitting as it must
        parts: list[Flowable] = super().split(width, height)
        return parts


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: io.BytesIO, setup: PageSetup) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=setup.title,
            subject=setup.subject,
            author=setup.author,
            # Creator and producer would otherwise name the software.
            creator=setup.author,
            producer="",
            lang=setup.lang,
            # Without this the canvas opens every page with Helvetica, which pdffonts then
            # lists as a font that is not embedded.
            initialFontName=setup.fonts.gothic.regular,
            keepTogetherClass=_KeepWithNext,
            # No clock and no random document ID in the file: the same story gives
            # the same bytes (the date is set from the setup in handle_documentBegin).
            invariant=1,
        )
        self._setup = setup
        self._bookmarks = 0
        self._header_laid_out = False
        self.anchors: dict[str, int] = {}
        frame = Frame(
            MARGIN_SIDE,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: object) -> None:
        """Drawn before the page's content, so the watermark lies beneath the text."""
        setup = self._setup
        width, height = PAGE_SIZE
        canvas.saveState()
        if setup.watermark:
            canvas.setFillColor(WATERMARK)
            canvas.setFont(setup.fonts.gothic.bold, 110)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -38, setup.watermark)
            canvas.restoreState()
            canvas.saveState()
        top = height - MARGIN_TOP + 5 * mm
        half = FRAME_WIDTH / 2
        for paragraph, x in ((setup.header_left, MARGIN_SIDE), (setup.header_right, width / 2)):
            if not self._header_laid_out:
                paragraph.wrapOn(canvas, half, 12 * mm)  # the same on every page: once
            paragraph.drawOn(canvas, x, top + 1.2 * mm)
        self._header_laid_out = True
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_SIDE, top, width - MARGIN_SIDE, top)
        font = setup.fonts.gothic.regular
        canvas.setFont(font, 9)
        canvas.setFillColor(RULE)
        # "- N -" drawn in three pieces with a clear gap: as one string, the narrow
        # spaces of the font make text extraction read "-1-".
        number, y = str(canvas.getPageNumber()), MARGIN_BOTTOM - 10 * mm
        half_width = canvas.stringWidth(number, font, 9) / 2 + 4.5
        canvas.drawCentredString(width / 2, y, number)
        canvas.drawRightString(width / 2 - half_width, y, "-")
        canvas.drawString(width / 2 + half_width, y, "-")
        canvas.restoreState()

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        _date_file(self.canv, self._setup.created)

    def afterFlowable(self, flowable: Flowable) -> None:
        page = self.page
        anchor = getattr(flowable, "anchor", "")
        if anchor:
            self.anchors.setdefault(anchor, page)
        for row_anchor in getattr(flowable, "row_anchors", ()):
            if row_anchor:
                self.anchors.setdefault(row_anchor, page)
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level = outline
        self._bookmarks += 1
        if self._bookmarks == 1:
            self.canv.showOutline()  # open the viewer with the bookmarks shown
        key = f"h{self._bookmarks}"
        # The frame's cursor now sits under the heading; point the bookmark at its top.
        top = self.frame._y + flowable.height + 2 * mm
        self.canv.bookmarkHorizontal(key, 0, top)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


class _Stamp:
    """What ReportLab reads of its time stamp, for a given date (no time zone: the
    record's times are the committee's local times)."""

    def __init__(self, when: datetime) -> None:
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh = self.dmm = 0
        self.t = 946684800.0  # what invariant mode seeds the document ID with


def _date_file(canvas: Canvas, when: datetime) -> None:
    document = canvas._doc
    document._timeStamp = _Stamp(when)
    document.info._dateFormatter = lambda y, mo, d, h, mi, s: (
        f"D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}"
    )


def build_pdf(
    story: Sequence[Flowable], setup: PageSetup, out: Output
) -> tuple[int, dict[str, int]]:
    """Lay ``story`` out and write the PDF to ``out``; return the number of pages and
    the page each anchored flowable starts on."""
    buffer = io.BytesIO()
    document = _Document(buffer, setup)
    document.build(list(story))
    data = buffer.getvalue()
    for comment in _SOFTWARE_COMMENTS:
        data = data.replace(comment, b" " * len(comment))
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    pages: int = document.page
    return pages, document.anchors
