"""Regenerate every image in docs/ from the demo committee, on a real X server.

    scripts/screenshots [--out docs]

In a temporary folder: the demo committee, and a copy whose 제3차 (2019-11-28) was
prepared from 제2차 (as the secretary does before a session). Then, on a private Xvfb:

- main-window.png, register.png, agenda-builder.png: the main window
  (``tests/ui/window_shots.py``);
- live.png, projector.png: the person-like run (``tests/ui/live/test_xvfb.py``), which
  types a remark, a decision and an action item with xdotool and photographs the
  live screen and the projector with ImageMagick's ``import``;
- minutes-page1.png: page 1 of ``gsmeet minutes`` for 2019-08-22, by ``pdftoppm``.

``tests/test_docs.py`` checks that every image in docs/ is one of :data:`SHOTS`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHOTS = (
    "main-window.png",
    "register.png",
    "agenda-builder.png",
    "live.png",
    "projector.png",
    "minutes-page1.png",
)
SCREEN = (1366, 768)
TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "import": "imagemagick", "pdftoppm": "poppler-utils"}


def run(*args: str | Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [str(a) for a in args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args))} failed:\n{done.stdout}{done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where the images go")
    args = parser.parse_args()
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if missing:
        print(f"screenshots: missing {', '.join(missing)}; run scripts/bootstrap", file=sys.stderr)
        return 1

    from tests.ui.xserver import xvfb

    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    gsmeet = (sys.executable, "-m", "gsmeet")
    with tempfile.TemporaryDirectory(prefix="gsmeet-screenshots-") as folder:
        tmp = Path(folder)
        env = {
            **os.environ,
            "GSMEET_DATA_DIR": str(tmp / "data"),
            "XDG_CONFIG_HOME": str(tmp / "config"),  # no saved window geometry
            "QT_QPA_PLATFORM": "offscreen",
        }
        demo, prepared = tmp / "held.db", tmp / "data" / "demo.db"  # (shown in the status bar)
        run(*gsmeet, "demo", "--db", demo, env=env)
        run(*gsmeet, "minutes", "--db", demo, "--meeting", "2019-08-22", "--out", tmp / "m.pdf",
            env=env)  # fmt: skip
        run("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", tmp / "m.pdf",
            out / "minutes-page1", env=env)  # fmt: skip
        prepared.parent.mkdir()
        shutil.copyfile(demo, prepared)
        run(*gsmeet, "prepare", "--db", prepared, "--from", "2", "--date", "2019-11-28", env=env)

        with xvfb(tmp / "xvfb.log", SCREEN) as display:
            on_screen = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            run(sys.executable, "-m", "tests.ui.window_shots", "--db", prepared, "--out", out,
                env=on_screen)  # fmt: skip
        # The person-like run brings its own X server (wider: the projector beside).
        run(sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
            "tests/ui/live/test_xvfb.py", env={**env, "GSMEET_SCREENSHOTS": str(out)})  # fmt: skip
    for name in SHOTS:
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
