"""The demo session's minutes, read back as a reader sees them: the nine legally required
elements, Korean dates and times, every strategy, the counts, embedded fonts, page
numbers, the draft watermark, bookmarks, metadata, English and public variants."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from readback import fonts_table, has, pdf_pages, pdf_text, require, squeeze

from gsmeet.domain.enums import Role
from gsmeet.domain.records import MeetingRecord, MinutesVersionRecord
from gsmeet.report import RenderOptions, RenderReport, render_minutes

NINE_ELEMENTS = (
    "회의명",
    "개최기관",
    "일시",
    "장소",
    "참석자",
    "배석자",
    "진행순서",
    "상정안건",
    "발언요지",
    "결정사항",
    "표결",
)
ENGLISH_HEADINGS = (
    "Overview",
    "Attendance",
    "Running order",
    "Agenda",
    "Proceedings",
    "Decisions and votes",
    "Review of previous actions",
    "Action plan",
    "Sign-off",
)


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("minutes")


@pytest.fixture(scope="module")
def draft(demo_record: MeetingRecord, out_dir: Path) -> tuple[Path, RenderReport]:
    path = out_dir / "draft.pdf"
    return path, render_minutes(demo_record, path, RenderOptions())


@pytest.fixture(scope="module")
def draft_text(draft: tuple[Path, RenderReport]) -> str:
    return pdf_text(draft[0])


@pytest.fixture(scope="module")
def draft_flat(draft: tuple[Path, RenderReport]) -> str:
    """pypdf's text without whitespace: a table cell's lines stay together there, while
    ``pdftotext -layout`` interleaves the lines of neighbouring cells."""
    return squeeze("".join(pdf_pages(draft[0])))


def test_all_required_elements_appear(draft_text: str) -> None:
    for element in NINE_ELEMENTS:
        assert element in draft_text, element
    assert "경산발전전략위원회 제2차 간담회 회의록" in draft_text


def test_dates_times_and_counts(demo_record: MeetingRecord, draft_text: str) -> None:
    assert "2019. 8. 22.(목) 14:02∼16:05" in draft_text
    assert re.search(r"\d\d:\d\d∼\d\d:\d\d", draft_text)
    quorum = demo_record.quorum
    counts = f"재적 {quorum.enrolled}명 / 출석 {quorum.present}명 / 불참 {quorum.absent}명"
    assert counts in draft_text
    # a 간담회: no quorum applies, so the counts stand without a verdict
    assert not quorum.applies and "정족수" not in draft_text


def test_every_strategy_is_named(demo_record: MeetingRecord, draft_flat: str) -> None:
    for strategy in demo_record.strategies:
        assert squeeze(strategy.name) in draft_flat, strategy.name


def test_agenda_remarks_decisions_and_changes(draft_text: str, draft_flat: str) -> None:
    flat = draft_flat
    for number in ("보고 제1호", "보고 제12호", "토의 제1호"):
        assert number in draft_text
    assert squeeze("김태형 기계공학부 교수(영남대학교):") in flat  # 성명 직위(소속): 요지
    assert "이의 없음" in draft_text and "의견 수렴" in draft_text
    assert re.search(r"찬성 \d+, 반대 0, 기권 2", draft_text)
    assert squeeze("변경: 계획→추진중") in flat and "▲" in draft_text
    assert "이전 조치사항 점검" in draft_text and "향후 조치계획" in draft_text


def test_sign_off_closing_and_annexes(draft_text: str) -> None:
    assert "작성자" in draft_text and "확인" in draft_text and "작성일" in draft_text
    assert "최영조" in draft_text and "이재훈" in draft_text  # both co-chairs confirm
    assert "끝." in draft_text and "공개 구분: 공개" in draft_text
    assert "붙임 1" in draft_text and "붙임 2" in draft_text and "서명부" in draft_text


def test_page_numbers_header_and_watermark_on_every_page(
    draft: tuple[Path, RenderReport],
) -> None:
    path, report = draft
    pages = pdf_pages(path)
    assert len(pages) == report.pages > 5
    for number, text in enumerate(pages, start=1):
        assert "초안" in text, number
        assert "경산발전전략위원회" in text
    text = pdf_text(path)
    assert "- 1 -" in text and f"- {report.pages} -" in text


def test_every_font_is_embedded(draft: tuple[Path, RenderReport]) -> None:
    require("pdffonts", "poppler-utils")
    rows = fonts_table(draft[0])
    assert rows
    for row in rows:
        assert row[-5] == "yes", row  # emb
    assert not any(row[0] == "Helvetica" for row in rows)


def test_qpdf_finds_no_damage(draft: tuple[Path, RenderReport]) -> None:
    require("qpdf", "qpdf")
    subprocess.run(["qpdf", "--check", str(draft[0])], check=True, capture_output=True)


def test_bookmarks_metadata_and_no_software_name(draft: tuple[Path, RenderReport]) -> None:
    path = draft[0]
    reader = pypdf.PdfReader(path)
    top = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert top[:9] == [
        "1. 회의 개요",
        "2. 참석 현황",
        "3. 진행순서",
        "4. 상정안건",
        "5. 회의내용(발언요지)",
        "6. 결정사항 및 표결내용",
        "7. 이전 조치사항 점검",
        "8. 향후 조치계획",
        "9. 작성·확인",
    ]
    assert any(t.startswith("붙임 1") for t in top)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "경산발전전략위원회 제2차 간담회 회의록"
    assert meta.author == "경산발전전략위원회"
    assert "2019-08-22" in (meta.subject or "")
    assert b"reportlab" not in path.read_bytes().lower()
    assert meta.get("/Producer") == ""


def test_issued_minutes_have_no_watermark(demo_record: MeetingRecord, out_dir: Path) -> None:
    path = out_dir / "final.pdf"
    render_minutes(demo_record, path, RenderOptions(draft=False))
    reader = pypdf.PdfReader(path)
    for page in (reader.pages[0], reader.pages[len(reader.pages) // 2], reader.pages[-1]):
        assert "초안" not in (page.extract_text() or "")


def test_a_correction_prints_what_changed(demo_record: MeetingRecord, out_dir: Path) -> None:
    from datetime import datetime

    first = MinutesVersionRecord(1, datetime(2019, 8, 30, 10, 0), "0" * 64, "")
    record = replace(demo_record, minutes_versions=(first,))
    path = out_dir / "v2.pdf"
    options = RenderOptions(draft=False, version=2, changes="김태형 위원 발언 요지 오기 수정")
    render_minutes(record, path, options)
    first_page = squeeze(pypdf.PdfReader(path).pages[0].extract_text() or "")
    assert "수정사항(제2판)" in first_page
    assert squeeze("김태형 위원 발언 요지 오기 수정") in first_page
    assert squeeze("2019. 8. 30. 확정본") in first_page


def test_english_minutes(demo_record: MeetingRecord, out_dir: Path) -> None:
    path = out_dir / "en.pdf"
    render_minutes(demo_record, path, RenderOptions(lang="en"))
    text = pdf_text(path)
    for heading in ENGLISH_HEADINGS:
        assert heading in text, heading
    assert "22 August 2019" in text
    assert "Report No. 1" in text and "Discussion No. 1" in text
    reader = pypdf.PdfReader(path)
    for page in (reader.pages[0], reader.pages[-1]):
        assert "DRAFT" in page.extract_text() and "초안" not in page.extract_text()
    assert "quorum" not in text  # a round-table meeting has none


def test_public_minutes_mask_private_members(demo_record: MeetingRecord, out_dir: Path) -> None:
    path = out_dir / "public.pdf"
    render_minutes(demo_record, path, RenderOptions(public=True))
    flat = squeeze(pdf_text(path))
    people = {row.person.id: row.person for row in demo_record.attendance}
    private = [p for p in people.values() if not p.is_public_official]
    officials = [p for p in people.values() if p.is_public_official]
    assert private and officials
    for member in private:
        assert squeeze(member.name) not in flat, member.name
        assert squeeze(member.name[0] + "○" * (len(member.name) - 1)) in flat
        assert squeeze(member.position) in flat  # positions stay
    for official in officials:
        assert official.name in flat


def test_both_co_chairs_else_the_chair_confirm(demo_record: MeetingRecord, out_dir: Path) -> None:
    alone = tuple(r for r in demo_record.attendance if r.person.role is not Role.CO_CHAIR)
    record = replace(demo_record, attendance=alone)
    path = out_dir / "chair.pdf"
    render_minutes(record, path, RenderOptions())
    sign_off = pdf_text(path).split("9. 작성·확인")[1].split("붙임")[0]
    assert "최영조" in sign_off and "이재훈" not in sign_off


def test_gothic_body_font_is_a_choice(demo_record: MeetingRecord, out_dir: Path) -> None:
    if not has("pdffonts"):
        pytest.skip("poppler's pdffonts is not installed")
    path = out_dir / "gothic.pdf"
    render_minutes(demo_record, path, RenderOptions(body_font="gothic"))
    names = {row[0].split("+")[-1] for row in fonts_table(path)}
    assert "GsmeetMyeongjo" not in names and "GsmeetGothic" in names


def test_first_page_renders_to_an_image(draft: tuple[Path, RenderReport], out_dir: Path) -> None:
    """A picture of page 1 for a person to look at (docs/minutes-page1.png is one)."""
    require("pdftoppm", "poppler-utils")
    stem = out_dir / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(draft[0]),
            str(stem),
        ],
        check=True,
    )
    image = stem.with_suffix(".png")
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.stat().st_size > 20_000  # a page with content, not a blank


def test_a_kind_with_a_quorum_prints_its_verdict(demo_record: MeetingRecord, out_dir: Path) -> None:
    quorum = replace(demo_record.quorum, applies=True, required=25)
    path = out_dir / "quorum.pdf"
    render_minutes(replace(demo_record, quorum=quorum), path, RenderOptions())
    counts = f"재적 {quorum.enrolled}명 / 출석 {quorum.present}명 / 불참 {quorum.absent}명"
    verdict = "정족수 충족" if quorum.met else "정족수 미달"
    assert f"{counts} — {verdict}(의사정족수 25명)" in pdf_text(path)
