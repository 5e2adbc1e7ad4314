"""The Minutes dialog's other outputs on the demo's session of 2019-08-22: names that say
what each file is (never one name for two variants), printing through Qt's print dialog
(here: to a PDF file, read back page by page), the chairs' packets (one, or all into a
folder), and Open folder after a document is written."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gsmeet.domain.records import chaired
from gsmeet.report.file_names import Doc
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.printing import page_count
from gsmeet.ui.sessions.minutes_dialog import MinutesDialog
from gsmeet.ui.sessions.minutes_outputs import PRINT_PREFIX

from ..conftest import WAIT_MS, OpenWindow
from .test_minutes_dialog import open_dialog, wait_done

SESSION = "경산발전전략위원회 제2차 간담회"


def menu_action(button: Any, index: int) -> Any:
    return [a for a in button.menu().actions() if not a.isSeparator()][index]


def korean_document(dialog: MinutesDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))


def test_every_variant_is_offered_under_its_own_name(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(open_window(demo_db))
    korean_document(dialog)
    offered: list[str] = []

    def save_path(*args: Any) -> Path:
        offered.append(args[2])
        return tmp_path / args[2]

    monkeypatch.setattr(prompts, "save_path", save_path)
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    dialog.export_button.click()
    wait_done(qtbot, dialog)
    dialog.public.setChecked(True)
    dialog.export_button.click()
    wait_done(qtbot, dialog)
    for button in (dialog.agenda_button, dialog.signin_button):
        button.click()
        wait_done(qtbot, dialog)
    menu_action(dialog.outputs.packet_button, 1).trigger()  # the first chair's packet
    wait_done(qtbot, dialog)
    dialog.issue_button.click()
    wait_done(qtbot, dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.public.setChecked(False)
    dialog.export_button.click()  # the issued version, in English
    wait_done(qtbot, dialog)

    first = chaired(dialog.record)[0].name
    assert offered == [
        f"{SESSION} 회의록(안).pdf",
        f"{SESSION} 회의록(공개용)(안).pdf",
        f"{SESSION} 회의자료(안건).pdf",
        f"{SESSION} 참석자 서명부.pdf",
        f"{SESSION} {first} 분과 자료.pdf",
        f"{SESSION} 회의록.pdf",  # issuing: the record itself, not the public version
        "경산발전전략위원회, 2nd round-table meeting minutes.pdf",  # version 1, in English
    ]
    assert len(set(offered)) == len(offered)
    assert all((tmp_path / name).stat().st_size > 0 for name in offered)


@pytest.mark.qt_log_ignore("QPainter::begin")  # the printer that cannot start, on purpose
def test_print_the_minutes_agenda_and_sign_in_sheet(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the rendered pages go there
    dialog = open_dialog(open_window(demo_db))
    outputs = dialog.outputs
    asked: list[int] = []
    target = {"file": tmp_path / "printed.pdf", "pages": (0, 0)}

    def print_setup(parent: Any, printer: QPrinter, pages: int) -> bool:
        asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target["file"]))
        first, last = target["pages"]  # type: ignore[misc]
        if first:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(first, last)
        return True

    monkeypatch.setattr(prompts, "print_setup", print_setup)
    for index in range(3):  # minutes, agenda packet, sign-in sheet
        target["file"] = out = tmp_path / f"printed-{index}.pdf"
        menu_action(outputs.print_button, index).trigger()
        qtbot.waitUntil(lambda o=out: "Printed" in dialog.outcome.text(), timeout=WAIT_MS * 3)
        assert not outputs.printing and outputs.print_button.isEnabled()
        assert len(pypdf.PdfReader(out).pages) == asked[-1] > 0  # every page of the document
        assert f"Printed {asked[-1]} pages on {out}" == dialog.outcome.text()
        qtbot.waitUntil(lambda: not spools(tmp_path), timeout=WAIT_MS)  # the PDF is gone
    text = pypdf.PdfReader(tmp_path / "printed-2.pdf").pages[0].extract_text()
    assert text == ""  # drawn pages: what was rendered, as pictures, not re-laid text
    assert not outputs.folder_button.isVisible()  # a print's file is nobody's folder

    # A page range prints only those pages.
    target["file"], target["pages"] = tmp_path / "two.pdf", (2, 3)
    menu_action(outputs.print_button, 0).trigger()
    qtbot.waitUntil(lambda: "Printed 2 pages" in dialog.outcome.text(), timeout=WAIT_MS * 3)
    assert len(pypdf.PdfReader(tmp_path / "two.pdf").pages) == 2

    # A printer that cannot start: one line naming it, nothing printed, usable again.
    target["file"], target["pages"] = tmp_path / "missing" / "x.pdf", (0, 0)
    menu_action(outputs.print_button, 2).trigger()
    qtbot.waitUntil(lambda: "could not be started" in dialog.outcome.text(), timeout=WAIT_MS * 3)
    assert str(tmp_path / "missing" / "x.pdf") in dialog.outcome.text()
    assert "\n" not in dialog.outcome.text() and outputs.print_button.isEnabled()

    # Cancelled in the print dialog: nothing printed.
    monkeypatch.setattr(prompts, "print_setup", lambda *args: False)
    menu_action(outputs.print_button, 1).trigger()
    qtbot.waitUntil(lambda: dialog.outcome.text() == "Printing cancelled.", timeout=WAIT_MS)
    assert not spools(tmp_path)

    # No temporary folder can be made: one line, no crash, nothing left busy.
    (tmp_path / "not a folder").write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "not a folder"))
    menu_action(outputs.print_button, 0).trigger()
    assert dialog.outcome.text() == (
        f"Nothing printed: no temporary folder could be made in {tmp_path / 'not a folder'}"
    )
    assert outputs.print_button.isEnabled()


def test_the_print_dialog_is_qts_own_with_the_pages_to_choose(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    seen: list[tuple[int, int]] = []

    def answer() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog)]
        if not found or not found[0].isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append((found[0].minPage(), found[0].maxPage()))
        found[0].reject()

    QTimer.singleShot(0, answer)
    printer = QPrinter()
    assert prompts.print_setup(None, printer, 7) is False  # type: ignore[arg-type]
    assert seen == [(1, 7)]


def test_the_chairs_packets_one_or_all(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(open_window(demo_db))
    korean_document(dialog)
    outputs = dialog.outputs
    strategies = chaired(dialog.record)
    assert len(strategies) >= 2 and outputs.packet_button.isEnabled()
    entries = [a.text() for a in outputs.packet_button.menu().actions() if not a.isSeparator()]
    assert entries[0] == "&All chairs…"
    assert entries[1:] == [
        f"{s.number}. {s.name} — {s.chair.name}"  # type: ignore[union-attr]
        for s in strategies
    ]

    one = tmp_path / "one.pdf"
    monkeypatch.setattr(prompts, "save_path", lambda *args: one)
    menu_action(outputs.packet_button, 2).trigger()  # the second chair
    wait_done(qtbot, dialog)
    assert one.read_bytes().startswith(b"%PDF") and page_count(one) >= 1
    assert strategies[1].name in pypdf.PdfReader(one).pages[0].extract_text()

    folder = tmp_path / "packets"
    folder.mkdir()
    monkeypatch.setattr(prompts, "folder_path", lambda *args: folder)
    menu_action(outputs.packet_button, 0).trigger()
    qtbot.waitUntil(lambda: "packets written" in dialog.outcome.text(), timeout=WAIT_MS * 3)
    written = sorted(folder.iterdir())
    assert len(written) == len(strategies)
    assert all(p.name.endswith(" 분과 자료.pdf") and p.name.startswith(SESSION) for p in written)
    assert {s.name for s in strategies} == {
        p.name.removeprefix(SESSION + " ").removesuffix(" 분과 자료.pdf") for p in written
    }
    assert dialog.outcome.text() == f"{len(strategies)} packets written in {folder}"

    # Again into the same folder: asked once, and refusing leaves the files alone.
    before = {p: p.stat().st_mtime_ns for p in written}
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda *args: asked.append(args[2]) or False)
    menu_action(outputs.packet_button, 0).trigger()
    assert len(asked) == 1 and asked[0].startswith(f"{len(strategies)} of these files")
    assert {p: p.stat().st_mtime_ns for p in written} == before and not dialog.busy.isVisible()


def test_open_folder_after_a_document_is_written(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # previews go there
    dialog = open_dialog(open_window(demo_db))
    button = dialog.outputs.folder_button
    assert not button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(prompts, "open_file", lambda path: True)
    dialog.preview_button.click()
    wait_done(qtbot, dialog)
    assert not button.isVisible()  # a preview lives in a temporary folder
    out = tmp_path / "kept" / "minutes.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(prompts, "save_path", lambda *args: out)
    dialog.signin_button.click()
    wait_done(qtbot, dialog)
    assert button.isVisible() and button.text() == "Open fol&der"
    button.click()
    assert [url.toLocalFile() for url in opened] == [str(out.parent)]


def spools(folder: Path) -> list[Path]:
    """The print's own temporary folders still there."""
    return list(folder.glob(f"{PRINT_PREFIX}*"))


def test_ctrl_p_prints_the_minutes_of_the_selected_session(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    window = open_window(demo_db)
    action = window.menu_actions.print_minutes
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+P"
    out = tmp_path / "printed.pdf"
    rendered: list[int] = []

    def print_setup(parent: Any, printer: QPrinter, pages: int) -> bool:
        rendered.append(page_count(next(iter(spools(tmp_path))) / dialog.outputs.name(Doc.MINUTES)))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(prompts, "print_setup", print_setup)
    action.trigger()
    dialog = window.features.dialog
    assert isinstance(dialog, MinutesDialog)
    qtbot.waitUntil(lambda: "Printed" in dialog.outcome.text(), timeout=WAIT_MS * 3)
    assert len(pypdf.PdfReader(out).pages) == rendered[0] > 1
    qtbot.waitUntil(lambda: not spools(tmp_path), timeout=WAIT_MS)
