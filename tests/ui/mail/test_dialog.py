"""The Send dialog on the demo's 제2차: recipients ticked with their files, the Korean
letter shown as it will be sent, a refusal named, the record shown, Retry failed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.settings import MAIL_HOST, MAIL_PORT
from gsmeet.ui.mail.dialog import RecipientModel, SendDialog
from gsmeet.ui.shell.main_window import MainWindow

from ...services.mail.conftest import StartServer
from ..conftest import WAIT_MS, OpenWindow


def open_send(qtbot: QtBot, window: MainWindow) -> SendDialog:
    model = window.meeting_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).number == 2)
    window.meeting_list.select_row(row)
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None
            and window.meeting_view.record.meeting.number == 2
        ),
        timeout=WAIT_MS,
    )
    window.menu_actions.send_minutes.trigger()
    features = window.features
    assert features is not None and isinstance(features.dialog, SendDialog)
    dialog = features.dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    return dialog


def test_send_refusal_record_and_retry(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, smtp_server: StartServer
) -> None:
    port, received = smtp_server()
    window = open_window(demo_db, "ko")
    dialog = open_send(qtbot, window)
    plan = dialog.plan
    assert plan is not None
    assert dialog.subject.text() == "Subject: [경산발전전략위원회] 제2차 간담회 회의록(안) 송부"
    assert dialog.letter.toPlainText().startswith(plan.recipients[0].name + " 님께")
    usable = [r for r in plan.recipients if r.usable]
    assert dialog.recipients.ticked == {r.person_id for r in usable}
    unusable = next(r for r, row in enumerate(plan.recipients) if not row.usable)
    cell = dialog.recipients.index(unusable, RecipientModel.CHECK)
    assert not dialog.recipients.flags(cell) & Qt.ItemFlag.ItemIsEnabled
    # One of them is left out; another's address is refused by the server.
    left_out, refused = usable[0], usable[1]
    index = dialog.recipients.index(0, RecipientModel.CHECK)
    dialog.recipients.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert left_out.person_id not in dialog.recipients.ticked
    received.refused.add(refused.address)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.from_address.setText("gansa@example.kr")
    assert dialog.send_button.isEnabled() and not dialog.retry_button.isEnabled()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.deliveries.rowCount() == len(usable) - 1, timeout=WAIT_MS)
    assert not received.to(left_out.address)
    assert len(received.messages) == len(usable) - 2
    assert "1 of" in dialog.status.text() and dialog.retry_button.isEnabled()
    outcomes = [dialog.deliveries.index(r, 3).data() for r in range(dialog.deliveries.rowCount())]
    assert any(o.startswith("Not sent: 550 5.1.1") for o in outcomes)
    assert (MAIL_HOST.get(), MAIL_PORT.get()) == ("127.0.0.1", port)  # kept; no password
    received.refused.clear()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.deliveries.rowCount() == len(usable), timeout=WAIT_MS)
    assert len(received.to(refused.address)) == 1 and not received.to(left_out.address)
    assert dialog.status.text() == "Sent to 1 recipients."


def test_the_keyring_is_read_in_the_send_job_not_on_the_screen(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    smtp_server: StartServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gsmeet.services.mail import password

    port, received = smtp_server()
    asked_on: list[threading.Thread] = []

    def known(user: str, host: str) -> str | None:  # a locked keyring may prompt here
        asked_on.append(threading.current_thread())
        return None

    monkeypatch.setattr(password, "known_password", known)
    window = open_window(demo_db, "ko")
    dialog = open_send(qtbot, window)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.from_address.setText("gansa@example.kr")
    dialog.user.setText("secretary")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "GSMEET_SMTP_PASSWORD" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.status.text() == (
        "Type the password for secretary: there is none in GSMEET_SMTP_PASSWORD or the keyring"
    )
    assert asked_on and asked_on[0] is not threading.main_thread()
    assert not received.messages and dialog.send_button.isEnabled()
