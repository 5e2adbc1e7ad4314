"""Session ▸ Minutes: preview, export, confirm and issue the minutes of the selected
session, correct issued minutes, and write its agenda packet and sign-in sheet.

Rendering runs on the database worker with a busy indicator, so the window stays
responsive. Characters no bundled font can draw are reported in the result, never left
as silent boxes. An issued session exports its issued file (or an earlier version, as
chosen); its versions are listed with their dates and what each changed. Issuing asks
first when the chair has not confirmed the draft, then locks the session; a correction
goes into the next version, whose errata (정오표) lists it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import label
from gsmeet.report.file_names import Doc
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.fields import ERROR_STYLE, DateField
from gsmeet.ui.kit.text import day_text, meeting_name
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.sessions.minutes_flows import Flows
from gsmeet.ui.sessions.minutes_outputs import FILTERS, MinutesOutputs
from gsmeet.ui.sessions.minutes_record import RecordPanel

if TYPE_CHECKING:
    from gsmeet.domain.records import CorrectionRecord, MeetingRecord
    from gsmeet.report import RenderReport
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.context import Context

PREVIEW_FOLDER = "gsmeet-preview"
DRAFT = 0  # the version combo's entry for the draft of the next version

Writer = Callable[["Database", Path], "RenderReport"]


class MinutesDialog(QDialog):
    def __init__(
        self, context: Context, record: MeetingRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.pending: list[CorrectionRecord] = []
        self.last_written: Path | None = None
        lang = context.lang
        self.setWindowTitle(
            self.tr("Minutes: {session}").format(session=meeting_name(record.meeting, lang))
        )

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if lang == "ko" else 1)
        self.public = QCheckBox(self.tr("P&ublic version (names of private members masked)"))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (the record)"), "pdf")
        self.format.addItem(self.tr("Word (DOCX, editable copy)"), "docx")
        self.format.addItem(self.tr("Hangul (HWPX, editable copy)"), "hwpx")
        self.format.setToolTip(
            self.tr("Export, agenda packet and sign-in sheet are written in this format")
        )
        self.version = QComboBox()
        self.written_on = DateField(lang)
        self.written_on.set_date(date.today())
        self.written_on.setToolTip(self.tr("The day the draft is dated"))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.public)
        form.addRow(self.tr("For&mat"), self.format)
        form.addRow(self.tr("&Version"), self.version)
        form.addRow(self.tr("&Written on"), self.written_on)
        self.panel = RecordPanel(lang)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.agenda_button = QPushButton(self.tr("&Agenda packet…"))
        self.signin_button = QPushButton(self.tr("&Sign-in sheet…"))
        self.confirm_button = QPushButton(self.tr("Con&firm…"))
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.correction_button = QPushButton(self.tr("Record a co&rrection…"))
        self.correct_button = QPushButton(self.tr("Re&open for correction…"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.agenda_button.clicked.connect(self.export_agenda)
        self.signin_button.clicked.connect(self.export_signin)
        self.flows = Flows(self, self)
        self.outputs = MinutesOutputs(self, self)
        self.confirm_button.clicked.connect(self.flows.confirm)
        self.issue_button.clicked.connect(self.flows.issue)
        self.correction_button.clicked.connect(self.flows.correction)
        self.correct_button.clicked.connect(self.flows.reopen)
        buttons = QGridLayout()
        for index, button in enumerate(self.buttons()):
            buttons.addWidget(button, index // 4, index % 4)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a busy indicator: rendering reports no steps
        self.busy.setVisible(False)
        self.busy.setTextVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumHeight(40)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(self.outputs.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.outputs.folder_button.hide()  # until a document is written

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self._working = False
        self.show_record(record, [])
        self.resize(820, self.sizeHint().height())
        if record.minutes_versions:  # corrections are recorded only once issued
            self.flows.refresh("")

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.preview_button,
            self.export_button,
            self.agenda_button,
            self.signin_button,
            self.confirm_button,
            self.issue_button,
            self.correction_button,
            self.correct_button,
            *self.outputs.buttons(),
        )

    @property
    def meeting(self) -> Any:
        return self.record.meeting

    @property
    def lang(self) -> Any:
        return self.language.currentData()

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    @property
    def issued(self) -> bool:
        return bool(self.meeting.status is MeetingStatus.MINUTES_ISSUED)

    def chosen_version(self) -> int | None:
        """The version Export writes: a number, or None for the current draft."""
        data = self.version.currentData()
        return int(data) if data else None

    def show_record(self, record: MeetingRecord, pending: Sequence[CorrectionRecord]) -> None:
        """Show ``record`` (after an edit here, or as it was opened)."""
        self.record, self.pending = record, list(pending)
        self.version.blockSignals(True)
        self.version.clear()
        if not self.issued:
            self.version.addItem(self.tr("The draft"), DRAFT)
        for version in reversed(record.minutes_versions):
            issued = day_text(version.issued_at.date(), self.context.lang, weekday=False)
            self.version.addItem(
                self.tr("Version {n} (issued {day})").format(n=version.version, day=issued),
                version.version,
            )
        self.version.blockSignals(False)
        self.panel.show_record(record, self.pending)
        self.outputs.show_record(record)
        self._update()

    def _update(self) -> None:
        meeting = self.meeting
        lang = self.context.lang
        self.heading.setText(
            f"<b>{meeting_name(meeting, lang)}</b> · {day_text(meeting.held_on, lang)} · "
            f"{label(meeting.status, lang)}"
        )
        held = meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)
        issued, idle = self.issued, not self._working
        for button in self.buttons():
            button.setEnabled(idle)
        self.version.setVisible(bool(self.record.minutes_versions))
        self.form_label(self.version).setVisible(bool(self.record.minutes_versions))
        self.written_on.setEnabled(idle and not issued)
        may_issue = held and (not issued or bool(self.pending))
        writes = idle and not self.context.read_only  # a read-only file: read and export
        for button in (self.confirm_button, self.correction_button, self.correct_button):
            button.setEnabled(writes)
        self.issue_button.setVisible(may_issue)
        self.issue_button.setEnabled(writes and may_issue)
        self.issue_button.setToolTip(
            "" if held else self.tr("Minutes can be issued once the session has been held")
        )
        self.confirm_button.setVisible(held and (not issued or bool(self.pending)))
        self.correction_button.setVisible(bool(self.record.minutes_versions))
        self.correct_button.setVisible(issued)
        for widget in (self.language, self.public, self.format, self.version):
            widget.setEnabled(idle)
        self.outputs.set_idle(idle)
        self.busy.setVisible(self._working or self.outputs.printing)

    def form_label(self, field: QWidget) -> QWidget:
        form = self.findChild(QFormLayout)
        found = form.labelForField(field) if form is not None else None
        return found if found is not None else QLabel()

    # -- running on the worker ---------------------------------------------------------

    def run(
        self,
        job: Callable[[Database], Any],
        done: Callable[[Any], None],
        busy: str,
        *,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job`` on the worker, busy meanwhile; a refusal is said here (and to
        ``failed``, a form that keeps what was typed)."""
        self._working = True
        self.outcome.setStyleSheet("")
        self.outcome.setText(busy)
        self._update()

        def finished(value: Any) -> None:
            self._working = False
            self._update()
            done(value)

        def refused(message: str) -> None:
            self._working = False
            self._update()
            self.fail(message)
            if failed is not None:
                failed(message)

        self.context.run(job, finished, refused)

    def fail(self, message: str) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(message)
        self.context.message.emit(message)

    def _written(self, path: Path, report: RenderReport) -> str:
        if report.pages is None:  # an editable copy: its office suite lays out the pages
            text = self.tr("Written: {path}").format(path=path)
        else:
            text = self.tr("Written: {path} ({pages} pages)").format(path=path, pages=report.pages)
        if report.replaced:
            chars = ", ".join(f"'{char}' ({where})" for char, where in report.replaced[:10])
            more = len(report.replaced) - 10
            text += "\n" + self.tr(
                "Characters no font could draw were replaced in the PDF: {chars}"
            ).format(chars=chars + (f" … +{more}" if more > 0 else ""))
        for notice in report.notices:
            text += "\n" + describe(notice)
        return text

    def _write(
        self, writer: Writer, path: Path, then: Callable[[Path], object] | None = None
    ) -> None:
        def job(store: Database) -> RenderReport:
            return writer(store, path)

        def done(report: RenderReport) -> None:
            self.written(path)
            message = self._written(path, report)
            self.outcome.setText(message)
            self.context.message.emit(message.splitlines()[0])
            if then is not None:
                then(path)

        self.run(job, done, self.tr("Rendering {file}…").format(file=path.name))

    def _minutes_writer(self, fmt: str = "pdf", *, preview: bool = False) -> Writer:
        meeting_id, lang, public = self.meeting.id, self.lang, self.public.isChecked()
        version = None if preview else self.chosen_version()
        written_on = self.written_on.value()
        next_draft = preview and bool(self.pending)

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes.documents import write_minutes

            return write_minutes(
                store,
                meeting_id,
                out,
                lang=lang,
                public=public,
                fmt=fmt,
                written_on=written_on,
                version=version,
                next_version=next_draft,
            )

        return write

    def suggest(self, what: Doc, fmt: str = "pdf", *, issuing: bool = False) -> str:
        """The name a document is offered under (one that says what it is)."""
        return self.outputs.name(what, fmt, issuing=issuing)

    def written(self, path: Path) -> None:
        """``path`` was just written: remembered, and its folder offered."""
        self.last_written = path
        self.outputs.show_written(path)

    def _save_path(self, title: str, what: Doc) -> Path | None:
        """Where to write a document in the chosen format."""
        fmt = self.fmt
        return prompts.save_path(self, title, self.suggest(what, fmt), FILTERS[fmt])

    # -- the documents -------------------------------------------------------------------

    def preview(self) -> None:
        """Render to a temporary file and open it in the system's PDF viewer (the draft
        of the next version, when corrections wait for one)."""
        folder = Path(tempfile.gettempdir()) / PREVIEW_FOLDER
        folder.mkdir(exist_ok=True)
        path = folder / self.suggest(Doc.MINUTES)
        self._write(self._minutes_writer(preview=True), path, prompts.open_file)

    def export(self) -> None:
        path = self._save_path(self.tr("Export the minutes"), Doc.MINUTES)
        if path is not None:
            self._write(self._minutes_writer(self.fmt), path)

    def export_agenda(self) -> None:
        path = self._save_path(self.tr("Save the agenda packet"), Doc.AGENDA)
        if path is None:
            return
        meeting_id, lang, fmt = self.meeting.id, self.lang, self.fmt

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes.documents import write_agenda

            return write_agenda(store, meeting_id, out, lang=lang, fmt=fmt)

        self._write(write, path)

    def export_signin(self) -> None:
        path = self._save_path(self.tr("Save the sign-in sheet"), Doc.SIGNIN)
        if path is None:
            return
        meeting_id, lang, fmt = self.meeting.id, self.lang, self.fmt

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes.documents import write_signin_sheet

            return write_signin_sheet(store, meeting_id, out, lang=lang, fmt=fmt)

        self._write(write, path)
