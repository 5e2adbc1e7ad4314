"""Memory with the ten-year database open, against the empty-window floor.

    .venv/bin/python -m benchmarks.memory [--database TEN_YEARS.db]

Peak resident memory (``ru_maxrss``) of a fresh process: the floor shows an empty
QMainWindow; the figure is gsmeet with the ten-year workload open and its session list
on screen (``--quit-when-ready``). Budget (performance.md): floor + 80 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BUDGET_MB = 80
FLOOR = """
import resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
APP = """
import resource, sys
from pathlib import Path
from gsmeet.app import run
code = run(Path(sys.argv[1]), "ko", quit_when_ready=True)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def peak_kib(code: str, *args: str, env: dict[str, str]) -> int:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return int(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", type=Path)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/memory.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GSMEET_DATA_DIR": folder}
        database = args.database
        if database is None:
            from benchmarks.workload import make_workload

            database = Path(folder) / "ten-years.db"
            make_workload(database).close()
        floor = peak_kib(FLOOR, env=env)
        figure = peak_kib(APP, str(database), env=env)
    extra_mb = (figure - floor) / 1024
    verdict = "ok" if extra_mb <= BUDGET_MB else "OVER"
    print(f"floor (empty window)     {floor / 1024:7.1f} MB")
    print(f"gsmeet, ten-year db open {figure / 1024:7.1f} MB")
    print(f"difference               {extra_mb:7.1f} MB   budget ≤ {BUDGET_MB} MB {verdict}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"floor_mb": floor / 1024, "figure_mb": figure / 1024, "extra_mb": extra_mb}),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
