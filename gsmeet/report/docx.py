"""The editable copy as DOCX (Word, LibreOffice, 한글 all open it), with python-docx.

The same blocks as the PDF, in Word's own structures: Heading 1/2 styles (the
navigation pane lists them), real tables with a repeated, shaded header row, a
``- N -`` page-number field, the committee and the document in the page header. Fonts
are named for Korean office machines, for every script (``w:eastAsia`` included: Word
uses it for Hangul). The same document gives the same bytes: no clock, no software name.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from gsmeet.report.document import (
    MM,
    Block,
    Cell,
    Closing,
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
)
from gsmeet.report.looks import (
    HEADER_FILL,
    HIGHLIGHT_FILL,
    LABEL_FILL,
    LOOKS,
    NOTICE,
    RULE,
    WATERMARK,
    Look,
    face_name,
)
from gsmeet.report.model import BodyFont, Output, RenderReport
from gsmeet.report.office import APP_XML, repack, watermark_xml

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
# The built-in styles the office suites know by role; the others are gsmeet's own.
_BUILT_IN = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "body": "Normal"}
_THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
PAGE_WIDTH, PAGE_HEIGHT = 210, 297
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE = 24, 20, 20  # mm, as the PDF's page


def write_docx(document: Document, out: Output, body_font: BodyFont = "myeongjo") -> RenderReport:
    """Write ``document`` as DOCX to ``out``."""
    data = docx_bytes(document, body_font)
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return RenderReport(pages=None)


def docx_bytes(document: Document, body_font: BodyFont = "myeongjo") -> bytes:
    writer = _Writer(document, body_font)
    writer.write(document.blocks)
    return writer.finish()


def _fonts(element: Any, face: str) -> None:
    """Name ``face`` for every script of a style or run; drop the theme's fonts, which
    would otherwise win over a named one."""
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:  # not `find(...) or ...`: a childless lxml element is falsy
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attribute in _THEME_FONTS:
        rfonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attribute), face)


def _shade(cell: Any, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _row_flag(row: Any, tag: str, **values: str) -> None:
    element = OxmlElement(tag)
    for key, value in values.items():
        element.set(qn(f"w:{key}"), value)
    row._tr.get_or_add_trPr().append(element)


class _Writer:
    def __init__(self, document: Document, body_font: BodyFont) -> None:
        self.source = document
        self.body_font = body_font
        self.doc = docx.Document()
        self._styles: dict[str, Any] = {}
        self._page()
        self._defaults()
        if document.authoritative:
            self._paragraph(Para("notice", (Run(document.authoritative, bold=True),)), red=True)

    # -- the page and the styles --------------------------------------------------------

    def _page(self) -> None:
        section = self.doc.sections[0]
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT)
        section.left_margin = section.right_margin = Mm(MARGIN_SIDE)
        section.top_margin, section.bottom_margin = Mm(MARGIN_TOP), Mm(MARGIN_BOTTOM)
        section.header_distance = section.footer_distance = Mm(10)
        source = self.source
        for name in ("Header", "Footer"):  # their tabs are set for Letter paper
            self.doc.styles[name].paragraph_format.tab_stops.clear_all()
        header = section.header.paragraphs[0]
        header.paragraph_format.tab_stops.add_tab_stop(
            Mm(PAGE_WIDTH - 2 * MARGIN_SIDE), WD_TAB_ALIGNMENT.RIGHT
        )
        header._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="3" w:space="1" '
                f'w:color="{RULE}"/></w:pBdr>'
            )
        )
        self._look_runs(
            header, (Run(source.header_left), Run("\t" + source.header_right)), "header"
        )
        if source.watermark:
            face = face_name("gothic", self.body_font)
            header._p.addnext(parse_xml(watermark_xml(source.watermark, face, WATERMARK)))
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._look_runs(footer, (Run("- "),), "header")
        self._field(footer, "PAGE")
        self._look_runs(footer, (Run(" -"),), "header")

    def _defaults(self) -> None:
        gothic = face_name("gothic", self.body_font)
        body = face_name("body", self.body_font)
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        rfonts = defaults.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            defaults.insert(0, rfonts)
        rfonts.attrib.clear()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attribute), body)
        lang = defaults.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            defaults.append(lang)
        lang.set(qn("w:val"), "ko-KR" if self.source.lang == "ko" else "en-US")
        lang.set(qn("w:eastAsia"), "ko-KR")
        for name in ("Header", "Footer", "Table Grid"):
            _fonts(self.doc.styles[name].element, gothic)

    def style(self, name: str) -> Any:
        """The Word style for one of the document's style names, made once."""
        if name in self._styles:
            return self._styles[name]
        look = LOOKS[name]
        built_in = _BUILT_IN.get(name)
        styles = self.doc.styles
        style = styles[built_in] if built_in else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if not built_in:
            style.base_style = styles["Normal"]
        _fonts(style.element, face_name(look.face, self.body_font))
        font = style.font
        font.size, font.bold, font.italic = Pt(look.size), look.bold, False
        font.color.rgb = RGBColor.from_string(look.colour)
        paragraph = style.paragraph_format
        paragraph.alignment = _ALIGN[look.align]
        paragraph.left_indent = Pt(look.left_indent)
        paragraph.first_line_indent = Pt(look.first_line)
        paragraph.space_before, paragraph.space_after = Pt(look.space_before), Pt(look.space_after)
        paragraph.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        paragraph.line_spacing = Pt(look.leading)
        paragraph.keep_with_next = look.keep_with_next
        if name in ("title", "h1", "h2"):  # the built-in ones draw a rule or a border
            ppr = style.element.get_or_add_pPr()
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)
        self._styles[name] = style
        return style

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
                self._rule(block)
            elif isinstance(block, Gap):
                self._gap(block.height)
            elif isinstance(block, PageBreak):
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(block, Keep):
                self.write(block.blocks, keep=True)
            else:
                self._closing(block)

    def _paragraph(self, para: Para, *, keep: bool = False, red: bool = False) -> Any:
        paragraph = self._add(self.style(para.style))
        for run in self._runs(paragraph, para.runs):
            if red:
                run.font.color.rgb = RGBColor.from_string(NOTICE)
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def _add(self, style: Any) -> Any:
        """A new paragraph in ``style`` (named by id: python-docx looks a style object
        up among all styles, for every paragraph)."""
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = style.style_id
        return paragraph

    def _runs(self, paragraph: Any, runs: tuple[Run, ...]) -> list[Any]:
        """The runs, each newline a line break."""
        made: list[Any] = []
        for run in runs:
            for index, line in enumerate(run.text.split("\n")):
                if index:
                    made[-1].add_break()
                piece = paragraph.add_run(line)
                piece.bold = True if run.bold else None
                made.append(piece)
        return made

    def _look_runs(self, paragraph: Any, runs: tuple[Run, ...], name: str) -> None:
        look = LOOKS[name]
        for run in self._runs(paragraph, runs):
            run.font.size = Pt(look.size)
            run.font.color.rgb = RGBColor.from_string(look.colour)
            _fonts(run._r, face_name(look.face, self.body_font))

    def _field(self, paragraph: Any, instruction: str) -> None:
        """A complex field (``PAGE``), its cached result ``1``."""
        look = LOOKS["header"]
        for kind in ("begin", "instr", "separate", "text", "end"):
            run = paragraph.add_run()
            run.font.size = Pt(look.size)
            if kind == "instr":
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = f" {instruction} "
                run._r.append(element)
            elif kind == "text":
                run.text = "1"
            else:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
                run._r.append(element)

    def _rule(self, block: Rule) -> None:
        paragraph = self._add(self.style("notice"))
        paragraph.paragraph_format.space_before = Pt(block.space_before)
        paragraph.paragraph_format.space_after = Pt(block.space_after)
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        paragraph.paragraph_format.line_spacing = Pt(2)
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" '
                f'w:color="{RULE}"/></w:pBdr>'
            )
        )

    def _closing(self, block: Closing) -> None:
        """``붙임`` and a tab, the annex lines under each other, the last ending ``끝.``."""
        paragraph = self._add(self.style("closing"))
        if not block.lines:
            self._runs(paragraph, (Run(block.end),))
            return
        indent = 16 * MM
        paragraph.paragraph_format.left_indent = Pt(indent)
        paragraph.paragraph_format.first_line_indent = Pt(-indent)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(indent))
        lines = list(block.lines)
        lines[-1] += "\u00a0\u00a0" + block.end  # two spaces before 끝., as official documents do
        self._runs(paragraph, (Run(block.label + "\t" + "\n".join(lines)),))
        paragraph.paragraph_format.keep_with_next = True

    def _table(self, block: Table, *, keep: bool) -> None:
        columns = block.columns
        rows = ([c.title for c in columns],) if block.header else ()
        table = self.doc.add_table(rows=len(rows) + len(block.rows), cols=len(columns))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # The PDF's padding (4 pt beside, 3 pt above and below the text).
        table._tbl.tblPr.append(
            parse_xml(
                f'<w:tblCellMar {nsdecls("w")}><w:top w:w="60" w:type="dxa"/>'
                '<w:left w:w="80" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/>'
                '<w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
            )
        )
        cells = [row.cells for row in table.rows]  # once: .cells walks the grid each time
        kept = block.kept_with_next()  # keep-with-next on a row's text holds it to the next
        start = 0
        if block.header:
            _row_flag(table.rows[0], "w:tblHeader", val="true")
            _row_flag(table.rows[0], "w:cantSplit")
            for cell, column in zip(cells[0], columns, strict=True):
                self._cell(cell, column.title, "center", bold=True, keep=keep or 0 in kept)
                _shade(cell, HEADER_FILL)
            start = 1
        height = Pt(block.min_height).twips if block.min_height else None
        for index, values in enumerate(block.rows):
            row = table.rows[start + index]
            _row_flag(row, "w:cantSplit")
            if height is not None:
                _row_flag(row, "w:trHeight", val=str(height), hRule="atLeast")
            for number, (cell, value, column) in enumerate(
                zip(cells[start + index], values, columns, strict=True)
            ):
                label = block.label_column and number == 0
                align = "center" if label else column.align
                self._cell(cell, value, align, bold=label, keep=keep or start + index in kept)
                if label:
                    _shade(cell, LABEL_FILL)
                elif index in block.highlight and number >= block.highlight_from:
                    _shade(cell, HIGHLIGHT_FILL)
        # Word reads the widths of the cells, LibreOffice those of the grid: both set.
        for grid_column, column in zip(table.columns, columns, strict=True):
            grid_column.width = Pt(column.width)
        for row_cells in cells:
            for cell, column in zip(row_cells, columns, strict=True):
                cell.width = Pt(column.width)
        for span_column, first, last in block.spans:
            if last > first:
                top = cells[start + first][span_column]
                top.merge(cells[start + last][span_column])
        self._gap(1.5 * MM)  # air under the table (and Word joins two tables that touch)

    def _gap(self, height: float) -> None:
        gap = self._add(self._cell_style())
        gap.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        gap.paragraph_format.line_spacing = Pt(max(1.0, height))

    def _cell(
        self, cell: Any, value: Cell, align: str, *, bold: bool = False, keep: bool = False
    ) -> None:
        paragraph = cell.paragraphs[0]
        paragraph._p.style = self._cell_style().style_id
        paragraph.alignment = _ALIGN[align]
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        if value is None or value == "":
            return
        runs = value.runs if isinstance(value, Rich) else (Run(value, bold=bold),)
        self._runs(paragraph, runs)

    def _cell_style(self) -> Any:
        if "cell" not in self._styles:
            look: Look = LOOKS["cell"]
            style = self.doc.styles.add_style("cell", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.doc.styles["Normal"]
            _fonts(style.element, face_name(look.face, self.body_font))
            style.font.size = Pt(look.size)
            paragraph = style.paragraph_format
            paragraph.left_indent = paragraph.first_line_indent = Pt(0)
            paragraph.space_before = paragraph.space_after = Pt(0)
            paragraph.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
            paragraph.line_spacing = Pt(look.leading)
            self._styles["cell"] = style
        return self._styles["cell"]

    # -- the file -----------------------------------------------------------------------

    def finish(self) -> bytes:
        source = self.source
        properties = self.doc.core_properties
        properties.title, properties.subject = source.title, source.subject
        properties.author = properties.last_modified_by = source.author
        properties.comments = properties.keywords = properties.category = ""
        properties.created = properties.modified = source.created
        properties.revision = 1
        package = self.doc.part.package
        for key, relation in list(package.rels.items()):
            if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                package.rels.pop(key)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return repack(
            buffer.getvalue(),
            source.created,
            drop=("docProps/thumbnail.jpeg",),
            rewrite={"docProps/app.xml": lambda _old: APP_XML},
        )
