"""The action tracker as an Excel workbook (openpyxl): one row per action item, a header
that stays in view, a filter on every column, dates as dates.

Every text is written as text. A spreadsheet reads a cell beginning with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return) as a formula when it is typed, and a
workbook can carry formulas: an action item titled ``=HYPERLINK(…)`` must never
become one (formula injection). So text cells are stored as strings, never
formulas, and those beginning with such a character are also marked to be shown as
typed (Excel's quote prefix), so that editing the cell keeps it text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from gsmeet.domain.dates import format_date
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.sessions import session_name
from gsmeet.domain.tracker import TrackedAction

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
# (Korean, English) heading, and column width in characters
COLUMNS = (
    (("번호", "No."), 6),
    (("조치사항", "Action item"), 40),
    (("세부 내용", "Detail"), 40),
    (("담당", "Owner"), 16),
    (("담당자 해촉", "Owner has left"), 10),
    (("분과", "Sub-committee"), 18),
    (("기한", "Due"), 12),
    (("상태", "Status"), 10),
    (("기한 경과", "Overdue"), 10),
    (("결정 회의", "Decided at"), 22),
    (("결정일", "Decided on"), 12),
    (("안건", "Agenda item"), 30),
    (("최근 점검 회의", "Last reviewed at"), 22),
    (("점검 결과", "Review outcome"), 12),
    (("점검 의견", "Review comment"), 40),
)


def workbook(
    rows: Sequence[TrackedAction], lang: Lang, on: date, overdue_on: date | None = None
) -> Workbook:
    """The workbook of ``rows``; 기한 경과 is judged on ``overdue_on`` (else ``on``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "조치사항" if lang == "ko" else "Action items"
    day = overdue_on or on
    for column, ((ko, en), width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        _text(cell, ko if lang == "ko" else en)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF7")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = width
    yes = "예" if lang == "ko" else "yes"
    for number, row in enumerate(rows, start=1):
        action = row.action
        review = row.last_review
        item = f"{row.item_number}. {row.item_title}" if row.item_number else row.item_title
        values: list[str | int | date | None] = [
            number,
            action.title,
            action.detail,
            action.owner,
            yes if action.owner_left else "",
            row.subcommittee,
            action.due_on,
            label(action.status, lang),
            yes if row.overdue_on(day) else "",
            session_name(row.origin, lang),
            row.origin.held_on,
            item,
            session_name(review.session, lang) if review is not None else "",
            label(review.outcome, lang) if review is not None else "",
            review.comment if review is not None else "",
        ]
        _write_row(sheet, number + 1, values)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    note = sheet.cell(row=len(rows) + 3, column=2)
    when = format_date(on, lang, weekday=False)
    _text(note, f"{when} 기준" if lang == "ko" else f"As of {when}")
    return book


def _write_row(sheet: Any, row: int, values: list[str | int | date | None]) -> None:
    from openpyxl.styles import Alignment

    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            _text(cell, value)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        elif isinstance(value, date):
            cell.value = value
            cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(vertical="top")
        else:
            cell.value = value
            cell.alignment = Alignment(vertical="top")


def _text(cell: Any, text: str) -> None:
    """``text`` in ``cell`` as a string, never a formula (see the module's note); the
    characters XML cannot hold (control characters) are dropped."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    clean = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell.value = clean
    cell.data_type = "s"
    if clean.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
