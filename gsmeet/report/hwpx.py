"""The editable copy as HWPX (한글, Hancom Office's own format), with python-hwpx.

The same blocks as the PDF: paragraphs in shapes made once per style, real tables with
a repeated, shaded header row and merged cells where the PDF draws one, the committee
and the document in the page header, an automatic ``- N -`` page number in the footer.
Fonts are named for Korean office machines in every language block (Hangul, Latin,
Hanja ...). Headings are formatted paragraphs, not Hancom's outline (개요) paragraphs:
Hancom numbers those itself in its own scheme, and the minutes carry their own numbers.

python-hwpx gives every paragraph and table a random id; the build draws them from a
counter instead, so the same document gives the same bytes.
"""

from __future__ import annotations

import itertools
import math
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gsmeet.report.document import (
    MM,
    Block,
    Cell,
    Closing,
    Column,
    Document,
    Gap,
    Heading,
    Keep,
    PageBreak,
    Para,
    Rich,
    Rule,
    Run,
    Table,
    cell_text,
)
from gsmeet.report.looks import (
    HEADER_FILL,
    HIGHLIGHT_FILL,
    LABEL_FILL,
    LOOKS,
    NOTICE,
    OFFICE_GOTHIC,
    OFFICE_MYEONGJO,
    RULE,
    face_name,
)
from gsmeet.report.model import BodyFont, Output, RenderReport

HWPUNIT_PER_POINT = 100  # 7200 per inch
MIMETYPE = "application/hwp+zip"
HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
_SEAM_LOCK = threading.Lock()  # the id counter is module-wide in python-hwpx
SHORT_TABLE = 6  # body rows: a table this short is kept on one page (OWPML keeps no row)


def write_hwpx(document: Document, out: Output, body_font: BodyFont = "myeongjo") -> RenderReport:
    """Write ``document`` as HWPX to ``out``."""
    data = hwpx_bytes(document, body_font)
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return RenderReport(pages=None)


def hwpx_bytes(document: Document, body_font: BodyFont = "myeongjo") -> bytes:
    with _counted_ids():
        writer = _Writer(document, body_font)
        writer.write(document.blocks)
        return writer.finish()


@contextmanager
def _counted_ids() -> Iterator[None]:
    """python-hwpx's ``uuid4`` replaced by a counter while one document is built."""
    from hwpx.oxml import _document_impl

    with _SEAM_LOCK:
        counter = itertools.count(1)
        original = _document_impl.uuid4
        _document_impl.uuid4 = lambda: uuid.UUID(int=next(counter))
        try:
            yield
        finally:
            _document_impl.uuid4 = original


def _units(points: float) -> int:
    return round(points * HWPUNIT_PER_POINT)


