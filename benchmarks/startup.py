"""Cold start of the desktop application against the floors of performance.md.

    .venv/bin/python -m benchmarks.startup [--runs 7] [--out benchmarks/results/startup.json]

Each figure is the median of ``--runs`` fresh processes (offscreen Qt, warm file cache).
Milestones are taken inside the processes with ``time.perf_counter`` (on Linux the
system-wide monotonic clock) and measured from just before the process was spawned:

- floor 1: ``python -c`` importing PySide6.QtWidgets, showing an empty QMainWindow,
  until it is first painted (and, as wall time, until the process has exited);
- floor 2: the same, then importing SQLAlchemy and opening the database (an engine, a
  connection and one query);
- floor 3, for reference: floor 2 with SQLAlchemy's ORM, the one an application built on
  it cannot do without: ``sqlalchemy.orm`` imported and the query run through a
  ``Session`` (no mapped classes: gsmeet's own are its cost, not the floor's);
- gsmeet ``--quit-when-ready``: ``painted`` (the main window's first paint: frame,
  menus, status bar), ``workspace`` (the session list and session view built, right
  after), ``ready`` (the store open and the session list read from it) and, for
  reference, ``settled`` (the jobs the window queues on becoming ready are done: the
  first work through the ORM, which loads SQLAlchemy's ORM and the mapped classes, and
  removes what a killed issue left; the store's open and its list need neither), on the
  demo database and, when ``benchmarks/workload.py`` is there, on the ten-year
  reference database.

Budgets: window painted ≤ 1.5 × floor 1; list shown (the first look) ≤ 1.2 × floor 2;
ready for use (the store open, so Ctrl+L and every command work, and the session list
read from it) ≤ 1.5 × floor 2; settled (a command pressed now runs at once: the ORM
and the mapped classes loaded) ≤ 1.5 × floor 3. Settled is also shown against floor 2:
the ORM's own import is most of what lies between the two floors, and no application
built on it can start without it (its Python runs under the GIL: loading it on the
worker while the window is built was tried and made every milestone later).

Every process runs with its bytecode compiled, as an installed gsmeet (a wheel, the
bundle) has it: ``PYTHONDONTWRITEBYTECODE`` is dropped and the bytecode of gsmeet, Qt's
and SQLAlchemy's Python parts goes to ``benchmarks/results/pycache`` on the warm-up run.
Without it, a development checkout compiles every gsmeet module it imports at each
start (~85 modules by the time the list is ready), which no user ever waits for.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
TRACE_ENV = "GSMEET_STARTUP_TRACE"  # as gsmeet.app.STARTUP_TRACE_ENV
BUDGET_PAINTED = 1.5
BUDGET_LISTED = 1.2
BUDGET_READY = 1.5
BUDGET_SETTLED = 1.5

_FLOOR_WINDOW = f"""
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def mark(event):
    with open(os.environ["{TRACE_ENV}"], "a") as f:
        f.write(f"{{event}} {{time.perf_counter():.6f}}\\n")

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, after_paint)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 720)
window.show()
"""

FLOOR_1 = (
    _FLOOR_WINDOW
    + """
def after_paint():
    mark("painted")
    app.quit()

app.exec()
"""
)

FLOOR_2 = (
    _FLOOR_WINDOW
    + """
def after_paint():
    mark("painted")
    import sqlalchemy
    engine = sqlalchemy.create_engine("sqlite:///" + sys.argv[1])
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.exec_driver_sql("SELECT count(*) FROM meeting").scalar_one()
    engine.dispose()
    mark("ready")
    app.quit()

app.exec()
"""
)


FLOOR_3 = (
    _FLOOR_WINDOW
    + """
def after_paint():
    mark("painted")
    import sqlalchemy
    import sqlalchemy.orm
    engine = sqlalchemy.create_engine("sqlite:///" + sys.argv[1])
    with sqlalchemy.orm.Session(engine) as session:
        session.execute(sqlalchemy.text("PRAGMA journal_mode=WAL"))
        session.execute(sqlalchemy.text("SELECT count(*) FROM meeting")).scalar_one()
    engine.dispose()
    mark("ready")
    app.quit()

