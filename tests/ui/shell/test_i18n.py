"""Korean and English UI text, the translation source, and the bundled font."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gsmeet.resources import font_file, translations_dir
from gsmeet.ui.shell import i18n

from ..conftest import ROOT, TS_FILE, WAIT_MS, OpenWindow

# Every module of the window, its feature packages and the live screen included.
UI_SOURCES = [
    *sorted((ROOT / "gsmeet" / "ui").rglob("*.py")),
    ROOT / "gsmeet" / "app.py",
]


def tab_texts(window: object) -> list[str]:
    tabs = window.meeting_view.tabs  # type: ignore[attr-defined]
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_korean_window(qtbot: QtBot, korean: None, open_window: OpenWindow, demo_db: Path) -> None:
    window = open_window(demo_db, "ko")
    assert tab_texts(window) == ["개요", "안건", "출석", "기록"]
    assert [a.text() for a in window.menuBar().actions()] == [
        "파일(&F)",
        "편집(&E)",
        "회의(&S)",
        "보기(&V)",
        "도움말(&H)",
    ]
    assert window.menu_actions.minutes.text() == "회의록(&M)…"
    pages = window.workspace
    assert [pages.tabText(i) for i in range(pages.count())] == [
        "회의",
        "위원 명부",
        "추진과제",
        "조치사항",
    ]
    assert window.menu_actions.undo.text() == "실행 취소(&U)"
    assert window.meeting_list.heading.text() == "회의 목록"
    view = window.meeting_view
    assert view.record is not None and view.record.meeting.held_on == date(2019, 8, 22)
    assert view.overview.quorum.text() == "이 회의 종류에는 정족수가 없음"  # 간담회
    assert "재적" in view.overview.counts.text() and "명" in view.overview.counts.text()
    assert view.heading.text().startswith("제2차 간담회")
    assert "2019. 8. 22.(목)" in view.subheading.text()
    assert window.sample_label.text().startswith("예시 자료")
    assert window.path_label.text().startswith("데이터베이스:")


def test_english_window(qtbot: QtBot, open_window: OpenWindow, demo_db: Path) -> None:
    window = open_window(demo_db, "en")
    assert tab_texts(window) == ["Overview", "Agenda", "Attendance", "Records"]
    view = window.meeting_view
    assert view.heading.text().startswith("2nd round-table meeting")
    assert "Thursday 22 August 2019" in view.subheading.text()
    assert view.agenda.index(0, 1).data() == "Opening"


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def tr_calls(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every ``self.tr("...")`` (context: the enclosing class) and
    ``QCoreApplication.translate("context", "...")`` in ``path``."""
    calls: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = [a.value for a in child.args if isinstance(a, ast.Constant)]
                if child.func.attr == "tr" and args:
                    assert isinstance(child.func.value, ast.Name)
                    assert child.func.value.id == "self", f"{path.name}: tr() not on self"
                    calls.add((cls, args[0]))
                elif child.func.attr == "translate" and len(args) >= 2:
                    calls.add((args[0], args[1]))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return calls


def test_every_ui_string_is_translated_to_korean() -> None:
    messages = ts_messages()
    used = set().union(*(tr_calls(path) for path in UI_SOURCES))
    assert len(used) > 100
    missing = sorted(used - set(messages))
    assert not missing, f"run pyside6-lupdate (see scripts/compile_translations.py): {missing}"
    stale = sorted(set(messages) - used)
    assert not stale, f"no longer used: {stale}"
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, (
            f"{context}: {source!r} is {translation.get('type')}"
        )
        text = (translation.text or "").strip()
        assert text, f"{context}: {source!r} has no Korean translation"
        for field in ("{count}", "{path}", "{message}", "{number}", "{version}", "{error}"):
            assert (field in source) == (field in text), f"{context}: {source!r} lost {field}"
        assert ("&" in source) == ("&" in text), f"{context}: {source!r} lost its mnemonic"


def test_compile_script_checks_and_compiles(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import compile_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert compile_translations.unfinished(TS_FILE) == []
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ko_KR"><context>'
        "<name>X</name><message><source>Open</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert compile_translations.unfinished(broken) == ["X: 'Open'"]
    assert Path(compile_translations.find_lrelease()).name.endswith("lrelease")


def test_a_missing_translation_file_falls_back_to_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    installed = i18n.install_translators(qapp, "ko", tmp_path)  # no gsmeet_ko.qm there
    try:
        assert len(installed) <= 1  # at most Qt's own qtbase_ko
    finally:
        i18n.remove_translators(qapp, installed)
    assert i18n.install_translators(qapp, "en") == []


@pytest.mark.parametrize(
    ("requested", "expected"), [("ko", "ko"), ("en", "en"), ("ko_KR", "ko"), ("de", "en")]
)
def test_language_choice(requested: str, expected: str) -> None:
    assert i18n.choose_language(requested) == expected


def test_language_follows_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: korean))
    assert i18n.choose_language(None) == "ko"
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: english))
    assert i18n.choose_language(None) == "en"


def test_the_bundled_font_renders_hangul(qapp: QApplication) -> None:
    family = i18n.use_bundled_font(qapp)
    assert family == "GsmeetGothic"
    assert family in QFontDatabase.families()
    assert QFontInfo(qapp.font()).family() == "GsmeetGothic"
    assert QFontDatabase.isBitmapScalable(family) or QFontDatabase.isScalable(family)
    assert QFontDatabase.bold(family, "Bold") or len(QFontDatabase.styles(family)) >= 2


def test_resources_are_found_in_the_package() -> None:
    import gsmeet

    package = Path(gsmeet.__file__).parent / "resources"
    assert font_file("GsmeetGothic.ttf") == package / "fonts" / "GsmeetGothic.ttf"
    assert font_file("GsmeetGothic.ttf").is_file() and font_file("OFL.txt").is_file()
    assert translations_dir() == package / "translations" == TS_FILE.parent


def test_qt_noise_is_filtered(capsys: pytest.CaptureFixture[str]) -> None:
    from gsmeet.ui.shell import qtlog

    qtlog._handler(None, None, "This plugin does not support propagateSizeHints()")  # type: ignore[arg-type]
    qtlog._handler(None, None, "something real")  # type: ignore[arg-type]
    assert capsys.readouterr().err == "something real\n"
    assert WAIT_MS > 0


def test_messages_from_the_services_are_korean_in_the_korean_window(korean: None) -> None:
    from gsmeet.domain.dates import NoSuchDay, parse_date
    from gsmeet.ui.kit.fields import DateField
    from gsmeet.ui.kit.wording import describe

    error = NoSuchDay(text="2019-02-30", month=2, days=28, day=30)
    assert describe(error) == "'2019-02-30'은 날짜가 아닙니다. 2월은 28일까지입니다 (30일은 없음)"
    field = DateField("ko")
    field.setText("2019. 2. 29.")
    assert (
        field.note.text() == "'2019. 2. 29.'는 날짜가 아닙니다. 2월은 28일까지입니다 (29일은 없음)"
    )
    field.setText("다음 주")
    assert field.note.text().startswith("'다음 주'는 날짜가 아닙니다.")
    with pytest.raises(NoSuchDay):
        parse_date("2019-02-29")


def test_messages_stay_english_in_the_english_window(qapp: QApplication) -> None:
    from gsmeet.domain.dates import NoSuchMonth
    from gsmeet.ui.kit.wording import describe

    assert describe(NoSuchMonth(text="2019-13-01", month=13)) == (
        "'2019-13-01' is not a date: there is no month 13"
    )
