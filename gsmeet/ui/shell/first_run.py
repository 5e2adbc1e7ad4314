"""The first start, when the default database (or the one named) does not exist yet."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class FirstRun(Enum):
    DEMO = "demo"
    EMPTY = "empty"


def ask_first_run(parent: QWidget) -> FirstRun | None:
    """Ask whether to look at the demo committee or start an empty database; None when
    the secretary closes the question without choosing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to gsmeet"))
    box.setText(
        QCoreApplication.translate("FirstRun", "There is no gsmeet database on this computer yet.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "FirstRun",
            "You can look around in a sample committee first, or start an empty "
            "database for your own committee.",
        )
    )
    demo = box.addButton(
        QCoreApplication.translate("FirstRun", "Open the demo committee"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    empty = box.addButton(
        QCoreApplication.translate("FirstRun", "Start an empty database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(demo)
    box.exec()
    clicked = box.clickedButton()
    if clicked == demo:
        return FirstRun.DEMO
    if clicked == empty:
        return FirstRun.EMPTY
    return None


def ask_create_database(parent: QWidget, path: Path) -> bool:
    """``gsmeet --db PATH`` named a file that does not exist (a typo, or a first start
    on purpose): ask before creating an empty database there."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("FirstRun", "No such database"))
    box.setText(
        QCoreApplication.translate("FirstRun", "There is no gsmeet database at {path}.").format(
            path=path
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "FirstRun", "Create a new, empty database there, or cancel and open another one?"
        )
    )
    create = box.addButton(
        QCoreApplication.translate("FirstRun", "Create an empty database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() == create
