"""Every string of the live screen has its Korean in gsmeet_ko.ts, with its
placeholders and mnemonics; the window speaks Korean."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from .conftest import OpenLive

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "gsmeet" / "resources" / "translations" / "gsmeet_ko.ts"
SOURCES = sorted((ROOT / "gsmeet" / "ui" / "live").glob("*.py"))
FIELD = re.compile(r"\{\w*\}")


def calls(path: Path) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                texts = [a.value for a in child.args if isinstance(a, ast.Constant)]
                if child.func.attr == "tr" and texts:
                    found.add((cls, texts[0]))
                elif child.func.attr == "translate" and len(texts) >= 2:
                    found.add((texts[0], texts[1]))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def messages() -> dict[tuple[str, str], str]:
    result = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None
            key = (context.findtext("name", ""), message.findtext("source", ""))
            result[key] = translation.text or ""
    return result


def test_every_live_string_has_its_korean() -> None:
    known = messages()
    used = set().union(*(calls(path) for path in SOURCES))
    assert len(used) > 150
    assert not sorted(used - set(known)), "run pyside6-lupdate (scripts/compile_translations.py)"
    for (context, source), text in known.items():
        if (context, source) not in used:
            continue
        assert text.strip(), f"{context}: {source!r} has no Korean"
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(text)), source
        assert ("&" in source) == ("&" in text), f"{context}: {source!r} lost its mnemonic"


@pytest.fixture
def live_korean(qapp: object, tmp_path: Path) -> Iterator[None]:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = tmp_path / "gsmeet_ko.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_live_window_in_korean(qtbot: QtBot, live_korean: None, open_live: OpenLive) -> None:
    window = open_live(lang="ko", start=False)
    assert [a.text() for a in window.menuBar().actions()] == [
        "회의(&S)",
        "기록(&E)",
        "보기(&V)",
        "도움말(&H)",
    ]
    assert window.session_bar.quorum.text() == "정족수 미달 (25명 필요)"
    assert "2019.\u00a011.\u00a028.(목)" in window.session_bar.session.text()  # one token
    assert window.header.title.text() == "회의 시작 전입니다"
    assert window.prompt.start_button.text() == "회의 시작 (F9)"
    assert window.preview.text() == "회의가 아직 시작되지 않았습니다: F9 회의 시작"
    assert window.speaker_label.message == "발언자: 지정 안 됨"
    window.live_actions.start_session.trigger()
    qtbot.waitUntil(lambda: window.header.title.text() == "개회", timeout=20_000)
    assert window.speaker_label.message == "발언자: 간사 정수민 (출석 미확인)"  # its presenter
    assert window.save_status.message.startswith("회의가 시작되었습니다 (14:00). Ctrl+Z: 시작 취소")
    window.close()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=lambda s: "x".join(map(str, s)))
def test_the_speaker_and_status_lines_fit_a_small_screen_in_korean(
    qtbot: QtBot, live_korean: None, open_live: OpenLive, size: tuple[int, int]
) -> None:
    """Korean is wider than English: at 1024×600 the speaker and the status line are
    shown whole (wrapped where the column is narrow), never cut to "…"; a message too
    long for two lines is wrapped and only then elided, the whole of it in the tooltip."""
    window = open_live(lang="ko", start=False)
    window.resize(*size)
    window.live_actions.start_session.trigger()
    qtbot.waitUntil(lambda: window.header.title.text() == "개회", timeout=20_000)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=20_000)
    for label in (window.speaker_label, window.save_status):
        qtbot.waitUntil(lambda label=label: "".join(label.shown.split()) == "".join(
            label.message.split()), timeout=20_000)  # fmt: skip
        assert "…" not in label.shown and label.message
        assert label.width() <= window.split.widget(1).width()  # within the middle column
    long = "정족수를 확인하십시오. " * 30
    window.save_status.say(long)
    shown = window.save_status.shown.split("\n")
    assert len(shown) == 2 and shown[-1].endswith("…")
    assert window.save_status.toolTip() == long
    window.close()
