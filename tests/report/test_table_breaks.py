"""Where the editable copies may break a table across pages: never after the header or
its first body row, never before the last body row alone (so a broken table shows its
repeated header with at least two rows on each page, and one of three rows or fewer
stays whole). DOCX: keep-with-next on those rows' text, rows that cannot split, the
header repeated; HWPX (no keep for a row in OWPML): a short table kept on one page
(``pageBreak="TABLE"``), a longer one broken between cells with its header repeated.
Read back from the files' XML."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
import pytest
from lxml import etree

from gsmeet.domain.records import MeetingRecord
from gsmeet.report.document import Column, Document, Table
from gsmeet.report.docx import docx_bytes
from gsmeet.report.hwpx import SHORT_TABLE, hwpx_bytes
from gsmeet.report.minutes import minutes_document
from gsmeet.report.model import RenderOptions

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def table(rows: int, header: bool = True) -> Table:
    columns = (Column("성명", 80), Column("직위", 80))
    return Table(columns, tuple((f"사람{n}", "위원") for n in range(rows)), header=header)


@pytest.mark.parametrize(
    ("rows", "header", "kept"),
    [
        (10, True, {0, 1, 9}),  # header + 2 first rows; the last two rows
        (3, True, {0, 1, 2}),  # every boundary: whole
        (4, True, {0, 1, 3}),  # 2 + 2 at most
        (1, True, {0}),
        (6, False, {0, 4}),
        (1, False, set()),
    ],
)
def test_the_rows_a_page_may_not_break_after(rows: int, header: bool, kept: set[int]) -> None:
    assert table(rows, header).kept_with_next() == kept


@pytest.fixture(scope="module")
def document(demo_record: MeetingRecord) -> Document:
    return minutes_document(demo_record, RenderOptions(written_on=date(2019, 8, 30)))


def tables_of(document: Document) -> list[Table]:
    return [block for block in document.walk() if isinstance(block, Table)]


def test_docx_rows_keep_with_the_next_at_a_tables_start_and_end(document: Document) -> None:
    read = docx.Document(io.BytesIO(docx_bytes(document)))
    blocks = tables_of(document)
    observers = blocks.index(next(t for t in blocks if t.where == "observers"))
    attendance = blocks.index(next(t for t in blocks if t.where == "attendance"))
    for index in (observers, attendance):
        block, found = blocks[index], read.tables[index]
        kept = block.kept_with_next()
        for number, row in enumerate(found.rows):
            flags = row._tr.trPr
            assert flags.find(f"{W}cantSplit") is not None, (index, number)
            assert (flags.find(f"{W}tblHeader") is not None) == (number == 0)
            keeps = {
                paragraph.paragraph_format.keep_with_next is True
                for cell in row.cells
                for paragraph in cell.paragraphs
            }
            assert keeps == {number in kept}, (block.where, number)
    assert len(blocks[attendance].rows) > 8  # a long table: its middle rows may break
    # the heading over the 배석자 table is kept with it
    body = list(read.element.body)
    heading = body[body.index(read.tables[observers]._tbl) - 1]
    assert "배석자" in "".join(heading.itertext())
    style_id = heading.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
    style = next(s for s in read.styles if s.style_id == style_id)
    assert style.paragraph_format.keep_with_next


def test_hwpx_small_tables_stay_on_one_page_and_long_ones_repeat_their_header(
    document: Document,
) -> None:
    with zipfile.ZipFile(io.BytesIO(hwpx_bytes(document))) as archive:
        section = etree.fromstring(archive.read("Contents/section0.xml"))
        head = etree.fromstring(archive.read("Contents/header.xml"))
    keeps = {
        shape.get("id"): shape.find(f"{HH}breakSetting").get("keepWithNext") == "1"
        for shape in head.iter(f"{HH}paraPr")
    }
    blocks = tables_of(document)
    found = section.findall(f".//{HP}tbl")
    assert len(found) == len(blocks)
    for block, element in zip(blocks, found, strict=True):
        kept = block.kept_with_next()
        whole = len(block.rows) <= SHORT_TABLE
        assert element.get("pageBreak") == ("TABLE" if whole else "CELL"), block.where
        if block.header:
            assert element.get("repeatHeader") == "1"
        for number, row in enumerate(element.findall(f"{HP}tr")):
            for paragraph in row.iter(f"{HP}p"):
                if number in kept:
                    assert keeps[paragraph.get("paraPrIDRef")], (block.where, number)
    first = {}
    for block, element in zip(blocks, found, strict=True):
        first.setdefault(block.where, element)
    assert first["attendance"].get("pageBreak") == "CELL"  # the members present: 25 rows
    assert first["observers"].get("pageBreak") == "TABLE"
