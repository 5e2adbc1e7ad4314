"""The fault battery's common part: run a child, kill it at every step (or, in the
suite, at a spread of them), check what it left, and keep the figures.

Full sweep: ``scripts/fault_battery`` (``GSMEET_SOAK=1`` over tests/faults, then a table
of the figures). The suite's short version kills at :data:`SHORT` points per scenario (a
scenario may ask for fewer), spread evenly over the run, its first call and its last
among them. Figures of each run go to ``$GSMEET_BATTERY_LOG`` (one JSON line per
scenario) when set.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .injector import Run, count_steps, kill_at, steps

HERE = Path(__file__).resolve().parent
CHILD = [sys.executable, str(HERE / "children.py")]
SHORT = 6


def soak() -> bool:
    return os.environ.get("GSMEET_SOAK", "") not in ("", "0")


@dataclass
class Figures:
    scenario: str
    calls: dict[str, int] = field(default_factory=dict)
    kills: int = 0
    ran_through: int = 0
    rows_compared: int = 0
    reported_done: int = 0

    def write(self) -> None:
        target = os.environ.get("GSMEET_BATTERY_LOG")
        if target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(self.__dict__, ensure_ascii=False) + "\n")


def done(run: Run) -> bool:
    """Whether the command told its user it finished: gsmeet's commands print their
    success on stdout only at the end (problems go to stderr); children print ``done``."""
    return bool(run.stdout.strip())


Prepare = Callable[[Path], Sequence[str]]  # a fresh folder → the command to run there
Verify = Callable[[Path, Run], int]  # the folder after the kill → rows compared


def sweep(
    name: str, root: Path, prepare: Prepare, verify: Verify, *, short: int = SHORT
) -> Figures:
    """Kill the command ``prepare`` sets up at every step of a clean run of it (or, in
    the suite, at ``short`` of them spread over the run), each in a fresh folder, and
    ``verify`` what is left."""
    figures = Figures(name)
    clean = root / "clean"
    clean.mkdir()
    command = prepare(clean)
    run, counts = count_steps(command, cwd=clean)
    assert run.returncode == 0, f"{name}: the clean run failed: {run.stderr}"
    figures.calls = dict(counts)
    figures.rows_compared += verify(clean, run)
    for syscall, n in steps(counts, None if soak() else short):
        folder = root / f"{syscall}-{n}"
        folder.mkdir()
        command = prepare(folder)
        run = kill_at(command, syscall, n, cwd=folder)
        if run.killed:
            figures.kills += 1
        else:  # the run went another way this time (fewer calls): still checked
            assert run.returncode == 0, f"{name} at {syscall} #{n}: {run.stderr}"
            figures.ran_through += 1
        if done(run):
            figures.reported_done += 1
        try:
            figures.rows_compared += verify(folder, run)
        except AssertionError as error:
            raise AssertionError(f"{name}, killed at {syscall} #{n}: {error}") from None
    figures.write()
    return figures
