"""The live screen at 150 % and 200 % display scaling: in a child process (the scale is
read once, before the application exists), offscreen on a screen of a 1366×768
meeting-room laptop at that scale, the window keeps its 1366×768 logical size and the
essentials — the current item's title, its timer, the remark entry, the quorum badge —
are shown whole inside it, none of them squeezed to nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Prepared

ROOT = Path(__file__).resolve().parents[3]
SIZE = (1366, 768)

CHILD = r"""
import json, sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication

from gsmeet.ui.shell import i18n
from gsmeet.ui.live.window import LiveWindow
from gsmeet.ui.kit.worker import Worker

database, drafts, meeting_id, width, height = sys.argv[1:6]
app = QApplication(["gsmeet-scaling"])
translators = i18n.install_translators(app, "ko")
i18n.use_bundled_font(app)
worker = Worker()
window = LiveWindow(worker, int(meeting_id), lang="ko", drafts_path=Path(drafts))
window.resize(int(width), int(height))
window.show()


def report():
    inside = window.rect()
    found = {
        "ratio": window.devicePixelRatioF(),
        "window": [window.width(), window.height()],
        "min": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }
    for name, widget in (
        ("title", window.header.title),
        ("timer", window.header.timer),
        ("entry", window.entry),
        ("quorum", window.session_bar.quorum),
    ):
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        found[name] = {
            "text": widget.toPlainText() if name == "entry" else widget.text(),
            "visible": widget.isVisible(),
            "rect": [where.x(), where.y(), where.width(), where.height()],
            "inside": inside.contains(where),
            "needs": [widget.sizeHint().width(), widget.sizeHint().height()],
        }
    print(json.dumps(found), flush=True)
    app.quit()


window.started.connect(window.session.start)  # 회의 시작


def running(_state):
    if window.session.running:
        QTimer.singleShot(300, report)


window.session.landed.connect(running)
worker.open(Path(database), lambda _store: None, lambda _none: window.start())
app.exec()
window.close()
worker.shutdown()
"""


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_the_essentials_fit_when_scaled(prepared: Prepared, tmp_path: Path, scale: str) -> None:
    factor = float(scale)
    # The laptop's screen at that scale: 1366×768 logical pixels.
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": round(SIZE[0] * factor),
                        "height": round(SIZE[1] * factor),
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "GSMEET_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(prepared.database),
            str(prepared.drafts),
            str(prepared.meeting_id),
            str(SIZE[0]),
            str(SIZE[1]),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ratio"] == pytest.approx(factor)
    assert found["window"] == list(SIZE), f"the window needs {found['min']}"
    assert found["title"]["text"] == "개회"
    assert found["entry"]["visible"]
    for name in ("title", "timer", "entry", "quorum"):
        part = found[name]
        width, height = part["rect"][2:]
        assert part["visible"] and part["inside"], (name, part)
        assert width > 0 and height > 0, (name, part)
        if name != "entry":  # the labels are shown whole, not cut to fit
            assert width >= part["needs"][0] and height >= part["needs"][1], (name, part)
