"""Session ▸ Minutes: preview, export and issue the minutes of the selected session, and
write its agenda packet and sign-in sheet.

Rendering runs on the database worker with a busy indicator, so the window stays
responsive. Characters no bundled font can draw are reported in the result, never left
as silent boxes. Issuing locks the session; an issued session offers "Correct…", which
unlocks it so the next issue makes a new version that says what changed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
from gsmeet.ui.kit.fields import ERROR_STYLE
from gsmeet.ui.kit.text import day_text, meeting_name
from gsmeet.ui.sessions.minutes_outputs import FILTERS, PDF_FILTER, MinutesOutputs

if TYPE_CHECKING:
    from gsmeet.domain.changes import Changes
    from gsmeet.domain.records import MeetingRecord, MeetingSummary, MinutesVersionRecord
    from gsmeet.report import RenderReport
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.context import Context

PREVIEW_FOLDER = "gsmeet-preview"

Writer = Callable[["Database", Path], "RenderReport"]


class MinutesDialog(QDialog):
    def __init__(
        self, context: Context, record: MeetingRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.meeting: MeetingSummary = record.meeting
        self.versions = len(record.minutes_versions)
        self.last_written: Path | None = None
        lang = context.lang
        self.setWindowTitle(
            self.tr("Minutes: {session}").format(session=meeting_name(self.meeting, lang))
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
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.public)
        form.addRow(self.tr("&Format"), self.format)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.agenda_button = QPushButton(self.tr("&Agenda packet…"))
        self.signin_button = QPushButton(self.tr("&Sign-in sheet…"))
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.agenda_button.clicked.connect(self.export_agenda)
        self.signin_button.clicked.connect(self.export_signin)
        self.issue_button.clicked.connect(self.issue)
        self.correct_button.clicked.connect(self.correct)
        self.outputs = MinutesOutputs(self, self)
        row = QHBoxLayout()
        for button in (
            self.preview_button,
            self.export_button,
            self.agenda_button,
            self.signin_button,
            self.issue_button,
            self.correct_button,
            *self.outputs.buttons(),
        ):
            row.addWidget(button)

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
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self._working = False
        self._update()
        self.resize(760, self.sizeHint().height())

    @property
    def lang(self) -> Any:
        return self.language.currentData()

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    def _update(self) -> None:
        meeting = self.meeting
        lang = self.context.lang
        self.heading.setText(
            f"<b>{meeting_name(meeting, lang)}</b> · {day_text(meeting.held_on, lang)} · "
            f"{label(meeting.status, lang)}"
        )
        held = meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)
        issued = meeting.status is MeetingStatus.MINUTES_ISSUED
        idle = not self._working
        for button in (self.preview_button, self.export_button, self.agenda_button):
            button.setEnabled(idle)
        self.signin_button.setEnabled(idle)
        self.issue_button.setVisible(not issued)
        self.issue_button.setEnabled(idle and held and not issued)
        self.issue_button.setToolTip(
            "" if held else self.tr("Minutes can be issued once the session has been held")
        )
        self.correct_button.setVisible(issued)
        self.correct_button.setEnabled(idle)
        self.language.setEnabled(idle)
        self.public.setEnabled(idle)
        self.format.setEnabled(idle)
        self.outputs.set_idle(idle)
        self.busy.setVisible(self._working or self.outputs.printing)

    # -- running on the worker ---------------------------------------------------------

    def _run(self, job: Callable[[Database], Any], done: Callable[[Any], None], busy: str) -> None:
        self._working = True
        self.outcome.setStyleSheet("")
        self.outcome.setText(busy)
        self._update()

        def finished(value: Any) -> None:
            self._working = False
            self._update()
            done(value)

        def failed(message: str) -> None:
            self._working = False
            self._update()
            self.outcome.setStyleSheet(ERROR_STYLE)
            self.outcome.setText(message)
            self.context.message.emit(message)

        self.context.run(job, finished, failed)

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
        return text

    def _write(
        self, writer: Writer, path: Path, then: Callable[[Path], object] | None = None
    ) -> None:
        def job(store: Database) -> RenderReport:
            return writer(store, path)

        def done(report: RenderReport) -> None:
            self.last_written = path
            self.outputs.show_written(path)
            message = self._written(path, report)
            self.outcome.setText(message)
            self.context.message.emit(message.splitlines()[0])
            if then is not None:
                then(path)

        self._run(job, done, self.tr("Rendering {file}…").format(file=path.name))

    def _minutes_writer(self, fmt: str = "pdf") -> Writer:
        meeting_id, lang, public = self.meeting.id, self.lang, self.public.isChecked()

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes import write_minutes

            return write_minutes(store, meeting_id, out, lang=lang, public=public, fmt=fmt)

        return write

    def _save_path(self, title: str, what: Doc) -> Path | None:
        """Where to write a document in the chosen format (offered under a name that
        says what it is)."""
        fmt = self.fmt
        return prompts.save_path(self, title, self.outputs.name(what, fmt), FILTERS[fmt])

    # -- the buttons ----------------------------------------------------------------------

    def preview(self) -> None:
        """Render to a temporary file and open it in the system's PDF viewer."""
        folder = Path(tempfile.gettempdir()) / PREVIEW_FOLDER
        folder.mkdir(exist_ok=True)
        path = folder / self.outputs.name(Doc.MINUTES)
        self._write(self._minutes_writer(), path, prompts.open_file)

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
            from gsmeet.services.minutes import write_agenda

            return write_agenda(store, meeting_id, out, lang=lang, fmt=fmt)

        self._write(write, path)

    def export_signin(self) -> None:
        path = self._save_path(self.tr("Save the sign-in sheet"), Doc.SIGNIN)
        if path is None:
            return
        meeting_id, lang, fmt = self.meeting.id, self.lang, self.fmt

        def write(store: Database, out: Path) -> RenderReport:
            from gsmeet.services.minutes import write_signin_sheet

            return write_signin_sheet(store, meeting_id, out, lang=lang, fmt=fmt)

        self._write(write, path)

    def issue(self) -> None:
        name = meeting_name(self.meeting, self.context.lang)
        changes = ""
        if self.versions:
            asked = prompts.ask_text(
                self,
                self.tr("Issue a correction"),
                self.tr("What does version {version} change?").format(version=self.versions + 1),
            )
            if asked is None:
                return
            if not asked.strip():
                self.outcome.setStyleSheet(ERROR_STYLE)
                self.outcome.setText(self.tr("A correction must say what it changes."))
                return
            changes = asked
        elif not prompts.confirm(
            self,
            self.tr("Issue the minutes"),
            self.tr(
                "Issue the minutes of {session}? The session is then locked: its record "
                "can only change through a correction, which makes a new version."
            ).format(session=name),
        ):
            return
        path = prompts.save_path(
            self,
            self.tr("Save the issued minutes"),
            self.outputs.name(Doc.MINUTES, issuing=True),
            PDF_FILTER,
        )
        if path is None:
            return
        meeting_id, lang = self.meeting.id, self.lang

        def job(store: Database) -> tuple[MinutesVersionRecord, MeetingRecord, Changes]:
            from gsmeet.services.changes import changes_of
            from gsmeet.services.meetings import meeting_record
            from gsmeet.services.minutes import issue_minutes

            entry = issue_minutes(store, meeting_id, path, lang=lang, changes=changes)
            touched = changes_of(issue_minutes).about(meeting_id)
            return entry, meeting_record(store, meeting_id), touched

        def done(result: tuple[MinutesVersionRecord, MeetingRecord, Changes]) -> None:
            entry, record, touched = result
            self.record, self.meeting = record, record.meeting
            self.versions = len(record.minutes_versions)
            self.last_written = path
            self.outputs.show_written(path)
            self._update()
            self.outcome.setText(
                self.tr("Version {version} issued: {path}").format(version=entry.version, path=path)
            )
            self.context.apply(touched)

        self._run(job, done, self.tr("Issuing…"))

    def correct(self) -> None:
        if not prompts.confirm(
            self,
            self.tr("Correct the minutes"),
            self.tr(
                "Unlock this session to correct its record? Issue it again afterwards: the "
                "new version lists what changed."
            ),
        ):
            return
        meeting_id = self.meeting.id

        def job(store: Database) -> tuple[MeetingSummary, Changes]:
            from gsmeet.services.changes import changes_of
            from gsmeet.services.minutes import reopen_for_correction

            reopened = reopen_for_correction(store, meeting_id)
            return reopened, changes_of(reopen_for_correction).about(meeting_id)

        def done(result: tuple[MeetingSummary, Changes]) -> None:
            meeting, touched = result
            self.meeting = meeting
            self.record = replace(self.record, meeting=meeting)
            self._update()
            self.outcome.setText(
                self.tr("Unlocked for correction. Issue it again when the record is right.")
            )
            self.context.apply(touched)

        self._run(job, done, self.tr("Unlocking…"))
