"""The user guide (F1): a short text in Korean and in English, shipped with the package
(``gsmeet/resources/guide``; the same text is in ``docs/``), shown in a window of its
own beside the one it was opened from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from gsmeet.domain.labels import Lang
from gsmeet.resources import resource

GUIDE_FOLDER = "guide"


def guide_text(lang: Lang) -> str:
    """The guide in ``lang`` (Markdown)."""
    return resource(GUIDE_FOLDER, f"guide_{lang}.md").read_text(encoding="utf-8")


class GuideWindow(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lang: Lang = lang
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.other = QPushButton()
        self.other.clicked.connect(self.switch)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.other)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.resize(760, 820)
        self.show_language(lang)

    def show_language(self, lang: Lang) -> None:
        self.lang = lang
        self.browser.setMarkdown(guide_text(lang))
        self.setWindowTitle("gsmeet 사용 안내" if lang == "ko" else "gsmeet guide")
        # The other language is named in its own words, whatever the window speaks.
        self.other.setText("English" if lang == "ko" else "한국어")

    def switch(self) -> None:
        self.show_language("en" if self.lang == "ko" else "ko")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def open_guide(parent: QWidget, lang: Lang) -> GuideWindow:
    """Show the guide in ``lang`` beside ``parent`` (one window per parent)."""
    shown = parent.findChild(GuideWindow)
    if shown is None:
        shown = GuideWindow(lang, parent)
    shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown
