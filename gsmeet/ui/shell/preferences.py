"""The preferences (설정): the window's language, the type size of the live screen and
of the projector, and the folder documents are saved in. Every value is a setting of
:mod:`gsmeet.ui.kit.settings`; this dialog only shows and changes them.

The type sizes apply at once to an open live screen and projector; the language when
gsmeet starts again (every window is built in one language: nothing half translated).
Sending minutes by e-mail has no settings yet, so the dialog has no place for them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.mail_server import MailServerBox
from gsmeet.ui.kit.settings import (
    DOCUMENTS_FOLDER,
    LANGUAGES,
    LIVE_TYPE_SCALE,
    PROJECTOR_TYPE_SCALE,
    UI_LANGUAGE,
)
from gsmeet.ui.kit.wording import window_language

LIVE_PERCENT = (80, 200)  # the live screen's type size, as its Ctrl+= / Ctrl+- allow
PROJECTOR_PERCENT = (70, 150)  # of the size that fits the projector's screen


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox()
        system = self.tr("Korean") if _system_is_korean() else self.tr("English")
        for code, name in zip(
            LANGUAGES,
            (self.tr("As the system ({language})").format(language=system), "한국어", "English"),
            strict=True,
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(UI_LANGUAGE.get()), 0))
        self.restart_note = QLabel(self.tr("The new language applies when gsmeet starts again."))
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)

        self.live_size = _percent_box(LIVE_PERCENT, LIVE_TYPE_SCALE.get())
        self.projector_size = _percent_box(PROJECTOR_PERCENT, PROJECTOR_TYPE_SCALE.get())

        self.documents = QLineEdit(DOCUMENTS_FOLDER.get())
        self.documents.setPlaceholderText(self.tr("the folder last used"))
        self.documents.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose_documents)

        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Window language"), self.language)
        language_form.addRow(self.restart_note)

        sizes = QGroupBox(self.tr("Type size"))
        sizes_form = QFormLayout(sizes)
        sizes_form.addRow(self.tr("&Live screen"), self.live_size)
        sizes_form.addRow(self.tr("&Projector"), self.projector_size)

        folders = QGroupBox(self.tr("Folders"))
        folders_form = QFormLayout(folders)
        row = QHBoxLayout()
        row.addWidget(self.documents, 1)
        row.addWidget(choose)
        documents_label = QLabel(self.tr("&Documents"))
        documents_label.setBuddy(self.documents)  # a row of two widgets: Alt+D needs a buddy
        folders_form.addRow(documents_label, row)
        hint = QLabel(self.tr("Minutes, agenda packets and sign-in sheets are saved here first."))
        folders_form.addRow(hint)

        self.mail = MailServerBox()  # the Send dialog's (the password is never kept)
        mail_hint = QLabel(
            self.tr(
                "The password is not kept here: it is typed when sending "
                "(Session ▸ Send the minutes…), or kept in the system's keyring."
            )
        )
        mail_hint.setWordWrap(True)
        # A wrapped label does not make a window taller by itself: keep room for its
        # lines at the width the dialog opens with (else it runs over the row below).
        mail_hint.setMinimumWidth(mail_hint.fontMetrics().averageCharWidth() * 48)
        mail_hint.setMinimumHeight(mail_hint.heightForWidth(mail_hint.minimumWidth()))
        self.mail.form.addRow(mail_hint)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (language_box, sizes, folders, self.mail):
            layout.addWidget(box)
        layout.addWidget(buttons)

    def _language_changed(self) -> None:
        chosen = self.language.currentData() or ("ko" if _system_is_korean() else "en")
        self.restart_note.setVisible(chosen != window_language())

    def _choose_documents(self) -> None:
        start = self.documents.text() or prompts.last_folder()
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for documents"), start, prompts.dialog_options()
        )
        if folder:
            self.documents.setText(folder)

    def accept(self) -> None:
        """Keep the values and apply the type sizes to the screens that are open."""
        UI_LANGUAGE.set(str(self.language.currentData()))
        LIVE_TYPE_SCALE.set(self.live_size.value() / 100)
        PROJECTOR_TYPE_SCALE.set(self.projector_size.value() / 100)
        folder = self.documents.text().strip()
        DOCUMENTS_FOLDER.set(str(Path(folder).expanduser()) if folder else "")
        self.mail.save()
        for window in QApplication.topLevelWidgets():
            apply = getattr(window, "apply_preferences", None)
            if callable(apply):
                apply()
        super().accept()


def _percent_box(limits: tuple[int, int], scale: float) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*limits)
    box.setSingleStep(10)
    box.setSuffix(" %")
    box.setValue(round(scale * 100))
    return box


def _system_is_korean() -> bool:
    from gsmeet.ui.shell.i18n import system_language

    return system_language() == "ko"


def open_preferences(parent: QWidget) -> PreferencesDialog:
    """Show the preferences (not modal: the live screen stays usable beside them)."""
    dialog = PreferencesDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
