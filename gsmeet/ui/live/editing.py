"""What the secretary does on the live screen besides moving through the agenda: type
entries, pick speakers, fill the small forms, check people in, record status changes,
achievements and reviews (correcting a remark is :mod:`.corrections`). Mixed into
:class:`LiveWindow`; every change goes through its :class:`LiveSession`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from gsmeet.domain.entry import parse_entry
from gsmeet.ui.kit.text import clock, person_with_role
from gsmeet.ui.live import style
from gsmeet.ui.live.forms import AchievementForm, ActionForm, DecisionForm, StatusForm
from gsmeet.ui.live.speakers import SpeakerPicker, candidates

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.enums import AttendanceStatus, ReviewOutcome
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import PersonAtDate, TaskRecord
    from gsmeet.ui.live.actions import LiveActions
    from gsmeet.ui.live.attendance import AttendancePanel
    from gsmeet.ui.live.drafts import DraftKeeper
    from gsmeet.ui.live.entry import EntryPreview, RemarkEntry
    from gsmeet.ui.live.panels import ItemPanels
    from gsmeet.ui.live.projector import ProjectorWindow
    from gsmeet.ui.live.records import RemarkListModel, RemarkView
    from gsmeet.ui.live.session import LiveSession, Pending
    from gsmeet.ui.live.speakers import QueuePanel

REMARK_FIELD = "remark"
# A remark whose save takes longer than this shows greyed, "saving…", until it is in.
HOLD_MS = 40


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
        remarks: RemarkView
        speaker_label: QLabel
        save_status: QLabel
        attendance: AttendancePanel
        queue: QueuePanel
        item_panels: ItemPanels
        projector: ProjectorWindow | None
        remark_saved: SignalInstance
        clock: Callable[[], datetime]

        def show_problem(self, message: str) -> None: ...

    speaker: PersonAtDate | None
    dialog: QDialog | None = None  # the small form or picker open now (tests reach it)
    _following = False
    _hold: QTimer

    def connect_editing(self) -> None:
        a, s = self.live_actions, self.session
        self._hold = QTimer(self._widget())
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._release_remarks)
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
        self.attendance.marked.connect(self.check_in)
        self.item_panels.briefing.status_requested.connect(self.ask_task_status)
        self.item_panels.briefing.achievement_requested.connect(self.ask_achievement)
        self.item_panels.review.reviewed.connect(self.record_review)
        self._show_preview()

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
        self._show_preview()
        self.drafts.typed(REMARK_FIELD)

    def _show_preview(self) -> None:
        self.preview.show_for(self.entry.toPlainText(), self.session.held_on, self._speaker_name())

    def _pending(self, pending: Pending) -> None:
        if pending.item_id == self.remark_model.item_id:
            # Painted once saved, a few ms on, unless the save is slow: painting it
            # greyed first would only slow the save down (both need the interpreter).
            if self.remarks.updatesEnabled():
                self.remarks.setUpdatesEnabled(False)
                self._hold.start()
            self.remark_model.add_pending(pending)
            self.follow_remarks()
        self._status(QCoreApplication.translate("LiveWindow", "Saving…"), style.MUTED)

    def _release_remarks(self) -> None:
        self._hold.stop()
        if not self.remarks.updatesEnabled():
            self.remarks.setUpdatesEnabled(True)

    def _saved(self, token: int, result: EntryResult) -> None:
        remark = result.remark
        self.remark_model.confirm(token, remark)
        self._release_remarks()
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
        style.set_colour(self.save_status, colour)  # it changes with every save

    def _failed(self, token: int, message: str) -> None:
        pending = self.remark_model.drop_pending(token)
        self._release_remarks()
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
        self._show_preview()  # "Enter saves a remark by …": nothing typed, no draft

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
                    form.due.value(),
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
        view, state = self.item_panels.briefing.view, self.session.state
        if view is None or state is None:
            return None
        tasks = [(t.id, t.title) for t in view.tasks]
        form = AchievementForm(self.lang, state.meeting.held_on, tasks, self._widget())

        def finished(result: int) -> None:
            occurred = form.occurred.value()
            if result == QDialog.DialogCode.Accepted and occurred is not None:
                self.session.record_achievement(
                    view.strategy_id,
                    form.text.text(),
                    occurred,
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
