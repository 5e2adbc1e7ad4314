"""What the Minutes dialog does with documents besides exporting them: print the minutes,
the agenda packet or the sign-in sheet (Qt's print dialog over the rendered pages), write
the packet of one 분과위원장 or of every chair, open the folder a document was written to,
and offer each file under a name that says what it is (``…회의록(공개용).pdf``).

The documents are rendered through the dialog's own writer (on the database worker, the
dialog busy meanwhile); printing runs on a thread of its own.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QPushButton, QWidget

from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord, StrategyRecord, chaired
from gsmeet.report.file_names import Doc, file_name, minutes_file_name
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.fields import ERROR_STYLE
from gsmeet.ui.kit.printing import Printed, PrintJob, ask_printer
from gsmeet.ui.kit.written import open_folder

if TYPE_CHECKING:
    from gsmeet.report import RenderReport
    from gsmeet.services.store import Database

Writer = Callable[["Database", Path], "RenderReport"]
PRINT_PREFIX = "gsmeet-print-"  # each print's own temporary folder
PDF_FILTER = "PDF (*.pdf)"
# The formats a document is written in, with the file dialog's filter of each.
FILTERS = {"pdf": PDF_FILTER, "docx": "Word (*.docx)", "hwpx": "HWPX (*.hwpx)"}


class Host(Protocol):
    """What these outputs need of the Minutes dialog."""

    record: MeetingRecord
    outcome: QLabel
    public: QCheckBox

    @property
    def lang(self) -> Lang: ...

    @property
    def fmt(self) -> str: ...

    def _minutes_writer(self, fmt: str = "pdf") -> Writer: ...

    def _write(
        self, writer: Writer, path: Path, then: Callable[[Path], object] | None = None
    ) -> None: ...


def suggested_name(
    record: MeetingRecord,
    what: Doc,
    lang: Lang,
    fmt: str = "pdf",
    *,
    public: bool = False,
    issuing: bool = False,
    strategy: str = "",
) -> str:
    """The name a document of ``record``'s session is offered under."""
    if what is Doc.MINUTES:
        return minutes_file_name(record, lang, fmt=fmt, public=public, issuing=issuing)
    return file_name(what, record.committee.name, record.meeting, lang, fmt=fmt, strategy=strategy)


