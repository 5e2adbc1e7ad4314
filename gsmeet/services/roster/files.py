"""Reading roster files: .xlsx through openpyxl, CSV in UTF-8 (with or without BOM) or
CP949/EUC-KR, and finding the header row and what each column holds."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.files import NoSuchFile

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("성명", "이름", "위원명", "name", "full name"),
    "organisation": ("소속", "기관", "소속기관", "organisation", "organization", "affiliation"),
    "position": ("직위", "직책", "직급", "position", "title"),
    "role": ("구분", "역할", "위원구분", "role"),
    "subcommittee": ("분과", "분과명", "소속분과", "sub-committee", "subcommittee"),
    "email": ("이메일", "전자우편", "메일", "email", "e-mail"),
    "phone": ("전화", "전화번호", "연락처", "휴대전화", "휴대폰", "phone", "mobile"),
    "term_start": ("위촉일", "임기시작일", "임기개시일", "term start"),
    "term_end": ("임기만료일", "임기종료일", "임기만료", "term end"),
    "allowance": ("수당", "참석수당", "수당지급", "allowance"),
}
HEADER_SEARCH_ROWS = 10  # a title line or two often sits above the header


class NotExcel(InvalidInputError):
    text = "{path}: not a readable Excel file"


class NotKoreanText(InvalidInputError):
    text = "{path}: neither UTF-8 nor CP949 (EUC-KR) text"


class NotARosterFile(InvalidInputError):
    text = "{path}: not a roster file (save it as .xlsx or .csv)"


class NoNameColumn(InvalidInputError):
    text = "{path}: no 성명 (name) column in the header row"


def key(text: str) -> str:
    """Text compared the way people mean it: no spaces or punctuation, any case."""
    return re.sub(r"[\W_]+", "", text).casefold()


FIELDS = {key(alias): field for field, aliases in HEADERS.items() for alias in aliases}
Cells = tuple[object, ...]


# ---------------------------------------------------------------- reading files


def _xlsx_rows(path: Path) -> Iterator[Cells]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise NotExcel(path=path, detail=str(error)) from None
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some writers store wrong dimensions; read to the end
        yield from sheet.iter_rows(min_row=1, values_only=True)
    finally:
        book.close()


def _csv_rows(path: Path) -> Iterator[Cells]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp949"):  # cp949 is a superset of EUC-KR
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise NotKoreanText(path=path)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    yield from (tuple(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter))


def read_rows(path: Path) -> list[tuple[int, Cells]]:
    """The rows of a roster file with their spreadsheet row numbers (first row 1)."""
    if not path.is_file():
        raise NoSuchFile(path=path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(path)
    else:
        raise NotARosterFile(path=path)
    return list(enumerate(rows, start=1))  # read whole: the file is closed at once


def cell_text(value: object, field: str) -> str:
    """A cell as text: dates as ISO dates, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, date):  # datetime included: Excel dates come as datetimes
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and field == "phone":
        # Excel turns 010-... typed without dashes into a number and drops the 0.
        return f"0{value}"
    return " ".join(str(value).split())


def read_table(path: Path) -> tuple[dict[str, str], Iterator[tuple[int, dict[str, str]]]]:
    """The header texts by field (``{"name": "성명", ...}``) and the data rows below the
    header, each with its row number and its text by field. The header is the first
    row, among the first few, with a name column; without one the file is refused."""
    rows = iter(read_rows(path))
    columns: dict[int, str] = {}
    headers: dict[str, str] = {}
    for number, cells in rows:
        found = {i: FIELDS.get(key(cell_text(c, ""))) for i, c in enumerate(cells)}
        if "name" in found.values():
            for index, field in found.items():
                if field is not None and field not in headers:
                    columns[index], headers[field] = field, cell_text(cells[index], "")
            break
        if number >= HEADER_SEARCH_ROWS:
            break
    if "name" not in headers:
        raise NoNameColumn(path=path)

    def data() -> Iterator[tuple[int, dict[str, str]]]:
        for number, cells in rows:
            yield number, {f: cell_text(cells[i], f) for i, f in columns.items() if i < len(cells)}

    return headers, data()
