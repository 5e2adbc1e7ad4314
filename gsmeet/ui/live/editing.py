"""What the secretary does on the live screen besides moving through the agenda: type
entries, pick speakers, fill the small forms, correct remarks, check people in, record
status changes, achievements and reviews. Mixed into :class:`LiveWindow`; every change
goes through its :class:`LiveSession`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from gsmeet.domain.entry import parse_entry
from gsmeet.domain.records import AgendaItemRecord, RemarkRecord
from gsmeet.ui.live import style
from gsmeet.ui.live.forms import AchievementForm, ActionForm, DecisionForm, StatusForm
from gsmeet.ui.live.speakers import SpeakerPicker, candidates
from gsmeet.ui.record_models import number_agenda
from gsmeet.ui.text import clock, person_with_role

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel, QListView

    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.enums import AttendanceStatus, ReviewOutcome
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import PersonAtDate, TaskRecord
    from gsmeet.ui.live.actions import LiveActions
    from gsmeet.ui.live.attendance import AttendancePanel
    from gsmeet.ui.live.briefing import BriefingPanel, ReviewPanel
    from gsmeet.ui.live.drafts import DraftKeeper
    from gsmeet.ui.live.entry import EntryPreview, RemarkEntry
    from gsmeet.ui.live.projector import ProjectorWindow
    from gsmeet.ui.live.records import RemarkListModel
    from gsmeet.ui.live.session import LiveSession, Pending
    from gsmeet.ui.live.speakers import QueuePanel

REMARK_FIELD = "remark"


class EditingMixin:
    # Its text is translated in the LiveWindow context, where it is shown: tools that
    # collect strings know Qt classes, not mixins.
    if TYPE_CHECKING:
        lang: Lang
        session: LiveSession
        live_actions: LiveActions
        drafts: DraftKeeper
        entry: RemarkEntry
        preview: EntryPreview
        remark_model: RemarkListModel
        remarks: QListView
        speaker_label: QLabel
        save_status: QLabel
        attendance: AttendancePanel
        queue: QueuePanel
        briefing: BriefingPanel
        review: ReviewPanel
        projector: ProjectorWindow | None
        remark_saved: SignalInstance
        clock: Callable[[], datetime]

        def show_problem(self, message: str) -> None: ...

    speaker: PersonAtDate | None
    dialog: QDialog | None = None  # the small form or picker open now (tests reach it)
    _following = False

    def connect_editing(self) -> None:
        a, s = self.live_actions, self.session
        self.entry.submitted.connect(self.submit)
        self.entry.textChanged.connect(self._typed)
        self.drafts.watch(REMARK_FIELD, self.entry.toPlainText)
        self.drafts.restored.connect(self._restore_drafts)
        s.entry_pending.connect(self._pending)
        s.entry_saved.connect(self._saved)
        s.entry_failed.connect(self._failed)
        a.speaker.triggered.connect(lambda: self.choose_speaker(queue=False))
        a.next_speaker.triggered.connect(self.queue.advance)
        self.queue.next_speaker.connect(self.set_speaker)
        self.queue.add_requested.connect(lambda: self.choose_speaker(queue=True))
        a.decision.triggered.connect(self.open_decision_form)
        a.action_item.triggered.connect(self.open_action_form)
        a.edit_remark.triggered.connect(self.edit_remark)
        a.change_speaker.triggered.connect(self.change_remark_speaker)
        a.move_remark.triggered.connect(self.move_remark)
        a.delete_remark.triggered.connect(self.delete_remark)
        self.attendance.marked.connect(self.check_in)
        self.briefing.status_requested.connect(self.ask_task_status)
        self.briefing.achievement_requested.connect(self.ask_achievement)
        self.review.reviewed.connect(self.record_review)
        self._typed()

    # -- the entry ------------------------------------------------------------------------

    def submit(self, text: str) -> None:
        """Enter in the entry: save ``text`` under the current item, by the speaker."""
        if not text.strip():
            return
        entry = parse_entry(text, today=self.session.held_on)
        if not entry.ok:
            self.preview.show_for(text, self.session.held_on, self._speaker_name())
            return  # the reason shows under the entry; the text stays
        if self.session.submit_entry(text, self.speaker) is None:
            self.show_problem(
                QCoreApplication.translate(
                    "LiveWindow", "No item is under way: move to an item first"
                )
            )
            return
        self.entry.clear()
        self.drafts.save_now(REMARK_FIELD)  # clears the draft, after the entry's save

    def _typed(self) -> None:
        self.preview.show_for(self.entry.toPlainText(), self.session.held_on, self._speaker_name())
        self.drafts.typed(REMARK_FIELD)

    def _pending(self, pending: Pending) -> None:
        if pending.item_id == self.session.state_item():
            self.remark_model.add_pending(pending)
            self.follow_remarks()
        self._status(QCoreApplication.translate("LiveWindow", "Saving…"), style.MUTED)

    def _saved(self, token: int, result: EntryResult) -> None:
        remark = result.remark
        self.remark_model.confirm(token, remark)
        self._status(
            QCoreApplication.translate("LiveWindow", "Saved {time} ✓").format(
                time=clock(self.clock())
            ),
            style.OK,
        )
        if remark is not None:
            self.remark_saved.emit(remark.id, remark.text)

    def follow_remarks(self) -> None:
        """Keep the newest remark in view — once per turn of the event loop, however
        many were added in it (scrolling lays the list out at once)."""
        if not self._following:
            self._following = True
            QTimer.singleShot(0, self._scroll_remarks)

    def _scroll_remarks(self) -> None:
        self._following = False
        self.remarks.scrollToBottom()

    def _status(self, text: str, colour: str) -> None:
        self.save_status.setText(text)
        if self.save_status.property("colour") != colour:
            # A style sheet is re-polished on every set: only when the colour changes.
            self.save_status.setProperty("colour", colour)
            self.save_status.setStyleSheet(f"color: {colour};")

    def _failed(self, token: int, message: str) -> None:
        pending = self.remark_model.drop_pending(token)
        if pending is not None:
            typed = self.entry.toPlainText()
            self.entry.setPlainText(pending.text + ("\n" + typed if typed.strip() else ""))
        self.show_problem(
            QCoreApplication.translate("LiveWindow", "Not saved: {message}").format(message=message)
        )

    def _restore_drafts(self, left: dict[str, str]) -> None:
        text = left.get(REMARK_FIELD, "")
        if text and not self.entry.toPlainText():
            self.entry.setPlainText(text)
            self.entry.moveCursor(self.entry.textCursor().MoveOperation.End)
            self.save_status.setText(
                QCoreApplication.translate("LiveWindow", "Unsaved text from last time restored")
            )

    # -- speakers -------------------------------------------------------------------------

    def _speaker_name(self) -> str:
        return (
            person_with_role(self.speaker, self.lang)
            if self.speaker
            else QCoreApplication.translate("LiveWindow", "nobody")
        )

    def set_speaker(self, person: PersonAtDate | None) -> None:
        self.speaker = person
        self.show_speaker()
        if self.projector is not None:
            self.projector.show_speaker(person)

    def show_speaker(self) -> None:
        self.speaker_label.setText(
            QCoreApplication.translate("LiveWindow", "Speaker: {name}").format(
                name=self._speaker_name()
            )
        )
        self._typed()

    def choose_speaker(
        self, *, queue: bool = False, then: Callable[[PersonAtDate], None] | None = None
    ) -> SpeakerPicker | None:
        state = self.session.state
        if state is None:
            return None
        picker = SpeakerPicker(candidates(state.attendance), self.lang, self._widget())

        def finished(result: int) -> None:
            chosen = picker.chosen
            if result == QDialog.DialogCode.Accepted and chosen is not None:
                if then is not None:
                    then(chosen)
                elif queue or picker.to_queue:
                    self.queue.enqueue(chosen)
                else:
                    self.set_speaker(chosen)
            self._closed(picker)

        self._open(picker, finished)
        picker.search.setFocus()
        return picker

    # -- forms ----------------------------------------------------------------------------

    def _taken_from_entry(self, prefixes: tuple[str, ...]) -> str:
        """What is typed, for the form to start from (a prefix typed already dropped)."""
        text = self.entry.toPlainText().strip()
        for prefix in prefixes:
            if text.casefold().startswith(prefix):
                return text[len(prefix) :].lstrip(" :：")
        return text

    def open_decision_form(self) -> DecisionForm | None:
        if self.session.current_item() is None:
            return None
        form = DecisionForm(self.lang, self._taken_from_entry(("결정", "decision")), self._widget())

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.session.add_decision(form.text.toPlainText(), form.mode, form.votes())
                self.entry.clear()
            self._closed(form)

        self._open(form, finished)
        return form

    def open_action_form(self) -> ActionForm | None:
        state = self.session.state
        if state is None or self.session.current_item() is None:
            return None
        people = [row.person for row in state.attendance]
        subs = sorted({p.subcommittee for p in people if p.subcommittee})
        owners = [p.name for p in candidates(state.attendance)] + subs
        form = ActionForm(
            self.lang,
            state.meeting.held_on,
            owners,
            self._taken_from_entry(("조치", "action")),
            self._widget(),
        )

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.session.add_action(
                    form.title.text(),
                    form.owner.currentText(),
                    form.due.value,
                    form.detail.toPlainText(),
                )
                self.entry.clear()
            self._closed(form)

        self._open(form, finished)
        return form

    def ask_task_status(self, task: TaskRecord) -> StatusForm:
        form = StatusForm(self.lang, task.title, task.status, self._widget())

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.session.change_task_status(task.id, form.chosen(), form.note.text())
            self._closed(form)

        self._open(form, finished)
        return form

    def ask_achievement(self) -> AchievementForm | None:
        view, state = self.briefing.view, self.session.state
        if view is None or state is None:
            return None
        tasks = [(t.id, t.title) for t in view.tasks]
        form = AchievementForm(self.lang, state.meeting.held_on, tasks, self._widget())

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and form.occurred.value is not None:
                self.session.record_achievement(
                    view.strategy_id,
                    form.text.text(),
                    form.occurred.value,
                    form.figure.text(),
                    form.task_id(),
                )
            self._closed(form)

        self._open(form, finished)
        return form

    def check_in(
        self, person_id: int, status: AttendanceStatus, reason: str = "", proxy: str = ""
    ) -> None:
        self.session.check_in(person_id, status, reason=reason, proxy=proxy)

    def record_review(
        self, action_id: int, outcome: ReviewOutcome, comment: str, new_due: Any
    ) -> None:
        self.session.review(action_id, outcome, comment, new_due)

    # -- correcting remarks -----------------------------------------------------------------

    def selected_remark(self) -> RemarkRecord | None:
        index = self.remarks.currentIndex()
        if not index.isValid() or self.remark_model.is_pending(index.row()):
            return None
        row = self.remark_model.row(index.row())
        return row if isinstance(row, RemarkRecord) else None

    def edit_remark(self) -> QInputDialog | None:
        remark = self.selected_remark()
        if remark is None:
            return None
        dialog = QInputDialog(self._widget())
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setWindowTitle(QCoreApplication.translate("LiveWindow", "Edit the remark"))
        dialog.setLabelText(QCoreApplication.translate("LiveWindow", "Remark:"))
        dialog.setTextValue(remark.text)

        def finished(result: int) -> None:
            text = dialog.textValue()
            if result == QDialog.DialogCode.Accepted and text.strip() != remark.text:
                self.session.update_remark(remark.id, text=text)
            self._closed(dialog)

        self._open(dialog, finished)
        return dialog

    def change_remark_speaker(self) -> SpeakerPicker | None:
        remark = self.selected_remark()
        if remark is None:
            return None
        return self.choose_speaker(
            then=lambda person: self.session.update_remark(remark.id, speaker_id=person.id)
        )

    def move_remark(self) -> QInputDialog | None:
        remark, state = self.selected_remark(), self.session.state
        if remark is None or state is None:
            return None
        rows = [r for r in number_agenda(state.agenda) if r.item.id != remark.agenda_item_id]
        names = [f"{r.number}. {r.item.title}" for r in rows]
        dialog = QInputDialog(self._widget())
        dialog.setWindowTitle(QCoreApplication.translate("LiveWindow", "Move the remark"))
        dialog.setLabelText(QCoreApplication.translate("LiveWindow", "To the item:"))
        dialog.setComboBoxItems(names)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.textValue() in names:
                target: AgendaItemRecord = rows[names.index(dialog.textValue())].item
                self.session.update_remark(remark.id, item_id=target.id)
            self._closed(dialog)

        self._open(dialog, finished)
        return dialog

    def delete_remark(self) -> None:
        remark = self.selected_remark()
        if remark is not None:
            from gsmeet.domain.entry import EntryKind, EntryResult

            self.session.delete(EntryResult(EntryKind.REMARK, remark=remark))

    # -- the session ----------------------------------------------------------------------

    def end_session(self, *, confirm: bool = True) -> None:
        if not self.session.running:
            return
        if confirm:
            answer = QMessageBox.question(
                self._widget(),
                QCoreApplication.translate("LiveWindow", "End the session"),
                QCoreApplication.translate(
                    "LiveWindow",
                    "End the session now? The end time is recorded and the session is held.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.end()

    # -- dialogs ----------------------------------------------------------------------------

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _open(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        # Window-modal and not exec(): no nested event loop, so the worker's results
        # (and the projector) keep flowing while a form is open.
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(finished)
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        # Back to typing: the window's shortcuts need it active again.
        self._widget().activateWindow()
        self.entry.setFocus()