class MinutesOutputs(QObject):
    def __init__(self, host: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self.host, self.parent_widget = host, parent
        self.job: PrintJob | None = None
        self.written: Path | None = None

        self.print_button = QPushButton(self.tr("Prin&t"))
        self.print_button.setToolTip(self.tr("Print the minutes, agenda packet or sign-in sheet"))
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("&Minutes…"), lambda: self.print_document(Doc.MINUTES))
        menu.addAction(self.tr("&Agenda packet…"), lambda: self.print_document(Doc.AGENDA))
        menu.addAction(self.tr("&Sign-in sheet…"), lambda: self.print_document(Doc.SIGNIN))
        self.print_button.setMenu(menu)

        self.packet_button = QPushButton(self.tr("Chairs' pac&kets"))
        self.packet_menu = QMenu(self.packet_button)
        self.packet_button.setMenu(self.packet_menu)

        self.folder_button = QPushButton(self.tr("Open fol&der"))
        self.folder_button.setToolTip(self.tr("Show the folder in the file manager"))
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.setVisible(False)
        self.show_record(host.record)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.print_button, self.packet_button)

    @property
    def printing(self) -> bool:
        return self.job is not None

    def show_record(self, record: MeetingRecord) -> None:
        """The packets menu for ``record``'s chairs."""
        self.packet_menu.clear()
        strategies = chaired(record)
        if strategies:
            self.packet_menu.addAction(self.tr("&All chairs…"), self.write_all_packets)
            self.packet_menu.addSeparator()
        for strategy in strategies:
            chair = strategy.chair.name if strategy.chair is not None else ""
            text = f"{strategy.number}. {strategy.name} — {chair}".replace("&", "&&")
            self.packet_menu.addAction(text, partial(self.write_packet, strategy))
        self.packet_button.setEnabled(bool(strategies) and self.job is None)
        self.packet_button.setToolTip(
            self.tr("The packet of each strategy's 분과위원장: its actions and status table")
            if strategies
            else self.tr("No strategy has a chair on the session's date")
        )

    # -- names and folders ------------------------------------------------------------

    def name(self, what: Doc, fmt: str = "pdf", *, issuing: bool = False) -> str:
        host = self.host
        public = what is Doc.MINUTES and not issuing and host.public.isChecked()
        return suggested_name(host.record, what, host.lang, fmt, public=public, issuing=issuing)

    def show_written(self, path: Path) -> None:
        """After ``path`` was written: *Open folder* opens its folder (a preview's or a
        print's temporary file is not offered)."""
        folder = path.resolve().parent
        temporary = folder.parent == Path(tempfile.gettempdir()).resolve() and (
            folder.name.startswith("gsmeet-")
        )
        self.written = None if temporary else path
        self.folder_button.setVisible(self.written is not None)

    def open_folder(self) -> None:
        if self.written is not None:
            open_folder(self.written)

    # -- packets ----------------------------------------------------------------------

    def _packet_writer(self, strategy_id: int, fmt: str) -> Writer:
        meeting_id, lang = self.host.record.meeting.id, self.host.lang

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes.documents import write_packet

            return write_packet(store, meeting_id, strategy_id, out, lang=lang, fmt=fmt)

        return write

    def write_packet(self, strategy: StrategyRecord) -> None:
        fmt = self.host.fmt
        suggested = suggested_name(
            self.host.record, Doc.PACKET, self.host.lang, fmt, strategy=strategy.name
        )
        title = self.tr("Save the packet of {strategy}").format(strategy=strategy.name)
        path = prompts.save_path(self.parent_widget, title, suggested, FILTERS[fmt])
        if path is not None:
            self.host._write(self._packet_writer(strategy.id, fmt), path, self.show_written)

    def write_all_packets(self) -> None:
        """Every chair's packet into one folder, each under its strategy's name (asking
        once before replacing files that are there)."""
        folder = prompts.folder_path(self.parent_widget, self.tr("Folder for the chairs' packets"))
        if folder is None:
            return
        fmt, lang, record = self.host.fmt, self.host.lang, self.host.record
        todo: list[tuple[StrategyRecord, Path]] = [
            (s, folder / suggested_name(record, Doc.PACKET, lang, fmt, strategy=s.name))
            for s in chaired(record)
        ]
        there = [path.name for _, path in todo if path.exists()]
        if there and not prompts.confirm(
            self.parent_widget,
            self.tr("Replace the packets?"),
            self.tr(
                "{count} of these files are already in {folder}; replace them?\n{names}"
            ).format(count=len(there), folder=folder, names="\n".join(there)),
        ):
            return

        first = todo[0][1]

        def next_one(_written: Path | None = None) -> None:
            if not todo:
                self.host.outcome.setText(
                    self.tr("{count} packets written in {folder}").format(
                        count=len(chaired(record)), folder=folder
                    )
                )
                self.show_written(first)
                return
            strategy, path = todo.pop(0)
            self.host._write(self._packet_writer(strategy.id, fmt), path, next_one)

        next_one()

    # -- printing ---------------------------------------------------------------------

    def _writer(self, what: Doc) -> Writer:
        if what is Doc.MINUTES:
            return self.host._minutes_writer("pdf")
        meeting_id, lang = self.host.record.meeting.id, self.host.lang

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes import documents as minutes

            if what is Doc.AGENDA:
                return minutes.write_agenda(store, meeting_id, out, lang=lang, fmt="pdf")
            return minutes.write_signin_sheet(store, meeting_id, out, lang=lang, fmt="pdf")

        return write

    def print_document(self, what: Doc) -> None:
        """Render ``what`` as PDF (the dialog busy) into a folder of this print's own,
        then ask where to print it; the folder goes when the print ends or is
        cancelled, or the rendering fails."""
        try:
            folder = Path(tempfile.mkdtemp(prefix=PRINT_PREFIX))
        except OSError:
            self.host.outcome.setStyleSheet(ERROR_STYLE)
            self.host.outcome.setText(
                self.tr("Nothing printed: no temporary folder could be made in {folder}").format(
                    folder=tempfile.gettempdir()
                )
            )
            return
        write = self._writer(what)

        def render(store: Database, out: Path) -> RenderReport:
            try:
                return write(store, out)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise

        self.host._write(render, folder / self.name(what), self._print)

    def _print(self, pdf: Path) -> None:
        try:
            printer = ask_printer(self.parent_widget, pdf, pdf.stem)
        except BaseException:
            shutil.rmtree(pdf.parent, ignore_errors=True)
            raise
        if printer is None:
            shutil.rmtree(pdf.parent, ignore_errors=True)
            self.host.outcome.setText(self.tr("Printing cancelled."))
            return
        job = PrintJob(printer, pdf, spool=pdf.parent)
        self.job = job
        job.page.connect(self._page)
        job.done.connect(self._printed)
        job.failed.connect(self._failed)
        self._set_busy(True)
        self.host.outcome.setStyleSheet("")
        self.host.outcome.setText(self.tr("Printing {file}…").format(file=pdf.name))
        job.start()

    def _page(self, done: int, of: int) -> None:
        self.host.outcome.setText(
            self.tr("Printing: page {done} of {of}…").format(done=done, of=of)
        )

    def _printed(self, printed: Printed) -> None:
        self._finish()
        self.host.outcome.setText(
            self.tr("Printed {pages} pages on {printer}").format(
                pages=printed.pages, printer=printed.printer
            )
        )

    def _failed(self, name: str) -> None:
        self._finish()
        self.host.outcome.setStyleSheet(ERROR_STYLE)
        self.host.outcome.setText(
            self.tr("The printer {printer} could not be started; nothing was printed").format(
                printer=name or self.tr("(none chosen)")
            )
        )

    def _finish(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.set_idle(not busy)

    def set_idle(self, idle: bool) -> None:
        """Enable the buttons when neither the dialog nor a print is at work."""
        idle = idle and self.job is None
        self.print_button.setEnabled(idle)
        self.packet_button.setEnabled(idle and bool(chaired(self.host.record)))
