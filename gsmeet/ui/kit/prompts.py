"""The few blocking questions the window asks (a file to read or write, a yes or no, a
line of text), in one place: tests replace these functions instead of driving native
dialogs, and every caller asks the same way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from gsmeet.ui.kit.settings import DOCUMENTS_FOLDER, LAST_FOLDER
from gsmeet.ui.kit.wording import window_language

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def last_folder() -> str:
    return LAST_FOLDER.get()


def remember_folder(path: Path) -> None:
    """Remember the folder of ``path`` (a file just opened or saved)."""
    LAST_FOLDER.set(str(path.parent))


def dialog_options() -> QFileDialog.Option:
    """Qt's own file dialog (in the window's language, from Qt's translations) when the
    window speaks another language than the system, whose native dialog speaks the
    system's; the native one otherwise."""
    korean = QLocale.system().language() == QLocale.Language.Korean
    if ("ko" if korean else "en") != window_language():
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, title, last_folder(), file_filter, options=dialog_options()
    )
    if not name:
        return None
    remember_folder(Path(name))
    return Path(name)


def documents_folder() -> str:
    """Where a document is saved first: the folder chosen in the preferences, when it
    still exists, else the folder last used."""
    chosen = DOCUMENTS_FOLDER.get()
    return chosen if chosen and Path(chosen).is_dir() else last_folder()


def save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """A document to write, starting in :func:`documents_folder` (the dialog asks before
    replacing one)."""
    start = str(Path(documents_folder()) / suggested)
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, start, file_filter, options=dialog_options()
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:  # the chosen filter's, e.g. "Word (*.docx)" → .docx
        found = re.search(r"\*(\.\w+)", chosen or file_filter)
        path = path.with_suffix(found.group(1) if found else ".pdf")
    remember_folder(path)
    return path


def folder_path(parent: QWidget, title: str) -> Path | None:
    """A folder to write several documents into, starting in :func:`documents_folder`."""
    name = QFileDialog.getExistingDirectory(
        parent, title, documents_folder(), QFileDialog.Option.ShowDirsOnly | dialog_options()
    )
    if not name:
        return None
    path = Path(name)
    LAST_FOLDER.set(str(path))
    return path


def print_setup(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """Qt's print dialog on ``printer`` for a document of ``pages`` pages; False when
    cancelled. (QtPrintSupport loads here, not with the window.)"""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line of text (``text``: what the field holds at first); None: cancelled."""
    typed, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return typed if ok else None


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_file(path: Path) -> bool:
    """Show ``path`` in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
