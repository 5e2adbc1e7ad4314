"""The one place an edit's changes reach the screens."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gsmeet.domain.changes import AGENDA, MEMBERS, NOTHING, RECORD, SESSIONS, STRATEGIES
from gsmeet.ui.kit.context import Context
from gsmeet.ui.kit.worker import Worker


def test_apply_tells_each_panel_what_changed(qtbot: QtBot) -> None:
    worker = Worker()
    try:
        context = Context(worker, "en")
        heard: list[object] = []
        context.sessions_edited.connect(lambda meeting_id: heard.append(("sessions", meeting_id)))
        context.agenda_changed.connect(lambda: heard.append("agenda"))
        context.record_changed.connect(lambda: heard.append("record"))
        context.members_changed.connect(lambda: heard.append("members"))
        context.strategies_changed.connect(lambda: heard.append("strategies"))
        context.apply(NOTHING)
        assert heard == []
        context.apply(MEMBERS | STRATEGIES)
        assert heard == ["members", "strategies"]
        heard.clear()
        context.apply((SESSIONS | AGENDA | RECORD).about(4))
        assert heard == [("sessions", 4), "agenda", "record"]
        heard.clear()
        context.history.changed.emit(SESSIONS)  # what the undo history announces
        assert heard == [("sessions", -1)]
    finally:
        worker.shutdown()
