"""A developer's launcher: live mode straight on a database, without the main window,
for trying the live screen and for screenshots.

    .venv/bin/python scripts/live_demo.py --db COPY.db [--lang ko] [--meeting ID]
                                          [--prepare] [--projector] [--screenshot OUT.png]

``--prepare`` first fills the next session's agenda from the last one held (what the
secretary does before the session; the demo's 제3차 is planned without an agenda).
``--screenshot`` renders the live window (and, with ``--projector``, the projector
beside it as OUT-projector.png) and quits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from gsmeet.services.store import Database


def prepare_next_session(store: Database) -> None:
    """Fill the earliest planned session that has no agenda from the last held one."""
    from gsmeet.domain.enums import MeetingStatus
    from gsmeet.services.listing import list_committees, list_meetings
    from gsmeet.services.live.session import live_state
    from gsmeet.services.prepare import prepare_next

    for committee in list_committees(store):
        meetings = list_meetings(store, committee.id)
        planned = sorted(
            (m for m in meetings if m.status is MeetingStatus.PLANNED), key=lambda m: m.held_on
        )
        held = [m for m in meetings if m.status is not MeetingStatus.PLANNED]
        if planned and held and not live_state(store, planned[0].id).agenda:
            source = max(held, key=lambda m: (m.held_on, m.number))
            prepare_next(store, from_meeting_id=source.id, held_on=planned[0].held_on)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--meeting", type=int)
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--projector", action="store_true")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.live.shutdown import install_termination_handler
    from gsmeet.ui.live.window import LiveWindow
    from gsmeet.ui.shell import i18n, qtlog

    previous = qtlog.quiet_known_noise()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("gsmeet")
    app.setOrganizationName("gsmeet")
    translators = i18n.install_translators(app, args.lang)
    i18n.use_bundled_font(app)
    worker = Worker()
    window = LiveWindow(worker, args.meeting, lang=args.lang)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    handler = install_termination_handler(app)

    def failed(error: BaseException) -> None:
        print(f"gsmeet: {error}", file=sys.stderr)
        app.exit(1)

    def opened(_none: None) -> None:
        window.start(begin=True)

    def shown() -> None:
        print("live", flush=True)
        if args.projector:
            window.projection.toggle()
        if args.screenshot is not None:
            QTimer.singleShot(300, shoot)

    def shoot() -> None:
        assert args.screenshot is not None
        window.grab().save(str(args.screenshot))
        shown = window.projection.window
        if shown is not None:
            projector = args.screenshot.with_name(args.screenshot.stem + "-projector.png")
            shown.resize(1280, 720)
            for _ in range(3):  # the type follows the size: let the layout settle
                app.processEvents()
            shown.grab().save(str(projector))
        app.quit()

    window.started.connect(shown)
    window.session.failed.connect(lambda message: print(f"gsmeet: {message}", file=sys.stderr))
    window.show()
    then = prepare_next_session if args.prepare else (lambda _store: None)
    worker.open(args.db, then, opened, failed)
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
