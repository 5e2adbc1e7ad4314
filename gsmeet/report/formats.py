"""Writing a document in the format asked for: PDF (the record), DOCX or HWPX (the
editable copies). Each writer is imported only when used: a DOCX never loads ReportLab."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.errors import InvalidInputError
from gsmeet.report.document import Document
from gsmeet.report.model import FORMATS, BodyFont, Format, Output, RenderReport


class UnknownFormat(InvalidInputError):
    text = "{path}: name a .pdf, .docx or .hwpx file (or give the format with --format)"


class FormatMismatch(InvalidInputError):
    text = "{path}: a {kind} file's name ends {suffix}; rename it or leave out --format"


def format_of(path: Path, given: str | None = None) -> Format:
    """The format to write ``path`` in: ``given`` (``pdf``/``docx``/``hwpx``), else the
    one its name ends in. A name ending in another known format's extension than the one
    given is refused: ``minutes.pdf`` holding a DOCX would mislead whoever opens it."""
    suffix = Path(path).suffix.lower().lstrip(".")
    by_name = next((f for f in FORMATS if f == suffix), None)
    if given is None:
        if by_name is None:
            raise UnknownFormat(path=path)
        return by_name
    chosen = next((f for f in FORMATS if f == given.lower()), None)
    if chosen is None:
        raise UnknownFormat(path=path)
    if by_name is not None and by_name != chosen:
        raise FormatMismatch(path=path, kind=chosen.upper(), suffix=f".{chosen}")
    return chosen


def write_document(
    document: Document, fmt: Format, out: Output, body_font: BodyFont = "myeongjo"
) -> RenderReport:
    """Write ``document`` to ``out`` as ``fmt``."""
    if fmt == "docx":
        from gsmeet.report.docx import write_docx

        return write_docx(document, out, body_font)
    if fmt == "hwpx":
        from gsmeet.report.hwpx import write_hwpx

        return write_hwpx(document, out, body_font)
    from gsmeet.report.pdf import write_pdf

    return write_pdf(document, out, body_font)
