"""gsmeet's window in a process of its own, on a real X server, for ``test_xvfb.py``.

    python tests/ui/live/xvfb_driver.py --db COPY.db --clock 2019-11-28T13:59

It runs the main window as the application does (Korean translators, the bundled
font, the database worker, SIGTERM closing live mode and flushing), on a clock that
starts at the session's hour, and answers the test on stdin/stdout so the test can
wait for what the screen shows instead of sleeping:

- ``state`` → one JSON line: the active window, the focused field and its text, and
  of the live window when one is open: the session's status, the current item, the
  speaker, what was saved under the item, who is present, the status line, the end
  checklist's lines, the projector; whether the worker is busy; how many *marker* keys
  arrived.
- The marker key (Pause) is swallowed here and only counted. X delivers a client's
  keys in order, so once the marker sent after some typing is counted, every key typed
  before it has been handled: the field's text is then final, not still arriving.

Prints ``main`` once the main window shows the database's sessions.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument(
        "--clock", type=datetime.fromisoformat, help="the time the session starts at"
    )
    args = parser.parse_args()
    started = datetime.now()

    def clock() -> datetime:  # the session's day and hour, the real pace
        return datetime.now() if args.clock is None else args.clock + (datetime.now() - started)

    from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.live.shutdown import install_termination_handler
    from gsmeet.ui.shell import i18n, qtlog
    from gsmeet.ui.shell.main_window import MainWindow

    previous = qtlog.quiet_known_noise()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("gsmeet")
    app.setOrganizationName("gsmeet")
    translators = i18n.install_translators(app, "ko")
    i18n.use_bundled_font(app)
    worker = Worker()
    window = MainWindow(worker, "ko", clock=clock)
    window.resize(1280, 720)
    handler = install_termination_handler(app)

    class Markers(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            kinds = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
            if event.type() in kinds and event.key() == Qt.Key.Key_Pause:  # type: ignore[attr-defined]
                if event.type() == QEvent.Type.KeyRelease:
                    self.count += 1
                return True
            return False

    markers = Markers()
    app.installEventFilter(markers)

    def focused_text() -> tuple[str, str | None]:
        widget = app.focusWidget()
        if widget is None:
            return "", None
        if isinstance(widget, QLineEdit):
            return type(widget).__name__, widget.text()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            return type(widget).__name__, widget.toPlainText()
        return type(widget).__name__, None

    def live_state() -> dict[str, Any]:
        live = window.features.live_window if window.features is not None else None
        if live is None:
            return {"open": False}
        state = live.session.state
        projector = live.projection.window
        checklist = live.proceedings.checklist
        return {
            "open": True,
            "status": state.meeting.status.value if state else None,
            "item": live.header.title.text(),
            "speaker": speaker.name if (speaker := live.speakers.current) else None,
            "remarks": [[r.text, r.speaker.name if r.speaker else None] for r in state.remarks]
            if state
            else [],
            "decisions": [d.text for d in (state.decisions if state else ())],
            "actions": [[a.title, a.owner] for a in (state.actions if state else ())],
            "present": [r.person.name for r in (state.attendance if state else ()) if r.arrived_at],
            "said": live.save_status.message,
            "checklist": [line.text() for line in checklist.lines] if checklist else None,
            "projector": projector is not None and projector.isVisible(),
            "projector_title": projector.title.text() if projector is not None else None,
        }

    def state() -> dict[str, Any]:
        active = app.activeWindow()
        focus, text = focused_text()
        return {
            "active": active.windowTitle() if active is not None else None,
            "focus": focus,
            "text": text,
            "live": live_state(),
            "busy": worker.busy,
            "markers": markers.count,
        }

    pending = bytearray()

    def answer() -> None:
        data = os.read(sys.stdin.fileno(), 4096)
        if not data:  # the test went away
            notifier.setEnabled(False)
            app.quit()
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            if line.strip() == b"state":
                print(json.dumps(state(), ensure_ascii=False), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(answer)

    window.open_failed.connect(lambda message: print(f"gsmeet: {message}", file=sys.stderr))
    window.ready.connect(lambda: print("main", flush=True))
    window.show()
    window.workspace  # noqa: B018  (built at the first paint, as the application does)
    window.open_database(args.db)
    try:
        code = app.exec()
    finally:
        window.close()
        worker.shutdown()
        handler.uninstall()
        i18n.remove_translators(app, translators)
        qtlog.restore(previous)
    return code


if __name__ == "__main__":
    sys.exit(main())
