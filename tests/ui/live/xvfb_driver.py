"""The live window in a process of its own, on a real X server, for ``test_xvfb.py``.

    python tests/ui/live/xvfb_driver.py --db COPY.db --meeting ID --drafts DRAFTS

It runs the live window as the application does (Korean translators, the bundled font,
the database worker, SIGTERM flushing), and answers the test on stdin/stdout so the
test can wait for what the screen shows instead of sleeping:

- ``state`` → one JSON line: the active window, the focused field and its text, the
  current item, the remarks, decisions and action items saved under it, whether the
  worker is busy, whether the projector is shown, and how many *marker* keys arrived.
- The marker key (Pause) is swallowed here and only counted. X delivers a client's
  keys in order, so once the marker sent after some typing is counted, every key typed
  before it has been handled: the field's text is then final, not still arriving.

Prints ``live`` once the session's first state is on screen.
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
    parser.add_argument("--meeting", type=int, required=True)
    parser.add_argument("--drafts", type=Path, required=True)
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
    from gsmeet.ui.live.window import LiveWindow
    from gsmeet.ui.shell import i18n, qtlog

    previous = qtlog.quiet_known_noise()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("gsmeet")
    app.setOrganizationName("gsmeet")
    translators = i18n.install_translators(app, "ko")
    i18n.use_bundled_font(app)
    worker = Worker()
    window = LiveWindow(worker, args.meeting, lang="ko", clock=clock, drafts_path=args.drafts)
    window.resize(1366, 768)
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

    def state() -> dict[str, Any]:
        live = window.session.state
        remarks = live.remarks if live else ()
        active = app.activeWindow()
        focus, text = focused_text()
        projector = window.projection.window
        return {
            "active": active.windowTitle() if active is not None else None,
            "focus": focus,
            "text": text,
            "item": window.header.title.text(),
            "speaker": speaker.name if (speaker := window.speakers.current) else None,
            "remarks": [[r.text, r.speaker.name if r.speaker else None] for r in remarks],
            "decisions": [d.text for d in (live.decisions if live else ())],
            "actions": [[a.title, a.owner] for a in (live.actions if live else ())],
            "busy": worker.busy,
            "projector": projector is not None and projector.isVisible(),
            "projector_title": projector.title.text() if projector is not None else None,
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

    def failed(error: BaseException) -> None:
        print(f"gsmeet: {error}", file=sys.stderr)
        app.exit(1)

    window.started.connect(lambda: print("live", flush=True))
    window.session.failed.connect(lambda message: print(f"gsmeet: {message}", file=sys.stderr))
    window.show()
    worker.open(args.db, lambda _store: None, lambda _none: window.start(begin=True), failed)
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
