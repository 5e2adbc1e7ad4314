"""Layout: a long table that would just fit a page of its own starts where it stands
and continues on the next page under its repeated header, instead of moving whole and
leaving the page before two-thirds empty."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from readback import pdf_pages, person, small_record, squeeze

from gsmeet.domain.enums import AttendanceStatus, Role
from gsmeet.domain.records import AttendanceRecord
from gsmeet.report import RenderOptions, render_minutes


def test_a_table_that_just_fits_a_page_splits_instead_of_moving(tmp_path: Path) -> None:
    record = small_record()
    members = tuple(
        AttendanceRecord(
            person(100 + n, f"위원{n:02d}", Role.MEMBER), AttendanceStatus.PRESENT, None, "", ""
        )
        for n in range(36)  # about 0.95 of a page of table rows
    )
    record = replace(record, attendance=record.attendance + members)
    out = tmp_path / "m.pdf"
    render_minutes(record, out, RenderOptions())
    first, second = (squeeze(page) for page in pdf_pages(out)[:2])
    assert "가.참석자" in first and "위원00" in first  # starts on page 1
    assert "위원35" in second and "구분성명소속직위" in second  # goes on, header repeated
