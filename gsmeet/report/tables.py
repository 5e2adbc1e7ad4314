"""Tables in the official look: thin grid, shaded header, Paragraph cells.

A table row cannot break across pages, so a row taller than the page would make ReportLab
raise ``LayoutError``. A long cell is therefore cut into pieces of a few dozen lines, each
in a row of its own with no rule between them: on paper it reads as one tall cell that
simply continues on the next page. (ReportLab's own ``splitInRow`` does this too but
re-lays the rest of the table at every page break: minutes instead of a second.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from gsmeet.report.document import Cell, Column, Rich
from gsmeet.report.document import Table as TableBlock
from gsmeet.report.styles import (
    FRAME_HEIGHT,
    HEADER_FILL,
    HIGHLIGHT_FILL,
    LABEL_FILL,
    RULE,
    Styles,
    family_of,
)
from gsmeet.report.text import TextPrep, chars_per_line, escape

PAD_X = 4.0
PAD_Y = 3.0
MAX_CELL_LINES = 24
# A piece measured taller than this is split again (the guess of line count was wrong).
MAX_ROW_HEIGHT = FRAME_HEIGHT * 0.45


class TableMaker:
    def __init__(self, prep: TextPrep, styles: Styles) -> None:
        self._prep = prep
        self._styles = styles

    def grid(self, block: TableBlock) -> Table:
        """The ReportLab table of ``block`` (see :class:`gsmeet.report.document.Table`)."""
        columns, rows, where = block.columns, block.rows, block.where
        header, label_column, highlight = block.header, block.label_column, block.highlight
        min_height, spans, highlight_from = block.min_height, block.spans, block.highlight_from
        styles = self._styles
        data: list[list[Any]] = []
        if header:
            data.append([self._heading(c, styles.cell_head) for c in columns])
        first_body = len(data)
        commands: list[tuple[Any, ...]] = [
            # Short cells are plain strings drawn in the table's font (see _single); without
            # this it is Helvetica, a font the PDF would not embed.
            ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
            *_alignments(columns),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, RULE),
        ]
        continued = False
        ends: list[int] = []
        row_anchors = [""] * len(data)
        for index, row in enumerate(rows):
            start = len(data)
            cells = [
                self._pieces(cell, column, where, label_column and n == 0)
                for n, (cell, column) in enumerate(zip(row, columns, strict=True))
            ]
            height = max(len(pieces) for pieces in cells)
            for line in range(height):
                data.append([pieces[line] if line < len(pieces) else "" for pieces in cells])
            anchor = block.anchors[index] if index < len(block.anchors) else ""
            row_anchors += [anchor] + [""] * (height - 1)
            if height > 1:
                continued = True
                commands += [
                    ("VALIGN", (0, start), (-1, start + height - 1), "TOP"),
                    ("BOTTOMPADDING", (0, start), (-1, start + height - 2), 0),
                    ("TOPPADDING", (0, start + 1), (-1, start + height - 1), 0),
                ]
            if index in highlight:
                commands.append(
                    (
                        "BACKGROUND",
                        (highlight_from, start),
                        (-1, start + height - 1),
                        HIGHLIGHT_FILL,
                    )
                )
            ends.append(len(data) - 1)
        if header:
            commands += [
                ("FONT", (0, 0), (-1, 0), styles.cell_head.fontName, styles.cell.fontSize),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ]
        if label_column:
            commands += [
                (
                    "FONT",
                    (0, first_body),
                    (0, -1),
                    styles.cell_label.fontName,
                    styles.cell.fontSize,
                ),
                ("ALIGN", (0, first_body), (0, -1), "CENTER"),
                ("BACKGROUND", (0, first_body), (0, -1), LABEL_FILL),
            ]
        if min_height is not None and len(data) > first_body:
            # Padding rather than fixed row heights: a fixed height would let a long
            # organisation name run out of its cell; padding lets the row grow.
            pad = max(PAD_Y, (min_height - self._styles.cell.leading) / 2)
            commands += [
                ("TOPPADDING", (0, first_body), (-1, -1), pad),
                ("BOTTOMPADDING", (0, first_body), (-1, -1), pad),
            ]
        if continued or spans:
            # Rules only between whole rows, so a continued cell reads as one.
            commands.append(("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE))
            commands += _row_rules(ends, len(columns), spans)
        else:
            commands.append(("INNERGRID", (0, 0), (-1, -1), 0.4, RULE))
        table = AnchoredTable(
            data,
            colWidths=[c.width for c in columns],
            repeatRows=1 if header else 0,
            splitByRow=1,
            hAlign="CENTER",
        )
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 1.5 * mm  # air between a table and the text under it
        table.row_anchors = row_anchors
        return table

    def _pieces(self, cell: Cell, column: Column, where: str, label: bool) -> list[Any]:
        styles = self._styles
        if label:
            style = styles.cell_label
        else:
            style = {"center": styles.cell_center, "right": styles.sign}.get(
                column.align, styles.cell
            )
        if cell is None or cell == "":
            return [""]
        if isinstance(cell, Rich):
            return [Paragraph(self._prep.runs_markup(cell.runs, family_of(style), where), style)]
        single = self._single(cell, column, style)
        if single is not None:
            return [single]
        width = column.width - 2 * PAD_X
        per_line = chars_per_line(width, style.fontSize)
        markups = self._prep.pieces(
            cell, family_of(style), per_line=per_line, max_lines=MAX_CELL_LINES, where=where
        )
        paragraphs: list[Any] = []
        for markup in markups:
            # The guess of line count holds for the bundled fonts (no glyph wider than
            # 1.09 em); a piece with glyphs from another font is measured.
            foreign = '<font name="' in markup and len(markup) > per_line * 4
            paragraphs += self._fit(Paragraph(markup, style), width, long=foreign)
        return paragraphs

    def _single(self, text: str, column: Column, style: ParagraphStyle) -> str | None:
        """A text that fits its cell on one line, as a plain string: ReportLab draws it
        directly, several times faster than a Paragraph, and interprets nothing in it.
        None when it needs a Paragraph (it wraps, or a character needs another font)."""
        width = column.width - 2 * PAD_X
        clean = self._prep.clean(text)
        if (
            len(clean) <= width / style.fontSize * 2.5  # cheap bound before measuring
            and self._prep.drawable(clean, family_of(style))
            and stringWidth(clean, style.fontName, style.fontSize) <= width
        ):
            return clean
        return None

    def _heading(self, column: Column, style: ParagraphStyle) -> Any:
        single = self._single(column.title, column, style)
        return single if single is not None else Paragraph(escape(column.title), style)

    @staticmethod
    def _fit(paragraph: Paragraph, width: float, *, long: bool) -> list[Any]:
        """Split a piece again if it measures taller than a row may be (glyphs far wider
        than the guess, such as a fallback font's 3-em dash)."""
        if not long:
            return [paragraph]
        out: list[Any] = []
        rest: Any = paragraph
        while True:
            _w, height = rest.wrap(width, 1e9)
            if height <= MAX_ROW_HEIGHT:
                out.append(rest)
                return out
            parts = rest.split(width, MAX_ROW_HEIGHT)
            if len(parts) < 2:
                out.append(rest)
                return out
            out.append(parts[0])
            rest = parts[1]


class AnchoredTable(Table):  # type: ignore[misc]  # ReportLab has no type hints
    """A table that knows what each of its rows records, in whichever part of it a
    page break leaves each row (see :class:`gsmeet.report.document.Table`)."""

    row_anchors: list[str]

    def split(self, width: float, height: float) -> list[Any]:
        parts: list[Any] = super().split(width, height)
        anchors = getattr(self, "row_anchors", [])
        if len(parts) == 2:
            first, rest = parts
            taken = len(first._cellvalues)
            repeated = len(rest._cellvalues) - (len(self._cellvalues) - taken)
            first.row_anchors = anchors[:taken]
            rest.row_anchors = [""] * repeated + anchors[taken:]
        return parts


def _row_rules(
    ends: Sequence[int], width: int, spans: Sequence[tuple[int, int, int]]
) -> list[tuple[Any, ...]]:
    """A rule under each row, left out in a column where a span carries on below it."""
    open_below: dict[int, set[int]] = {}
    for column, first, last in spans:
        for row in range(first, last):
            open_below.setdefault(row, set()).add(column)
    commands: list[tuple[Any, ...]] = []
    for row, end in enumerate(ends[:-1]):
        skip = open_below.get(row, set())
        start = 0
        for column in range(width + 1):
            if column == width or column in skip:
                if column > start:
                    commands.append(("LINEBELOW", (start, end), (column - 1, end), 0.4, RULE))
                start = column + 1
    return commands


def _alignments(columns: Sequence[Column]) -> list[tuple[Any, ...]]:
    """How plain-string cells sit in each column (Paragraph cells align by style)."""
    where = {"center": "CENTER", "right": "RIGHT"}
    return [
        ("ALIGN", (n, 0), (n, -1), where[c.align])
        for n, c in enumerate(columns)
        if c.align in where
    ]
