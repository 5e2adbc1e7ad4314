"""Session ▸ Minutes on the demo's session of 2019-08-22: preview in the system viewer,
export, agenda packet and sign-in sheet (PDF files written off the GUI thread), issuing
(the session is locked) and a correction; errors are one line."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import MeetingStatus
from gsmeet.ui.kit import prompts
from gsmeet.ui.sessions.minutes_dialog import MinutesDialog
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow


def open_dialog(window: MainWindow) -> MinutesDialog:
    window.menu_actions.minutes.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, MinutesDialog)
    return dialog


def wait_done(qtbot: QtBot, dialog: MinutesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=WAIT_MS)


def test_preview_export_and_documents(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    assert window.menu_actions.minutes.isEnabled()
    assert window.menu_actions.minutes.shortcut().toString() == "Ctrl+M"
    dialog = open_dialog(window)
    assert dialog.issue_button.isEnabled() and not dialog.correct_button.isVisible()

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # previews go there
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "open_file", lambda path: opened.append(path) or True)
    dialog.preview_button.click()
    assert dialog.busy.isVisible() and not dialog.export_button.isEnabled()  # working
    wait_done(qtbot, dialog)
    assert len(opened) == 1 and opened[0].read_bytes().startswith(b"%PDF")
    assert tmp_path in opened[0].parents

    out = tmp_path / "minutes.pdf"
    monkeypatch.setattr(prompts, "save_path", lambda *args: out)
    dialog.public.setChecked(True)
    dialog.export_button.click()
    wait_done(qtbot, dialog)
    assert out.read_bytes().startswith(b"%PDF")
    assert f"Written: {out}" in dialog.outcome.text() and "pages" in dialog.outcome.text()

    for button, name in ((dialog.agenda_button, "agenda.pdf"), (dialog.signin_button, "sign.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(prompts, "save_path", lambda *args, t=target: t)
        button.click()
        wait_done(qtbot, dialog)
        assert target.read_bytes().startswith(b"%PDF")

    # An unwritable place: one line, no traceback, the dialog usable again.
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "missing" / "x.pdf")
    dialog.export_button.click()
    wait_done(qtbot, dialog)
    assert "does not exist" in dialog.outcome.text() and "\n" not in dialog.outcome.text()
    assert "Traceback" not in window.statusBar().currentMessage()
    assert dialog.export_button.isEnabled()


def test_replaced_characters_are_reported(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    from gsmeet.report import RenderReport

    window = open_window(demo_db)
    dialog = open_dialog(window)
    text = dialog._written(Path("x.pdf"), RenderReport(3, (("😀", "remark 4"),)))
    assert "replaced in the PDF: '😀' (remark 4)" in text


def test_issue_locks_the_session_and_a_correction_asks_what_changed(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    dialog = open_dialog(window)
    asked: list[Any] = []
    monkeypatch.setattr(prompts, "confirm", lambda *args: asked.append(args[1]) or True)
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "issued.pdf")
    dialog.issue_button.click()
    wait_done(qtbot, dialog)
    assert asked == ["Issue the minutes"]
    assert (tmp_path / "issued.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.meeting.status is MeetingStatus.MINUTES_ISSUED
    assert "Version 1 issued" in dialog.outcome.text()
    assert dialog.correct_button.isVisible() and not dialog.issue_button.isVisible()

    def shown_status() -> MeetingStatus | None:
        record = window.meeting_view.record
        return None if record is None else record.meeting.status

    qtbot.waitUntil(lambda: shown_status() is MeetingStatus.MINUTES_ISSUED, timeout=WAIT_MS)
    assert not window.workspace.builder_shown  # the agenda is read-only now
    assert "Minutes issued" in window.meeting_view.subheading.text()

    dialog.correct_button.click()
    wait_done(qtbot, dialog)
    assert dialog.meeting.status is MeetingStatus.HELD and dialog.issue_button.isEnabled()
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "참석자 명단 정정")
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "v2.pdf")
    dialog.issue_button.click()
    wait_done(qtbot, dialog)
    assert "Version 2 issued" in dialog.outcome.text()
    assert (tmp_path / "v2.pdf").exists()


def test_export_as_an_editable_copy(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    dialog = open_dialog(window)
    asked: list[tuple[Any, ...]] = []
    for fmt, magic in (("docx", b"PK"), ("hwpx", b"PK")):
        out = tmp_path / f"minutes.{fmt}"
        monkeypatch.setattr(prompts, "save_path", lambda *args, o=out: asked.append(args) or o)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.export_button.click()
        wait_done(qtbot, dialog)
        assert out.read_bytes().startswith(magic)
        assert dialog.outcome.text() == f"Written: {out}"  # no page count: Word lays it out
    assert [args[2].rsplit(".", 1)[1] for args in asked] == ["docx", "hwpx"]  # suggested names
    assert "Word (*.docx)" in asked[0][3] and "*.hwpx" in asked[1][3]
