"""A person-like run on a real X server (Xvfb): the live screen opened, a speaker found
by initial consonants, remarks typed with the keyboard (xdotool, Korean included),
Enter, F5 for the projector; screenshots (copied to docs/ with GSMEET_SCREENSHOTS=1);
the remarks are in the database. Skipped where Xvfb, xdotool or ImageMagick's
``import`` is missing."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from .conftest import Prepared

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "docs"
TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = (2646, 768)  # a 1366×768 laptop with room for the projector window beside it

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in TOOLS), reason="needs Xvfb, xdotool, import"
    ),
]


def free_display() -> int:
    for number in range(91, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def xdo(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def window_id(env: dict[str, str], name: str) -> str:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", name],
            check=False,
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {name}")


def check_in_early_arrivals(database: Path, meeting_id: int) -> None:
    """Before the opening, 40 members were checked in as they arrived."""
    from gsmeet.domain.enums import AttendanceStatus
    from gsmeet.services import live
    from gsmeet.storage.db import open_store

    store = open_store(database)
    try:
        state = live.start_session(store, meeting_id, now=datetime.now())
        members = [r.person.id for r in state.attendance if r.person.role is not None]
        for person in members[:40]:
            live.check_in(
                store, meeting_id, person, status=AttendanceStatus.PRESENT, now=datetime.now()
            )
    finally:
        store.close()


def test_a_person_runs_the_live_screen(prepared: Prepared, tmp_path: Path) -> None:
    check_in_early_arrivals(prepared.database, prepared.meeting_id)
    display = free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "QT_QPA_PLATFORM": "xcb",
        "GSMEET_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    app: subprocess.Popen[str] | None = None
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        app = subprocess.Popen(
            [sys.executable, "-m", "gsmeet.ui.live.run_demo", "--db", str(prepared.database)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "live"
        live = window_id(env, "회의 진행")
        xdo(env, "windowfocus", "--sync", live)
        # Three items on, to the first status briefing.
        for _ in range(3):
            xdo(env, "key", "ctrl+Next")
            time.sleep(0.3)
        xdo(env, "key", "ctrl+k")
        time.sleep(0.5)
        xdo(env, "type", "--delay", "40", "ㄱㅌㅎ")
        time.sleep(0.3)
        xdo(env, "key", "Return")
        time.sleep(0.3)
        typed = [
            "자율주행트램 부품 실증이 예정보다 빨리 끝났습니다",
            "결정: 실증 결과를 다음 회의에 보고",
            "조치: 실증 결과 보고서 공유 @김도윤 ~12/20",
        ]
        for text in typed:
            xdo(env, "type", "--delay", "25", text)
            time.sleep(0.2)
            xdo(env, "key", "Return")
            time.sleep(0.5)
        subprocess.run(["import", "-window", live, str(tmp_path / "live.png")], env=env, check=True)
        xdo(env, "key", "F5")
        projector = window_id(env, "프로젝터")
        time.sleep(1.0)
        subprocess.run(
            ["import", "-window", projector, str(tmp_path / "projector.png")], env=env, check=True
        )
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0  # flushed and closed cleanly

        with closing(sqlite3.connect(prepared.database)) as connection:
            remarks = [r[0] for r in connection.execute("SELECT text FROM remark")]
            decisions = [r[0] for r in connection.execute("SELECT text FROM decision")]
            actions = [r[0] for r in connection.execute("SELECT title FROM action_item")]
        assert typed[0] in remarks
        assert "실증 결과를 다음 회의에 보고" in decisions
        assert "실증 결과 보고서 공유" in actions
        for name in ("live.png", "projector.png"):
            assert (tmp_path / name).stat().st_size > 10_000
            if os.environ.get("GSMEET_SCREENSHOTS") == "1":  # refresh docs/ on demand only
                shutil.copyfile(tmp_path / name, DOCS / name)
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait()
        if app is not None and app.stdout is not None:
            app.stdout.close()
        server.terminate()
        server.wait(timeout=10)
