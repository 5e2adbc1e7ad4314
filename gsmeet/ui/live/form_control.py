"""The small forms of the live screen, each opened from its key or button and sent to
the session when accepted: a decision (Ctrl+D), an action item (Ctrl+T) — both taking
what was typed in the entry — and, in a briefing, a task's new status and an
achievement; in the review of earlier action items, each one's outcome."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from gsmeet.ui.live import ops, record_ops
from gsmeet.ui.live.forms import AchievementForm, ActionForm, DecisionForm, StatusForm
from gsmeet.ui.live.speakers import candidates

if TYPE_CHECKING:
    from gsmeet.domain.enums import ReviewOutcome
    from gsmeet.domain.records import TaskRecord
    from gsmeet.ui.kit.undo import Operation
    from gsmeet.ui.live.entry import RemarkEntry
    from gsmeet.ui.live.panels import ItemPanels
    from gsmeet.ui.live.room import Room


class FormController(QObject):
    def __init__(self, room: Room, entry: RemarkEntry, panels: ItemPanels) -> None:
        super().__init__(entry)
        self._session = room.session
        self._entry = entry
        self._panels = panels
        self._dialogs = room.dialogs
        self._lang = room.lang
        panels.briefing.status_requested.connect(self.ask_task_status)
        panels.briefing.achievement_requested.connect(self.ask_achievement)
        panels.review.reviewed.connect(self.record_review)
        room.actions.decision.triggered.connect(self.open_decision_form)
        room.actions.action_item.triggered.connect(self.open_action_form)

    def _taken_from_entry(self, prefixes: tuple[str, ...]) -> str:
        """What is typed, for the form to start from (a prefix typed already dropped)."""
        text = self._entry.toPlainText().strip()
        for prefix in prefixes:
            if text.casefold().startswith(prefix):
                return text[len(prefix) :].lstrip(" :：")
        return text

    def open_decision_form(self) -> DecisionForm | None:
        if self._session.current_item() is None:
            return None
        typed = self._taken_from_entry(("결정", "decision"))
        form = DecisionForm(self._lang, typed, self._dialogs.window)

        def finished(result: int) -> None:
            item = self._session.current_item()
            if result == QDialog.DialogCode.Accepted and item is not None:
                text, votes = form.text.toPlainText(), form.votes()
                added = record_ops.decision(item.id, text, form.mode, votes, lang=self._lang)
                self._session.perform(added, done=self._session.append)
                self._entry.clear()

        self._dialogs.open(form, finished)
        return form

    def open_action_form(self) -> ActionForm | None:
        state = self._session.state
        if state is None or self._session.current_item() is None:
            return None
        people = [row.person for row in state.attendance]
        subs = sorted({p.subcommittee for p in people if p.subcommittee})
        owners = [p.name for p in candidates(state.attendance)] + subs
        typed = self._taken_from_entry(("조치", "action"))
        form = ActionForm(self._lang, state.meeting.held_on, owners, typed, self._dialogs.window)

        def finished(result: int) -> None:
            item = self._session.current_item()
            if result == QDialog.DialogCode.Accepted and item is not None:
                added = record_ops.action(
                    item.id,
                    form.title.text(),
                    form.owner.currentText(),
                    form.due.value(),
                    form.detail.toPlainText(),
                    lang=self._lang,
                )
                self._session.perform(added, done=self._session.append)
                self._entry.clear()

        self._dialogs.open(form, finished)
        return form

    def ask_task_status(self, task: TaskRecord) -> StatusForm:
        form = StatusForm(self._lang, task.title, task.status, self._dialogs.window)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                s = self._session
                changed = ops.task_status(
                    s.meeting_id, task.id, form.chosen(), form.note.text(), s.clock
                )
                self._refresh_after(changed)

        self._dialogs.open(form, finished)
        return form

    def ask_achievement(self) -> AchievementForm | None:
        view, state = self._panels.briefing.view, self._session.state
        if view is None or state is None:
            return None
        tasks = [(t.id, t.title) for t in view.tasks]
        form = AchievementForm(self._lang, state.meeting.held_on, tasks, self._dialogs.window)

        def finished(result: int) -> None:
            occurred = form.occurred.value()
            if result == QDialog.DialogCode.Accepted and occurred is not None:
                recorded = ops.achievement(
                    self._session.meeting_id,
                    view.strategy_id,
                    form.text.text(),
                    occurred_on=occurred,
                    figure=form.figure.text(),
                    task_id=form.task_id(),
                )
                self._refresh_after(recorded)

        self._dialogs.open(form, finished)
        return form

    def record_review(
        self, action_id: int, outcome: ReviewOutcome, comment: str, new_due: date | None
    ) -> None:
        meeting_id = self._session.meeting_id
        self._refresh_after(ops.review(meeting_id, action_id, outcome, comment, new_due))

    def _refresh_after(self, operation: Operation) -> None:
        """Carry out ``operation``; the item's panel is read again after it and after
        each undo and redo."""
        refresh = self._session.refresh_item_panel
        self._session.perform(operation, done=refresh, then=refresh)
