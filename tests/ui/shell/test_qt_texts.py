"""Qt's own texts in the Korean window: the buttons of message boxes, Qt's file dialog
(labels, buttons, tool tips, column heads, its context menu) and the context menus of
text fields, from the qtbase_ko.qm PySide6 ships plus gsmeet's qt_gaps_ko for what it
lacks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit import prompts

from ..conftest import WAIT_MS, shot

HANGUL = re.compile(r"[가-힣]")
WORD = re.compile(r"[A-Za-z]{3,}")


def untranslated(widget: QWidget) -> list[str]:
    """Every text on ``widget`` and its children with a word of English and no Hangul."""
    found: list[str] = []

    def check(where: str, text: str) -> None:
        if text and WORD.search(text) and not HANGUL.search(text):
            found.append(f"{where}: {text!r}")

    for child in [widget, *widget.findChildren(QWidget)]:
        name = type(child).__name__
        if isinstance(child, (QLabel, QAbstractButton)):
            check(name, child.text())
        check(f"{name} tool tip", child.toolTip())
        if isinstance(child, QHeaderView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                check("column", str(model.headerData(column, Qt.Orientation.Horizontal)))
        if isinstance(child, QComboBox):
            for index in range(child.count()):
                text = child.itemText(index)
                if not text.startswith("/"):  # a folder's path is a path
                    check("choice", text)
    return found


def test_the_bundled_qt_ships_its_korean(qapp: object) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_ko.qm").is_file()


@pytest.fixture
def file_dialog(qtbot: QtBot, korean: None, tmp_path: Path) -> Iterator[QFileDialog]:
    folder = tmp_path / "files"  # tmp_path also holds the suite's settings folder
    (folder / "2019 회의록").mkdir(parents=True)
    (folder / "명단.csv").write_text("성명\n", encoding="utf-8")
    dialog = QFileDialog(None, "명단 가져오기", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter("명단 (*.xlsx *.csv)")
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    yield dialog


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_qts_file_dialog_is_korean(
    qtbot: QtBot, file_dialog: QFileDialog, mode: QFileDialog.AcceptMode
) -> None:
    file_dialog.setAcceptMode(mode)
    file_dialog.show()
    qtbot.waitExposed(file_dialog)
    labels = [label.text() for label in file_dialog.findChildren(QLabel) if label.text()]
    assert {"찾는 위치(&L):", "파일 이름(&N):", "파일 형식(&T):"} <= set(labels)
    buttons = {b.text() for b in file_dialog.findChildren(QAbstractButton) if b.text()}
    assert ("열기(&O)" if mode is QFileDialog.AcceptMode.AcceptOpen else "저장(&S)") in buttons
    assert "취소" in buttons
    assert untranslated(file_dialog) == []
    files = file_dialog.findChild(QTreeView, "treeView")
    assert files is not None
    model = files.model()
    qtbot.waitUntil(lambda: model.rowCount(files.rootIndex()) == 2, timeout=WAIT_MS)
    root = files.rootIndex()
    kinds = {model.index(row, 0, root).data(): model.index(row, 2, root).data() for row in range(2)}
    assert kinds["2019 회의록"] == "폴더"  # Qt's file type words, in Korean
    file_dialog.resize(820, 520)
    shot(file_dialog, f"file-dialog-{'open' if 'Open' in mode.name else 'save'}.png")


def test_message_box_buttons_are_korean(qtbot: QtBot, korean: None) -> None:
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "gsmeet",
        "저장할까요?",
        buttons.Yes | buttons.No | buttons.Cancel | buttons.Save | buttons.Discard | buttons.Ok,
    )
    qtbot.addWidget(box)
    texts = sorted(b.text() for b in box.buttons())
    assert texts == sorted(["예(&Y)", "아니요(&N)", "취소", "저장", "무시", "확인"])
    later = QMessageBox(QMessageBox.Icon.Question, "gsmeet", "?", buttons.Close | buttons.Apply)
    qtbot.addWidget(later)
    assert sorted(b.text() for b in later.buttons()) == ["닫기", "적용"]


def test_text_fields_context_menus_are_korean(qtbot: QtBot, korean: None) -> None:
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        assert "복사(&C)" in texts and "붙여넣기(&P)" in texts and "모두 선택" in texts
        assert all(HANGUL.search(text) for text in texts), texts


def test_the_english_window_keeps_qts_english(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "gsmeet", "?", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["&Yes"]


def test_a_window_in_another_language_than_the_system_uses_qts_dialog(
    qapp: object, korean: None
) -> None:
    korean_system = QLocale.system().language() == QLocale.Language.Korean
    expected = QFileDialog.Option(0) if korean_system else QFileDialog.Option.DontUseNativeDialog
    assert prompts.dialog_options() == expected
