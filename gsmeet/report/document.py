"""The one document model every output format is written from.

A document of a meeting (the minutes, the agenda packet, the sign-in sheet, a packet)
is first built as plain blocks: headings, paragraphs of runs, tables of cells, rules,
page breaks. :mod:`gsmeet.report.pdf` lays the blocks out with ReportLab,
:mod:`gsmeet.report.docx` writes them with python-docx and :mod:`gsmeet.report.hwpx`
with python-hwpx. The sections, tables and wording are decided once, here, so the
three formats cannot drift apart.

Everything here is plain text: no markup, no font, nothing a format would interpret.
Names are already masked where the public version asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from gsmeet.domain.labels import Lang

MM = 72 / 25.4  # points per millimetre: widths and heights are in points

Align = Literal["left", "center", "right"]


@dataclass(frozen=True, slots=True)
class StyleNames:
    """The paragraph styles a block may name (each format defines its look)."""

    title: str = "title"
    subtitle: str = "subtitle"
    notice: str = "notice"  # the correction notice and the editable copy's first line
    h1: str = "h1"
    h2: str = "h2"
    body: str = "body"
    item: str = "item"  # an "○ ..." line with a hanging indent
    item_more: str = "item_more"  # the continuation of a long item
    note: str = "note"
    meta: str = "meta"  # the presenter and time line under an item's heading
    closing: str = "closing"


STYLES = StyleNames()


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text, bold or not. A newline is a line break."""

    text: str
    bold: bool = False


def runs_text(runs: Iterable[Run]) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True, slots=True)
class Para:
    style: str
    runs: tuple[Run, ...]
    # Typed by a user, of any length: a format may cut it into pieces to lay it out.
    user: bool = False
    more: str | None = None  # the style of a long text's later pieces
    where: str = ""  # where the text came from, for the report of missing characters
    anchor: str = ""  # what it records ("remark:12"): where it lands is looked up

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1: a numbered section; 2: an item within one
    text: str
    bookmark: bool = True  # an entry in the PDF's outline
    where: str = ""
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class Rich:
    """A cell of several runs (a bold status over its change, two lines)."""

    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return runs_text(self.runs)


Cell = str | Rich | None


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell if isinstance(cell, str) else cell.text


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float  # points
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Table:
    """A table of ``rows`` under a header of the columns' titles.

    ``highlight``: indexes of rows to shade (from column ``highlight_from``);
    ``label_column``: the first column is a shaded label column (a key-value table);
    ``min_height``: rows at least this tall (room to sign); ``spans``: (column, first
    row, last row) groups whose cells in that column read as one, e.g. a strategy over
    its tasks; ``anchors``: what each row records ("" for nothing), for the errata.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    where: str = ""
    header: bool = True
    label_column: bool = False
    highlight: frozenset[int] = frozenset()
    highlight_from: int = 0
    min_height: float | None = None
    spans: tuple[tuple[int, int, int], ...] = ()
    anchors: tuple[str, ...] = ()

    def kept_with_next(self) -> frozenset[int]:
        """The rows (counting the header as row 0) a page break may not come after: a
        page never ends on the header or on the first body row, and never begins with
        the last body row alone, so a table that breaks shows its header with at least
        two rows on each page (the header is repeated on the next) and one of three
        rows or fewer stays whole. For the editable formats, whose own layout decides
        where pages break (the PDF's tables are laid out by gsmeet itself)."""
        count = len(self.rows) + (1 if self.header else 0)
        first = set(range((1 if self.header else 0) + KEPT_ROWS - 1))
        last = set(range(count - KEPT_ROWS, count - 1))
        return frozenset(row for row in first | last if 0 <= row < count - 1)


KEPT_ROWS = 2  # body rows a table keeps together at its start and its end


@dataclass(frozen=True, slots=True)
class Rule:
    """A thin horizontal rule across the text width."""

    space_before: float = 0.0
    space_after: float = 0.0


@dataclass(frozen=True, slots=True)
class Gap:
    height: float


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class Keep:
    """Blocks kept together on one page where they fit."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Closing:
    """``붙임  1. 전략별 추진현황 1부.`` with the lines after the label aligned under each
    other, the last ending ``끝.``; without lines, just ``끝.``."""

    label: str
    lines: tuple[str, ...]
    end: str


Block = Para | Heading | Table | Rule | Gap | PageBreak | Keep | Closing


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document, ready for any format."""

    title: str  # document properties (plain text)
    subject: str
    author: str
    lang: Lang
    header_left: str  # the committee
    header_right: str  # what this document is
    watermark: str | None  # "초안" / "DRAFT" while a draft
    created: datetime  # written into the file: the issue time, else the meeting's day
    blocks: tuple[Block, ...]
    # Where the PDF of the same document is the record (an editable copy says so first).
    authoritative: str = ""

    def walk(self) -> Iterable[Block]:
        """Every block, those kept together included, in order."""
        return _walk(self.blocks)


def _walk(blocks: Sequence[Block]) -> Iterable[Block]:
    for block in blocks:
        if isinstance(block, Keep):
            yield from _walk(block.blocks)
        else:
            yield block


def plain(text: str, limit: int = 200) -> str:
    """One line of text, e.g. for a bookmark or the document properties."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