app.exec()
"""
)


@dataclass
class Sample:
    wall: float
    marks: dict[str, float]


def spawn(command: list[str], env: dict[str, str]) -> Sample:
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "trace"
        data = Path(folder) / "data"
        env = {**env, TRACE_ENV: str(trace), "GSMEET_DATA_DIR": str(data)}
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
        marks: dict[str, float] = {}
        if trace.exists():
            for line in trace.read_text().splitlines():
                event, moment = line.split()
                marks.setdefault(event, float(moment) - started)
        return Sample(wall, marks)


def medians(
    commands: dict[str, list[str]], env: dict[str, str], runs: int
) -> dict[str, dict[str, float]]:
    """Median figures of each command, the runs interleaved (floor, app, floor, app …)
    so that a machine busy with something else weighs on floors and figures alike."""
    for command in commands.values():
        spawn(command, env)  # warm the file cache and the bytecode
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(spawn(command, env))
    figures: dict[str, dict[str, float]] = {}
    for name, taken in samples.items():
        figures[name] = {"wall": statistics.median(s.wall for s in taken)}
        for event in taken[0].marks:
            figures[name][event] = statistics.median(s.marks[event] for s in taken)
    return figures


def ensure_databases(folder: Path) -> dict[str, Path]:
    """The demo database and, when the workload generator exists, the ten-year one."""
    python = sys.executable
    found: dict[str, Path] = {}
    demo = folder / "demo.db"
    if not demo.exists():
        subprocess.run([python, "-m", "gsmeet", "demo", "--db", str(demo)], check=True)
    found["demo"] = demo
    if (ROOT / "benchmarks" / "workload.py").exists():
        big = folder / "ten-years.db"
        if not big.exists():
            print("generating the ten-year reference database …", flush=True)
            subprocess.run([python, "-m", "benchmarks.workload", str(big)], check=True, cwd=ROOT)
        found["ten-years"] = big
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS / "startup.json")
    parser.add_argument(
        "--cache", type=Path, default=RESULTS / "databases", help="where test databases are kept"
    )
    args = parser.parse_args()

    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPYCACHEPREFIX": str(RESULTS / "pycache"),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
    }
    args.cache.mkdir(parents=True, exist_ok=True)
    databases = ensure_databases(args.cache)
    python = sys.executable

    rows: list[dict[str, object]] = []

    def row(what: str, figure: float, floor: float, floor_name: str, budget: float) -> None:
        ratio = figure / floor
        rows.append(
            {
                "what": what,
                "figure_ms": round(figure * 1000, 1),
                "floor": floor_name,
                "floor_ms": round(floor * 1000, 1),
                "ratio": round(ratio, 2),
                "budget": budget,
                "within_budget": (ratio <= budget) if budget else None,
            }
        )

    for name, path in databases.items():
        figures = medians(
            {
                "floor 1": [python, "-c", FLOOR_1],
                "floor 2": [python, "-c", FLOOR_2, str(path)],
                "floor 3": [python, "-c", FLOOR_3, str(path)],
                "gsmeet": [python, "-m", "gsmeet", "--db", str(path), "--quit-when-ready"],
            },
            env,
            args.runs,
        )
        floor1, floor2, app = figures["floor 1"], figures["floor 2"], figures["gsmeet"]
        floor3 = figures["floor 3"]
        if name == "demo":
            row("window painted", app["painted"], floor1["painted"], "floor 1", BUDGET_PAINTED)
            row("working area built", app["workspace"], floor1["painted"], "floor 1", 0)
        if "listed" in app:
            row(
                f"list shown ({name}, first look)",
                app["listed"],
                floor2["ready"],
                "floor 2",
                BUDGET_LISTED,
            )
        row(
            f"ready for use ({name}, store open)",
            app["ready"],
            floor2["ready"],
            "floor 2",
            BUDGET_READY,
        )
        if "settled" in app:
            row(
                f"settled ({name}, every command at once)",
                app["settled"],
                floor3["ready"],
                "floor 3",
                BUDGET_SETTLED,
            )
            row(f"settled ({name}) against floor 2", app["settled"], floor2["ready"], "floor 2", 0)
        row(
            f"process, list populated ({name}, wall)",
            app["wall"],
            floor2["wall"],
            "floor 2 wall",
            0,
        )

    print(f"{'what':46} {'figure':>9} {'floor':>9} {'ratio':>6}  budget")
    for r in rows:
        budget = f"≤ {r['budget']}×" if r["budget"] else "(for reference)"
        verdict = "" if not r["budget"] else ("ok" if r["within_budget"] else "OVER")
        print(
            f"{r['what']:46} {r['figure_ms']:>7} ms {r['floor_ms']:>7} ms "
            f"{r['ratio']:>5}×  {budget} {verdict}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "benchmark": "startup",
                "runs": args.runs,
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(),
                    "cpus": os.cpu_count(),
                },
                "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "figures": rows,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