CELL_MARGIN_X, CELL_MARGIN_Y = 510, 141  # python-hwpx's cell margins, in HWPUNIT


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a cell ``width`` points wide."""
    size = LOOKS["cell"].size
    room = max(size, width - 2 * CELL_MARGIN_X / HWPUNIT_PER_POINT)
    lines = 0
    for line in text.split("\n"):
        wide = sum(1.0 if ord(char) >= 0x2E80 else 0.55 for char in line) * size
        lines += max(1, math.ceil(wide / room))
    return lines


def _fit(cells: Any, texts: list[str], columns: tuple[Column, ...], least: float) -> int:
    """Row heights that hold the text: the file says how tall each row is, and a reader
    that does not lay the table out again (a previewer) draws it so."""
    lines = max(_lines(text, column.width) for text, column in zip(texts, columns, strict=True))
    height = max(least, lines * LOOKS["cell"].leading)
    units = _units(height) + 2 * CELL_MARGIN_Y
    for cell in cells:
        cell.set_size(height=units)
    return units


class _Writer:
    def __init__(self, document: Document, body_font: BodyFont) -> None:
        from hwpx import HwpxDocument

        self.source = document
        self.body_font = body_font
        self.doc = HwpxDocument.new()
        self._chars: dict[tuple[str, bool, str], str] = {}
        self._shapes: dict[tuple[str, bool, str], str] = {}
        self._unused: Any = self.doc.paragraphs[0]  # the skeleton's empty first paragraph
        self._break_next = False
        styles = self.doc.styles
        styles.replace_font("함초롬바탕", OFFICE_MYEONGJO)
        styles.replace_font("함초롬돋움", OFFICE_GOTHIC)
        self._page()
        if document.authoritative:
            self._paragraph(Para("notice", (Run(document.authoritative, bold=True),)), red=True)

    def _page(self) -> None:
        source, page = self.source, self.doc.page
        page.setup(
            width_mm=210,
            height_mm=297,
            margin_left_mm=20,
            margin_right_mm=20,
            margin_top_mm=24,
            margin_bottom_mm=20,
            header_margin_mm=10,
            footer_margin_mm=10,
        )
        header = f"{source.header_left}  ·  {source.header_right}"
        if source.watermark:  # no watermark shape: the draft says so in every page's header
            header += f"  ({source.watermark})"
        page.set_header(text=header)
        page.set_page_number(prefix="- ", suffix=" -", align="CENTER")

    # -- shapes, made once each ---------------------------------------------------------

    def char(self, name: str, bold: bool = False, colour: str = "") -> str:
        look = LOOKS[name]
        key = (name, bold or look.bold, colour or look.colour)
        if key not in self._chars:
            self._chars[key] = self.doc.styles.ensure_run(
                font=face_name(look.face, self.body_font),
                size=look.size,
                bold=key[1],
                color=f"#{key[2]}",
            )
        return self._chars[key]

    def _shape(self, paragraph: Any, name: str, keep: bool, align: str = "") -> None:
        """Give ``paragraph`` the shape of style ``name`` (made on first use)."""
        look = LOOKS[name]
        key = (name, keep, align or look.align)
        if key in self._shapes:
            paragraph.para_pr_id_ref = self._shapes[key]
            return
        leading = round(look.leading / look.size * 100)
        self.doc.styles.apply_paragraph_format(
            paragraphs=[paragraph],
            alignment=key[2].upper(),
            line_spacing_percent=leading,
            indent_left_mm=look.left_indent / MM,
            first_line_indent_mm=look.first_line / MM,
            spacing_before_pt=look.space_before,
            spacing_after_pt=look.space_after,
            keep_with_next=keep or look.keep_with_next,
        )
        self._shapes[key] = paragraph.para_pr_id_ref

    def _new(self) -> Any:
        if self._unused is not None:
            paragraph, self._unused = self._unused, None
        else:
            paragraph = self.doc.add_paragraph("", include_run=False, inherit_style=False)
        if self._break_next:
            paragraph.element.set("pageBreak", "1")
            self._break_next = False
        return paragraph

    # -- blocks -------------------------------------------------------------------------

    def write(self, blocks: tuple[Block, ...], keep: bool = False) -> None:
        for block in blocks:
            if isinstance(block, Para):
                self._paragraph(block, keep=keep)
            elif isinstance(block, Heading):
                name = "h1" if block.level == 1 else "h2"
                self._paragraph(Para(name, (Run(block.text),)), keep=True)
            elif isinstance(block, Table):
                self._table(block, keep=keep)
            elif isinstance(block, Rule):
                self._rule()
            elif isinstance(block, Gap):
                self._gap()
            elif isinstance(block, PageBreak):
                self._break_next = True
            elif isinstance(block, Keep):
                self.write(block.blocks, keep=True)
            else:
                self._closing(block)

    def _paragraph(self, para: Para, *, keep: bool = False, red: bool = False) -> Any:
        paragraph = self._new()
        self._shape(paragraph, para.style, keep)
        colour = NOTICE if red else ""
        for run in para.runs:
            if run.text:
                paragraph.add_run(run.text, char_pr_id_ref=self.char(para.style, run.bold, colour))
        return paragraph

    def _rule(self) -> None:
        paragraph = self._new()
        key = ("rule", False, "left")
        if key in self._shapes:
            paragraph.para_pr_id_ref = self._shapes[key]
        else:
            self.doc.styles.apply_paragraph_format(
                paragraphs=[paragraph],
                line_spacing_percent=50,
                bottom_border=True,
                border_color=f"#{RULE}",
            )
            self._shapes[key] = paragraph.para_pr_id_ref

    def _gap(self) -> None:
        paragraph = self._new()
        self._shape(paragraph, "note", False)

    def _closing(self, block: Closing) -> None:
        paragraph = self._new()
        if not block.lines:
            self._shape(paragraph, "closing", True)
            paragraph.add_run(block.end, char_pr_id_ref=self.char("closing"))
            return
        indent = 16
        self.doc.styles.apply_paragraph_format(
            paragraphs=[paragraph],
            line_spacing_percent=160,
            indent_left_mm=indent,
            first_line_indent_mm=-indent,
            keep_with_next=True,
            tab_stops=[{"pos_mm": indent}],
        )
        lines = list(block.lines)
        lines[-1] += "\u00a0\u00a0" + block.end
        text = block.label + "\t" + "\n".join(lines)
        paragraph.add_run(text, char_pr_id_ref=self.char("closing"))

    def _table(self, block: Table, *, keep: bool) -> None:
        columns = block.columns
        start = 1 if block.header else 0
        width = sum(_units(c.width) for c in columns)
        anchor = self._new()
        self._shape(anchor, "cell", keep)
        table = anchor.add_table(start + len(block.rows), len(columns), width=width)
        table.set_column_widths([c.width for c in columns])
        table.set_treat_as_char(False)  # a table set as a character never breaks across pages
        # OWPML has no keep-with-next for a row (the kept rows' text is marked all the
        # same): a short table, or one inside a Keep, is kept on one page (한 쪽으로:
        # "TABLE"); a longer one breaks between rows (셀 단위로 나눔: "CELL").
        kept = block.kept_with_next()
        whole = keep or len(block.rows) <= SHORT_TABLE
        table.element.set("pageBreak", "TABLE" if whole else "CELL")
        rows = [row.cells for row in table.rows]
        total = 0
        if block.header:
            table.element.set("repeatHeader", "1")
            for number, (cell, column) in enumerate(zip(rows[0], columns, strict=True)):
                cell.element.set("header", "1")
                self._cell(cell, column.title, "center", bold=True, keep=keep or 0 in kept)
                table.set_cell_shading(0, number, f"#{HEADER_FILL}")
            total += _fit(rows[0], [c.title for c in columns], columns, 0.0)
        least = block.min_height or 0.0
        for index, values in enumerate(block.rows):
            cells = rows[start + index]
            for number, (cell, value, column) in enumerate(
                zip(cells, values, columns, strict=True)
            ):
                label = block.label_column and number == 0
                align = "center" if label else column.align
                held = keep or start + index in kept
                self._cell(cell, value, align, bold=label, keep=held)
                if label:
                    table.set_cell_shading(start + index, number, f"#{LABEL_FILL}")
                elif index in block.highlight and number >= block.highlight_from:
                    table.set_cell_shading(start + index, number, f"#{HIGHLIGHT_FILL}")
            total += _fit(cells, [cell_text(v) for v in values], columns, least)
        table.element.find(f"{{{HP}}}sz").set("height", str(total))
        for span_column, first, last in sorted(block.spans, key=lambda s: (-s[1], s[0])):
            if last > first:
                table.merge_cells(start + first, span_column, start + last, span_column)

    def _cell(self, cell: Any, value: Cell, align: str, *, bold: bool, keep: bool) -> None:
        paragraph = cell.paragraphs[0]
        self._shape(paragraph, "cell", keep, align)
        if value is None or value == "":
            return
        runs = value.runs if isinstance(value, Rich) else (Run(value, bold=bold),)
        first = True
        for run in runs:
            if not run.text:
                continue
            char = self.char("cell", run.bold)
            if first and paragraph.runs:
                paragraph.runs[0].char_pr_id_ref = char
                paragraph.runs[0].text = run.text
            else:
                paragraph.add_run(run.text, char_pr_id_ref=char)
            first = False

    # -- the file -----------------------------------------------------------------------

    def finish(self) -> bytes:
        source = self.source
        stamp = source.created.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = self.doc.parts
        parts.clear_document_metadata(keep=("title", "language"), timestamp=stamp)
        parts.set_document_metadata(
            title=source.title,
            creator=source.author,
            subject=source.subject,
            created_date=stamp,
            modified_date=stamp,
        )
        data: bytes = self.doc.to_bytes()
        return data
