"""The UI language, its translators, and the bundled Korean font."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from gsmeet.resources import font_file, translations_dir
from gsmeet.ui.kit.settings import UI_LANGUAGE

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang

UI_FONTS = ("GsmeetGothic.ttf", "GsmeetGothicBold.ttf")
_registered: list[str] = []  # families added to this process's font database


def choose_language(requested: str | None) -> Lang:
    """``requested`` (``ko``/``en``, as on the command line) or, when not given, the
    language chosen in the preferences, else Korean on a Korean system and English
    elsewhere."""
    chosen = requested or UI_LANGUAGE.get()
    if chosen:
        return "ko" if chosen.strip().lower().startswith("ko") else "en"
    return system_language()


def system_language() -> Lang:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translators(
    app: QCoreApplication, lang: Lang, folder: Path | None = None
) -> list[QTranslator]:
    """Install gsmeet's own translation (from ``folder``, by default the bundled
    translations) and Qt's (``qtbase_<lang>``, for the buttons, file dialogs and context
    menus Qt draws; PySide6's wheel ships it), with ``qt_gaps_<lang>`` over it for the few
    texts the bundled Qt does not translate. A missing .qm file is no error: the English
    source text shows."""
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    installed = []
    sources = (
        (f"gsmeet_{lang}", str(folder or translations_dir())),
        (f"messages_{lang}", str(folder or translations_dir())),
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"qt_gaps_{lang}", str(folder or translations_dir())),  # searched before qtbase
    )
    for name, where in sources:
        translator = QTranslator(app)
        if translator.load(name, where) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def use_bundled_font(app: QApplication) -> str | None:
    """Register the bundled Gothic (Nanum Gothic, renamed) as the application font, so
    Hangul renders on a machine without Korean fonts. Returns the family, None if missing."""
    if not _registered:
        for name in UI_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(font_file(name)))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not _registered:
        return None
    font = app.font()
    font.setFamily(_registered[0])
    if 0 < font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return _registered[0]
