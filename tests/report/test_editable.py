"""The editable copies (DOCX, HWPX) read back: the same sections, tables and wording as
the PDF, in the office formats' own structures, fonts named for Korean office machines,
page numbers, the same bytes every time; and LibreOffice turns the DOCX into a PDF."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from lxml import etree
from readback import pdf_text, require, small_record, squeeze

from gsmeet.domain.records import MeetingRecord
from gsmeet.report.document import Document, Heading, Para, Table
from gsmeet.report.docx import docx_bytes
from gsmeet.report.hwpx import MIMETYPE, hwpx_bytes
from gsmeet.report.looks import LOOKS, OFFICE_GOTHIC, OFFICE_MYEONGJO
from gsmeet.report.minutes import minutes_document
from gsmeet.report.model import RenderOptions
from gsmeet.report.pdf import pdf_bytes, pdf_kit

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OPTIONS = RenderOptions(written_on=date(2019, 8, 30))


@pytest.fixture(scope="module")
def document(demo_record: MeetingRecord) -> Document:
    return minutes_document(demo_record, OPTIONS)


@pytest.fixture(scope="module")
def docx_data(document: Document) -> bytes:
    return docx_bytes(document)


@pytest.fixture(scope="module")
def hwpx_data(document: Document) -> bytes:
    return hwpx_bytes(document)


def headings(document: Document) -> list[str]:
    return [block.text for block in document.walk() if isinstance(block, Heading)]


def test_the_docx_has_the_pdfs_sections_as_word_headings(
    document: Document, docx_data: bytes
) -> None:
    read = docx.Document(io.BytesIO(docx_data))
    by_style = [(p.style.name, p.text) for p in read.paragraphs if p.style.name.startswith("Head")]
    expected = headings(document)
    assert [text for _, text in by_style] == expected
    assert ("Heading 1", "1. 회의 개요") in by_style
    assert ("Heading 1", "9. 작성·확인") in by_style
    assert any(style == "Heading 2" and text.startswith("가.") for style, text in by_style)
    assert read.paragraphs[0].text.startswith("경산발전전략위원회 제2차 간담회 회의록")


def test_the_docx_tables_are_real_tables_with_a_repeated_header(
    document: Document, docx_data: bytes
) -> None:
    read = docx.Document(io.BytesIO(docx_data))
    tables = [block for block in document.walk() if isinstance(block, Table)]
    assert len(read.tables) == len(tables)
    attendance = next(t for t in tables if t.where == "attendance")
    found = read.tables[tables.index(attendance)]
    assert [cell.text for cell in found.rows[0].cells] == [c.title for c in attendance.columns]
    assert len(found.rows) == len(attendance.rows) + 1
    assert found.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    assert found.rows[1].cells[1].text == attendance.rows[0][1]
    # widths as the PDF's columns (twips: 20 per point)
    widths = [int(g.get(f"{W}w")) for g in found._tbl.tblGrid.findall(f"{W}gridCol")]
    assert widths == [round(c.width * 20) for c in attendance.columns]


def test_the_docx_page_fonts_and_properties(docx_data: bytes) -> None:
    read = docx.Document(io.BytesIO(docx_data))
    section = read.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    fonts = read.styles["Normal"].element.rPr.rFonts
    assert fonts.get(f"{W}eastAsia") == OFFICE_MYEONGJO == fonts.get(f"{W}ascii")
    heading = read.styles["Heading 1"].element.rPr.rFonts
    assert heading.get(f"{W}eastAsia") == OFFICE_GOTHIC
    assert heading.get(f"{W}eastAsiaTheme") is None  # a theme font would win over it
    assert "경산발전전략위원회" in section.header.paragraphs[0].text
    footer = section.footer._element.xml
    assert "PAGE" in footer and "- " in section.footer.paragraphs[0].text
    assert 'string="초안"' in section.header._element.xml  # the draft watermark
    core = read.core_properties
    assert core.author == "경산발전전략위원회" and core.created.replace(tzinfo=None) == datetime(
        2019, 8, 22, 14
    )
    with zipfile.ZipFile(io.BytesIO(docx_data)) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
        assert all(info.date_time == (2019, 8, 22, 14, 0, 0) for info in archive.infolist())
        assert "docProps/thumbnail.jpeg" not in archive.namelist()
    for software in (b"python-docx", b"Microsoft Macintosh Word", b"gsmeet", b"ReportLab"):
        assert software not in everything


def test_the_hwpx_package_and_its_section(document: Document, hwpx_data: bytes) -> None:
    from hwpx import HwpxDocument

    with zipfile.ZipFile(io.BytesIO(hwpx_data)) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype").decode() == MIMETYPE
        section = etree.fromstring(archive.read("Contents/section0.xml"))
        head = etree.fromstring(archive.read("Contents/header.xml"))
    texts = "".join(t.text or "" for t in section.iter(f"{HP}t"))
    for heading in headings(document):
        assert heading in texts
    tables = section.findall(f".//{HP}tbl")
    assert len(tables) == sum(1 for b in document.walk() if isinstance(b, Table))
    assert any(t.get("repeatHeader") == "1" for t in tables)
    assert all(t.find(f"{HP}pos").get("treatAsChar") == "0" for t in tables)  # they can break
    hangul = head.find(f".//{HH}fontface[@lang='HANGUL']")
    assert {f.get("face") for f in hangul} >= {OFFICE_GOTHIC, OFFICE_MYEONGJO}
    xml = etree.tostring(section, encoding="unicode")
    assert "autoNum" in xml and "초안" in xml  # page number; the draft said in the header
    opened = HwpxDocument.open(io.BytesIO(hwpx_data))
    assert opened.validate().ok


def test_the_same_document_gives_the_same_bytes(document: Document) -> None:
    assert docx_bytes(document) == docx_bytes(document)
    assert hwpx_bytes(document) == hwpx_bytes(document)
    assert pdf_bytes(document)[0] == pdf_bytes(document)[0]


def test_an_editable_copy_of_issued_minutes_names_the_issued_pdf(
    demo_record: MeetingRecord,
) -> None:
    notice = "※ 이 문서는 편집용 사본입니다. 공식 기록은 2019. 8. 30. 확정된 PDF 회의록"
    options = replace(OPTIONS, draft=False, authoritative=notice)
    document = minutes_document(demo_record, options)
    read = docx.Document(io.BytesIO(docx_bytes(document)))
    assert read.paragraphs[0].text == notice
    assert read.paragraphs[0].runs[0].bold
    assert "초안" not in read.sections[0].header._element.xml
    with zipfile.ZipFile(io.BytesIO(hwpx_bytes(document))) as archive:
        section = etree.fromstring(archive.read("Contents/section0.xml"))
    first = section.find(f"{HP}p")  # its own runs; the page's header and footer sit in it too
    assert "".join(t.text or "" for t in first.findall(f"{HP}run/{HP}t")) == notice


def test_user_text_comes_out_literally_in_both(tmp_path: Path) -> None:
    typed = '<b>굵게</b> & <font color="red">빨강</font>\n둘째 줄'
    document = minutes_document(small_record(remark=typed), OPTIONS)
    read = docx.Document(io.BytesIO(docx_bytes(document)))
    said = next(p for p in read.paragraphs if "굵게" in p.text)
    assert said.text.endswith('<b>굵게</b> & <font color="red">빨강</font>\n둘째 줄')
    with zipfile.ZipFile(io.BytesIO(hwpx_bytes(document))) as archive:
        xml = archive.read("Contents/section0.xml").decode()
    assert "&lt;b&gt;굵게&lt;/b&gt; &amp; &lt;font" in xml and "<hp:lineBreak/>" in xml


def test_the_editable_looks_are_the_pdfs() -> None:
    styles = pdf_kit().styles
    for name, look in LOOKS.items():
        style = getattr(styles, name)
        assert style.fontSize == look.size, name
        assert style.leading == pytest.approx(look.leading), name
        assert style.leftIndent == pytest.approx(look.left_indent), name
        assert style.firstLineIndent == pytest.approx(look.first_line), name
        assert style.spaceBefore == pytest.approx(look.space_before), name
        assert style.spaceAfter == pytest.approx(look.space_after), name
        assert ("Bold" in style.fontName) == look.bold, name


def test_paragraph_styles_of_the_document_all_have_a_look(document: Document) -> None:
    used = {block.style for block in document.walk() if isinstance(block, Para)}
    assert used <= LOOKS.keys()


def test_libreoffice_converts_the_docx(
    document: Document, docx_data: bytes, tmp_path: Path
) -> None:
    """LibreOffice (installed by scripts/bootstrap) opens the DOCX and writes a PDF with
    every section; the fonts come from gsmeet's own files through fontconfig."""
    require("soffice", "libreoffice-writer-nogui")
    from gsmeet.resources import font_file

    source = tmp_path / "회의록.docx"
    source.write_bytes(docx_data)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{font_file('GsmeetGothic.ttf').parent}</dir>"
        f"<cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, check=False, timeout=600,
        env={**os.environ, "FONTCONFIG_FILE": str(config), "HOME": str(tmp_path)},
    )  # fmt: skip
    converted = tmp_path / "회의록.pdf"
    assert converted.exists(), "LibreOffice wrote no PDF (it exits 0 even then)"
    text = squeeze(pdf_text(converted))
    for heading in ("1.회의개요", "2.참석현황", "8.향후조치계획", "9.작성·확인", "참석자서명부"):
        assert heading in text
    # The 배석자 table (5 rows) came at a page's foot: it moves whole, with its heading.
    observers = next(b for b in document.walk() if isinstance(b, Table) and b.where == "observers")
    names = [str(row[0]) for row in observers.rows]
    pages = [squeeze(page) for page in pdf_text(converted).split("\f")]
    (page,) = [page for page in pages if "다.배석자" in page]
    assert all(name in page for name in names), (names, page[:300])
