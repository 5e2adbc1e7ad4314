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
    assert asked == ["Issue the minutes", "Issue unconfirmed minutes"]  # nobody confirmed
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


def test_confirm_issue_export_the_issued_file_and_correct(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hashlib

    from gsmeet.ui.sessions.minutes_forms import ConfirmForm, CorrectionForm

    window = open_window(demo_db)
    dialog = open_dialog(window)
    assert "최영조: not confirmed" in dialog.panel.confirmation.text()
    for name in ("최영조", "이재훈"):
        dialog.confirm_button.click()
        form = dialog.flows.form
        assert isinstance(form, ConfirmForm) and form.isVisible()
        form.person.setCurrentIndex(form.person.findData(name))
        form.day.setText("2019. 8. 26.")
        form.ok_button.click()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dialog.flows.form is None, timeout=WAIT_MS)
        wait_done(qtbot, dialog)
    assert "이재훈: confirmed" in dialog.panel.confirmation.text()

    asked: list[Any] = []
    monkeypatch.setattr(prompts, "confirm", lambda *args: asked.append(args[1]) or True)
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "issued.pdf")
    dialog.issue_button.click()
    wait_done(qtbot, dialog)
    assert asked == ["Issue the minutes"]  # confirmed: nothing more to ask
    issued = (tmp_path / "issued.pdf").read_bytes()
    assert dialog.panel.versions.rowCount() == 1
    assert "kept · SHA-256" in dialog.panel.versions.item(0, 3).text()

    # exporting the issued session writes the issued file itself
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "export.pdf")
    dialog.export_button.click()
    wait_done(qtbot, dialog)
    assert (tmp_path / "export.pdf").read_bytes() == issued

    # a correction: recorded, listed, then issued as version 2 with its errata
    dialog.correction_button.click()
    form = dialog.flows.form
    assert isinstance(form, CorrectionForm)
    form.target.setCurrentIndex(
        next(i for i in range(form.target.count()) if form.target.itemData(i)[0] == "remark")
    )
    form.text.setPlainText("정정된 발언입니다.")
    form.asked_by.setText("발언 위원")
    form.reason.setText("자구 정정")
    form.ok_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.flows.form is None, timeout=WAIT_MS)
    wait_done(qtbot, dialog)
    assert "1 correction(s) recorded" in dialog.panel.corrections.text()
    assert dialog.issue_button.isVisible() and dialog.confirm_button.isVisible()
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "")  # the correction says it
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "v2.pdf")
    dialog.issue_button.click()  # not confirmed again: asked, and issued anyway
    wait_done(qtbot, dialog)
    assert "Version 2 issued" in dialog.outcome.text()
    assert dialog.panel.versions.rowCount() == 2
    # version 1 is still there, byte for byte
    dialog.version.setCurrentIndex(dialog.version.findData(1))
    monkeypatch.setattr(prompts, "save_path", lambda *args: tmp_path / "again-v1.pdf")
    dialog.export_button.click()
    wait_done(qtbot, dialog)
    assert (
        hashlib.sha256((tmp_path / "again-v1.pdf").read_bytes()).digest()
        == hashlib.sha256(issued).digest()
    )
