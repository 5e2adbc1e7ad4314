"""The preferences (설정): the window's language for the next start, the type sizes, the
documents folder; Korean in the Korean window; every value a setting of the registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.settings import (
    DOCUMENTS_FOLDER,
    LIVE_TYPE_SCALE,
    MAIL_HOST,
    MAIL_PORT,
    MAIL_SECURITY,
    MAIL_SENDER,
    MAIL_USER,
    PROJECTOR_TYPE_SCALE,
    UI_LANGUAGE,
)
from gsmeet.ui.shell import i18n
from gsmeet.ui.shell.preferences import PreferencesDialog

from ..conftest import WAIT_MS, OpenWindow, shot


def test_the_korean_preferences(qtbot: QtBot, korean: None, tmp_path: Path) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "설정"
    assert [box.title() for box in dialog.findChildren(QGroupBox)] == [
        "언어",
        "글자 크기",
        "폴더",
        "메일 서버",
    ]
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices[1:] == ["한국어", "English"] and choices[0].startswith("시스템 설정 따르기")
    assert not dialog.restart_note.isVisible()
    dialog.language.setCurrentIndex(2)  # English, while the window speaks Korean
    assert dialog.restart_note.isVisible()
    assert dialog.restart_note.text() == "바뀐 언어는 gsmeet을 다시 시작하면 적용됩니다."
    shot(dialog, "preferences.png")
    qtbot.waitExposed(dialog)
    for note in (label for label in dialog.findChildren(QLabel) if label.wordWrap()):
        # every wrapped note has the height its lines need: none runs over the next row
        assert note.height() >= note.heightForWidth(note.width()), note.text()
    dialog.live_size.setValue(150)
    dialog.projector_size.setValue(120)
    dialog.documents.setText(str(tmp_path))
    dialog.accept()
    assert UI_LANGUAGE.get() == "en"
    assert (LIVE_TYPE_SCALE.get(), PROJECTOR_TYPE_SCALE.get()) == (1.5, 1.2)
    assert DOCUMENTS_FOLDER.get() == str(tmp_path)


def test_the_mail_server_is_set_in_the_preferences(qtbot: QtBot, korean: None) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    mail = dialog.mail
    mail.host.setText(" smtp.example.kr ")
    mail.port.setValue(465)
    mail.security.setCurrentIndex(mail.security.findData("ssl"))
    mail.user.setText("gansa")
    mail.from_address.setText("gansa@example.kr")
    dialog.accept()
    assert (MAIL_HOST.get(), MAIL_PORT.get(), MAIL_SECURITY.get()) == (
        "smtp.example.kr",
        465,
        "ssl",
    )
    assert (MAIL_USER.get(), MAIL_SENDER.get()) == ("gansa", "gansa@example.kr")
    again = PreferencesDialog()  # the next opening shows what was kept
    qtbot.addWidget(again)
    assert again.mail.host.text() == "smtp.example.kr"
    assert again.mail.security.currentData() == "ssl"
    assert not any("password" in name.lower() for name in vars(again.mail))


def test_the_chosen_language_is_the_next_windows(qapp: object) -> None:
    UI_LANGUAGE.set("ko")
    assert i18n.choose_language(None) == "ko"
    assert i18n.choose_language("en") == "en"  # --lang wins
    UI_LANGUAGE.set("")
    assert i18n.choose_language(None) == i18n.system_language()


def test_documents_are_saved_first_in_the_chosen_folder(qapp: object, tmp_path: Path) -> None:
    prompts.remember_folder(tmp_path / "elsewhere" / "x.pdf")
    assert prompts.documents_folder() == str(tmp_path / "elsewhere")
    DOCUMENTS_FOLDER.set(str(tmp_path))
    assert prompts.documents_folder() == str(tmp_path)
    DOCUMENTS_FOLDER.set(str(tmp_path / "gone"))  # removed since: the last folder again
    assert prompts.documents_folder() == str(tmp_path / "elsewhere")


def test_the_menu_opens_the_preferences(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    assert window.menu_actions.preferences.shortcut().toString() == "Ctrl+,"
    window.menu_actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
