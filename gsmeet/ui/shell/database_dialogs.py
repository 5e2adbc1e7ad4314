"""The main window's file dialogs for databases, and its About box. Their text keeps the
main window's translation context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gsmeet.domain.locations import Location
from gsmeet.ui.kit import prompts

DATABASE_FILTER = "*.db *.sqlite *.sqlite3 *.gsmeet"


def _start_folder(database: Location | None) -> str:
    if isinstance(database, Path):
        return str(database.parent)
    return prompts.last_folder()


def _database_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "gsmeet databases ({patterns});;All files (*)"
    ).format(patterns=DATABASE_FILTER)


def choose_database(parent: QWidget, database: Location | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Open database"),
        _start_folder(database),
        _database_filter(),
        options=prompts.dialog_options(),
    )
    if not name:
        return None
    prompts.remember_folder(Path(name))
    return Path(name)


def choose_new_database(parent: QWidget, database: Location | None) -> Path | None:
    """A file name for a new database; an existing file is refused (open it instead)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "New database"),
        _start_folder(database),
        _database_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite | prompts.dialog_options(),
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".db")
    if path.exists():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MainWindow", "New database"),
            QCoreApplication.translate(
                "MainWindow",
                "{path} already exists. Choose another name, or open it with Open database.",
            ).format(path=path),
        )
        return None
    prompts.remember_folder(path)
    return path


def about(parent: QWidget, version: str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About gsmeet"),
        QCoreApplication.translate(
            "MainWindow",
            "gsmeet {version}\n\nPrepare and run committee sessions and produce their minutes.",
        ).format(version=version),
    )
