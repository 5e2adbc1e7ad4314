"""Reading roster files: .xlsx through openpyxl, CSV in UTF-8 (with or without BOM) or
CP949/EUC-KR, and finding the header row and what each column holds."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Generator, Iterator
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
    "left_on": ("해촉일", "해촉일자", "퇴임일", "left on", "left"),
    "left_reason": ("해촉사유", "해촉 사유", "퇴임사유", "reason for leaving"),
}
HEADER_SEARCH_ROWS = 10  # a title line or two often sits above the header
# Checked before a file is parsed: a committee's roster is a few hundred rows and a few
# hundred KB; these leave room for a city's whole list of committees in one sheet.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # all the parts of an .xlsx, uncompressed
MAX_ROWS = 10_000


class NotExcel(InvalidInputError):
    text = "{path}: not a readable Excel file"


class NotKoreanText(InvalidInputError):
    text = "{path}: neither UTF-8 nor CP949 (EUC-KR) text"


class NotARosterFile(InvalidInputError):
    text = "{path}: not a roster file (save it as .xlsx or .csv)"


class NotACsvRow(InvalidInputError):
    text = "{path}: row {row} cannot be read as CSV (a cell far too long, or a stray quote)"


class RosterTooBig(InvalidInputError):
    text = "{path}: {size} bytes is more than a roster may be ({limit} bytes)"


class RosterUnpacksTooBig(InvalidInputError):
    text = (
        "{path}: unpacks to {size} bytes, more than a roster may ({limit} bytes); "
        "it is not a roster (a zip bomb?)"
    )


class RosterTooManyRows(InvalidInputError):
    text = "{path}: more than {limit} rows; a roster has at most {limit}"


class NoNameColumn(InvalidInputError):
    text = "{path}: no 성명 (name) column in the header row"


def key(text: str) -> str:
    """Text compared the way people mean it: no spaces or punctuation, any case."""
    return re.sub(r"[\W_]+", "", text).casefold()


FIELDS = {key(alias): field for field, aliases in HEADERS.items() for alias in aliases}
Cells = tuple[object, ...]


# ---------------------------------------------------------------- reading files


def _check_unpacked(path: Path) -> None:
    """An .xlsx is a zip: refuse one whose parts unpack past the limit before any of it
    is decompressed (the sizes are the archive's own, which reading enforces)."""
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise NotExcel(path=path, detail=str(error)) from None
    if size > MAX_UNPACKED_BYTES:
        raise RosterUnpacksTooBig(path=path, size=size, limit=MAX_UNPACKED_BYTES)


def _xlsx_rows(path: Path) -> Iterator[Cells]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_unpacked(path)
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
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        yield from (tuple(row) for row in reader)
    except csv.Error as error:  # a cell past csv's own limit (128 KB), a stray quote
        raise NotACsvRow(path=path, row=reader.line_num, detail=str(error)) from None


def read_rows(path: Path) -> list[tuple[int, Cells]]:
    """The rows of a roster file with their spreadsheet row numbers (first row 1)."""
    if not path.is_file():
        raise NoSuchFile(path=path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise RosterTooBig(path=path, size=size, limit=MAX_FILE_BYTES)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(path)
    else:
        raise NotARosterFile(path=path)
    read: list[tuple[int, Cells]] = []
    for number, cells in enumerate(rows, start=1):  # read whole: the file is closed at once
        if number > MAX_ROWS:
            if isinstance(rows, Generator):
                rows.close()
            raise RosterTooManyRows(path=path, limit=MAX_ROWS)
        read.append((number, cells))
    return read


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
