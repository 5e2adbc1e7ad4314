"""Every paragraph style of gsmeet's documents, in one place.

The house look of a Korean official document: body text in a Myeongjo (serif) face with
generous line spacing, headings and tables in Gothic (sans), A4 with comfortable margins,
tables with thin grid lines and a lightly shaded header row.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from gsmeet.report.fonts import FontKit
from gsmeet.report.model import BodyFont

PAGE_SIZE = A4
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_SIDE = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_SIDE
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = Color(0, 0, 0)
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.25, 0.25, 0.25)
HEADER_FILL = Color(0.9, 0.9, 0.9)
LABEL_FILL = Color(0.94, 0.94, 0.94)
HIGHLIGHT_FILL = Color(1.0, 0.96, 0.82)
WATERMARK = Color(0.86, 0.86, 0.86)

BODY_SIZE = 10.5
CELL_SIZE = 9.0


@dataclass(frozen=True, slots=True)
class Styles:
    body_family: BodyFont
    title: ParagraphStyle
    subtitle: ParagraphStyle
    notice: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle  # an "○ ..." line with a hanging indent
    item_more: ParagraphStyle  # the continuation of a long item
    note: ParagraphStyle
    meta: ParagraphStyle  # the presenter and time line under an item's heading
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    sign: ParagraphStyle
    closing: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle


def family_of(style: ParagraphStyle) -> str:
    """The bundled family a style sets its text in ("myeongjo" or "gothic")."""
    return "myeongjo" if str(style.fontName).startswith("GsmeetMyeongjo") else "gothic"


def make_styles(fonts: FontKit, body_font: BodyFont = "myeongjo") -> Styles:
    gothic, gothic_bold = fonts.gothic.regular, fonts.gothic.bold
    body_face = fonts.face(body_font)
    body = ParagraphStyle(
        "body",
        fontName=body_face.regular,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.6,  # Korean documents set text at about 160 %
        leftIndent=4 * mm,
        spaceAfter=2,
        textColor=INK,
    )
    item = ParagraphStyle(
        "item", parent=body, leftIndent=10 * mm, firstLineIndent=-5 * mm, spaceBefore=3
    )
    cell = ParagraphStyle(
        "cell", fontName=gothic, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.4, textColor=INK
    )
    return Styles(
        body_family=body_font,
        title=ParagraphStyle(
            "title",
            fontName=gothic_bold,
            fontSize=17,
            leading=24,
            alignment=TA_CENTER,
            spaceAfter=3 * mm,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            fontName=gothic,
            fontSize=10.5,
            leading=15,
            alignment=TA_CENTER,
            textColor=GREY,
            spaceAfter=6 * mm,
        ),
        notice=ParagraphStyle(
            "notice", parent=cell, fontSize=9.5, leading=14, borderPadding=0, spaceAfter=2
        ),
        h1=ParagraphStyle(
            "h1",
            fontName=gothic_bold,
            fontSize=12.5,
            leading=18,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=gothic_bold,
            fontSize=10.5,
            leading=15,
            leftIndent=3 * mm,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        body=body,
        item=item,
        item_more=ParagraphStyle(
            "item_more", parent=item, firstLineIndent=0, spaceBefore=0, spaceAfter=0
        ),
        note=ParagraphStyle(
            "note", parent=cell, fontSize=8.5, leading=12, textColor=GREY, spaceBefore=2
        ),
        meta=ParagraphStyle(
            "meta",
            parent=cell,
            fontSize=8.5,
            leading=12,
            textColor=GREY,
            leftIndent=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=gothic_bold, alignment=TA_CENTER
        ),
        cell_label=ParagraphStyle(
            "cell_label", parent=cell, fontName=gothic_bold, alignment=TA_CENTER
        ),
        sign=ParagraphStyle("sign", parent=cell, alignment=TA_RIGHT, textColor=GREY),
        closing=ParagraphStyle("closing", parent=body, leftIndent=0, alignment=TA_LEFT),
        header=ParagraphStyle("header", fontName=gothic, fontSize=8, leading=10, textColor=GREY),
        header_right=ParagraphStyle(
            "header_right",
            fontName=gothic,
            fontSize=8,
            leading=10,
            textColor=GREY,
            alignment=TA_RIGHT,
        ),
    )
