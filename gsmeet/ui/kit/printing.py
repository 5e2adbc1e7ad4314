"""Printing a document gsmeet has rendered: Qt's print dialog (printer, pages, copies),
then the PDF's own pages drawn on the printer — what is printed is exactly what is
saved, Korean fonts and layout included, whatever the printer's driver can read.

The pages are drawn by PDFium (pypdfium2) at the printer's resolution, at most
:data:`MOST_DPI`, each fitted to the paper keeping its proportions.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from gsmeet.ui.kit import prompts

MOST_DPI = 300  # sharp on paper; more only makes the spool bigger
POINTS_PER_INCH = 72


@dataclass(frozen=True, slots=True)
class Printed:
    printer: str  # the printer's name, or the file printed to
    pages: int


def page_count(pdf: Path) -> int:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def ask_printer(parent: QWidget, pdf: Path, title: str) -> QPrinter | None:
    """Qt's print dialog for ``pdf`` (printer, page range, copies, or a file); None when
    it was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # gsmeet's documents' paper
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    pages = page_count(pdf)
    printer.setFromTo(1, pages)
    return printer if prompts.print_setup(parent, printer, pages) else None


class PrintJob(QObject):
    """Prints on a thread of its own (a long document takes seconds to spool; painting
    on a QPrinter is allowed off the GUI thread): :attr:`page` after every page,
    then :attr:`done` with what was printed or :attr:`failed` with the printer's name.
    ``spool``: a temporary folder holding the PDF, removed when the job ends."""

    page = Signal(int, int)  # printed so far, of
    done = Signal(object)  # Printed
    failed = Signal(str)  # the printer that could not be started

    def __init__(
        self,
        printer: QPrinter,
        pdf: Path,
        parent: QObject | None = None,
        *,
        spool: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.printer, self.pdf, self.spool = printer, pdf, spool
        self._thread = threading.Thread(target=self._print, name="gsmeet-print", daemon=True)

    def start(self) -> None:
        _RUNNING.add(self)  # kept until it ends, whoever asked for it
        self._thread.start()

    def _print(self) -> None:
        try:
            printed = paint_pages(self.printer, self.pdf, self.page.emit)
        except PrinterUnavailable as error:
            self.failed.emit(error.name)
        except (OSError, pdfium.PdfiumError):  # the spool file or the PDF could not be read
            self.failed.emit(printer_name(self.printer))
        else:
            self.done.emit(printed)
        finally:
            if self.spool is not None:
                shutil.rmtree(self.spool, ignore_errors=True)
            _RUNNING.discard(self)


_RUNNING: set[PrintJob] = set()


class PrinterUnavailable(Exception):
    """The printer (or the file to print to) could not be started."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def printer_name(printer: QPrinter) -> str:
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()


def paint_pages(
    printer: QPrinter, pdf: Path, progress: Callable[[int, int], object] | None = None
) -> Printed:
    """Draw the pages of ``pdf`` the printer's range asks for (all when none) on it,
    saying ``progress(done, of)`` after each."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document)
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0 or printer.printRange() is QPrinter.PrintRange.AllPages:
            first, last = 1, count
        wanted = range(max(first, 1) - 1, min(last, count))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable(printer_name(printer))
        try:
            dpi = min(printer.resolution(), MOST_DPI)
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            for n, index in enumerate(wanted):
                if n and not printer.newPage():
                    raise PrinterUnavailable(printer_name(printer))
                image = _page_image(document[index], dpi)
                painter.drawImage(_fitted(paper.width(), paper.height(), image), image)
                if progress is not None:
                    progress(n + 1, len(wanted))
        finally:
            painter.end()
        return Printed(printer_name(printer), len(wanted))
    finally:
        document.close()


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(
        scale=dpi / POINTS_PER_INCH, force_bitmap_format=pdfium.raw.FPDFBitmap_BGRx
    )
    try:
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
        )
        return image.copy()  # own the pixels before PDFium frees its buffer
    finally:
        bitmap.close()
        page.close()


def _fitted(width: int, height: int, image: QImage) -> QRectF:
    """The rectangle of the paper (``width`` × ``height``) the page fills, centred,
    keeping its proportions."""
    scale = min(width / image.width(), height / image.height())
    w, h = image.width() * scale, image.height() * scale
    return QRectF((width - w) / 2, (height - h) / 2, w, h)
