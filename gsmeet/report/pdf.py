"""The PDF of a document: its blocks laid out with ReportLab on the house pages, in the
bundled Nanum fonts, every user text escaped and checked against the fonts' maps."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as BreakFlowable

from gsmeet.report.document import (
    Block,
    Closing,
    Document,
    Gap,
    Heading,
    Keep,
    PageBreak,
    Para,
    Rule,
)
from gsmeet.report.document import Table as TableBlock
from gsmeet.report.fonts import FontKit, bundled_fonts
from gsmeet.report.model import BodyFont, Output, RenderReport
from gsmeet.report.page import PageSetup, build_pdf, heading
from gsmeet.report.styles import FRAME_WIDTH, RULE, Styles, family_of, make_styles
from gsmeet.report.tables import TableMaker
from gsmeet.report.text import TextPrep, chars_per_line

BODY_MAX_LINES = 40  # lines per Paragraph piece of a long text (see gsmeet.report.text)


@dataclass(frozen=True, slots=True)
class Pdf:
    """What laying out one document needs: fonts, styles, the text layer, tables."""

    fonts: FontKit
    styles: Styles
    prep: TextPrep
    tables: TableMaker

    def style(self, name: str) -> ParagraphStyle:
        found: ParagraphStyle = getattr(self.styles, name)
        return found

    def story(self, blocks: tuple[Block, ...] | list[Block]) -> list[Flowable]:
        story: list[Flowable] = []
        for block in blocks:
            story += self.flowables(block)
        return story

    def flowables(self, block: Block) -> list[Flowable]:
        if isinstance(block, Para):
            return self.paragraph(block)
        if isinstance(block, Heading):
            return [self.heading(block)]
        if isinstance(block, TableBlock):
            return [self.tables.grid(block)]
        if isinstance(block, Rule):
            return [
                HRFlowable(
                    width="100%",
                    thickness=0.6,
                    color=RULE,
                    spaceBefore=block.space_before,
                    spaceAfter=block.space_after,
                )
            ]
        if isinstance(block, Gap):
            return [Spacer(1, block.height)]
        if isinstance(block, PageBreak):
            return [BreakFlowable()]
        if isinstance(block, Keep):
            return [KeepTogether(self.story(block.blocks))]
        return [self.closing(block)]

    def paragraph(self, para: Para) -> list[Flowable]:
        style = self.style(para.style)
        family = family_of(style)
        if not para.user:
            paragraph = Paragraph(self.prep.runs_markup(para.runs, family, para.where), style)
            paragraph.anchor = para.anchor
            return [paragraph]
        # A user's text, of any length, is the last run: cut into pieces of a few dozen
        # lines (one Paragraph of 10,000 lines takes minutes to lay out).
        *prefix, typed = para.runs
        width = FRAME_WIDTH - style.leftIndent
        pieces = self.prep.pieces(
            typed.text,
            family,
            per_line=chars_per_line(width, style.fontSize),
            max_lines=BODY_MAX_LINES,
            where=para.where,
        )
        lead = self.prep.runs_markup(prefix, family, para.where)
        if typed.bold:
            pieces = [f"<b>{piece}</b>" for piece in pieces]
        first = Paragraph(lead + pieces[0], style)
        first.anchor = para.anchor
        more = self.style(para.more) if para.more else style
        return [first, *(Paragraph(piece, more) for piece in pieces[1:])]

    def heading(self, block: Heading) -> Flowable:
        style = self.style("h1" if block.level == 1 else "h2")
        markup = self.prep.markup(block.text, family_of(style), block.where)
        if not block.bookmark:
            flowable = Paragraph(markup, style)
        else:
            limit = 200 if block.level == 1 else 80
            outline = self.prep.plain(block.text, limit)
            flowable = heading(markup, style, outline, block.level - 1)
        flowable.anchor = block.anchor
        return flowable

    def closing(self, block: Closing) -> Flowable:
        """``붙임  1. ... 1부.`` ... ``끝.``: the lines aligned after the label."""
        style = self.styles.closing
        family = family_of(style)
        end = self.prep.markup(block.end, family)
        if not block.lines:
            return Paragraph(end, style)
        lines = [self.prep.markup(line, family) for line in block.lines]
        lines[-1] += f"&nbsp;&nbsp;{end}"  # two spaces before 끝., as official documents do
        table = Table(
            [
                [
                    Paragraph(self.prep.markup(block.label, family), style),
                    [Paragraph(line, style) for line in lines],
                ]
            ],
            colWidths=[16 * mm, None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),  # not Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def setup(self, document: Document) -> PageSetup:
        styles, prep = self.styles, self.prep
        header_right = prep.markup(document.header_right, family_of(styles.header))
        return PageSetup(
            title=prep.plain(document.title),
            subject=prep.plain(document.subject),
            author=prep.plain(document.author, 60),
            lang="ko-KR" if document.lang == "ko" else "en",
            header_left=Paragraph(
                prep.markup(prep.plain(document.header_left, 60), "gothic"), styles.header
            ),
            header_right=Paragraph(header_right, styles.header_right),
            watermark=document.watermark,
            fonts=self.fonts,
            created=document.created,
        )


def pdf_kit(body_font: BodyFont = "myeongjo") -> Pdf:
    fonts = bundled_fonts()
    styles = make_styles(fonts, body_font)
    prep = TextPrep(fonts)
    return Pdf(fonts=fonts, styles=styles, prep=prep, tables=TableMaker(prep, styles))


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's automatic cycle collection held off while a document is laid out.

    Laying out allocates hundreds of thousands of small objects (ReportLab's fragments
    and lines), and every pass of the collector they trigger walks all that is alive:
    the record, the blocks, the story. For 100 pages that was about a sixth of the
    time, far more than ReportLab alone spends in it, and laying out makes few cycles:
    what it leaves is collected by the next pass after. Where automatic collection is
    off already (the window collects on its GUI thread: gsmeet.ui.kit.collector),
    nothing changes."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def write_pdf(document: Document, out: Output, body_font: BodyFont = "myeongjo") -> RenderReport:
    """Lay ``document`` out on the house pages and write the PDF to ``out``."""
    kit = pdf_kit(body_font)
    with collection_paused():
        story = kit.story(document.blocks)
        pages, anchors = build_pdf(story, kit.setup(document), out)
    return RenderReport(pages=pages, replaced=kit.prep.replaced, anchors=tuple(anchors.items()))


def pdf_bytes(document: Document, body_font: BodyFont = "myeongjo") -> tuple[bytes, RenderReport]:
    buffer = io.BytesIO()
    report = write_pdf(document, buffer, body_font)
    return buffer.getvalue(), report
