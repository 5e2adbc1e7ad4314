"""Two secretaries on one server database, seen from the window: an agenda cell edited
after someone else changed that item is refused with a line naming who changed what,
and the builder shows their change (never a silent last-writer-wins)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AgendaKind
from gsmeet.domain.locations import Server
from gsmeet.services.agenda import update_item
from gsmeet.services.store import open_database
from gsmeet.ui.agenda.model import AgendaBuilderModel

from ..conftest import WAIT_MS, OpenWindow
from .test_builder import idle, prepare

THEIRS = "자율토론 (도시철도 안건 포함)"
SHOTS = os.environ.get("GSMEET_SHOTS")  # a folder: the window is saved there as a PNG


def test_an_edit_after_someone_elses_is_refused_and_shows_theirs(
    qtbot: QtBot, open_window: OpenWindow, server_database: Callable[..., Server]
) -> None:
    server = server_database("bare")
    window = open_window(server)  # type: ignore[arg-type]
    builder = prepare(qtbot, window)
    model = builder.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.node(model.index(r, 0)).planned.item.kind  # type: ignore[union-attr]
        is AgendaKind.DISCUSSION
    )
    item = model.node(model.index(row, 0)).planned.item  # type: ignore[union-attr]
    colleague = open_database(server)  # another secretary, at the office PC
    try:
        update_item(colleague, item.id, title=THEIRS)
    finally:
        colleague.close()
    minutes = model.index(row, AgendaBuilderModel.MINUTES)
    assert model.setData(minutes, item.planned_minutes + 15)
    qtbot.waitUntil(
        lambda: "was changed by" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    message = window.statusBar().currentMessage()
    assert "자율토론" in message and "title" in message and "not saved" in message
    qtbot.waitUntil(
        lambda: model.index(row, AgendaBuilderModel.TITLE).data() == THEIRS,
        timeout=WAIT_MS,
    )
    idle(qtbot, window)
    assert model.index(row, AgendaBuilderModel.MINUTES).data() in (
        item.planned_minutes,
        str(item.planned_minutes),
    )
    assert window.context.history.stack.count() == 1  # the refused edit is no step
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "agenda-changed-meanwhile.png"))
