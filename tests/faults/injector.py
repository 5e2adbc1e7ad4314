"""Killing a child process at an exact step of its work: the Nth ``fsync``,
``fdatasync`` or ``rename`` it makes (strace's fault injection, so SQLite's own syncs
inside libsqlite3 are caught too, not only gsmeet's).

A step is ``(syscall, n)``: strace keeps one count per system call, so each kind is
swept on its own — a kill at every one of the calls a clean run makes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SYSCALLS = ("fsync", "fdatasync", "rename", "renameat", "renameat2")
_CALL = re.compile(r"^(?:\d+\s+)?(" + "|".join(SYSCALLS) + r")\(")
TIMEOUT = 120


class InjectorMissing(RuntimeError):
    pass


def strace() -> str:
    """The strace executable; fails naming the package (scripts/bootstrap installs it)."""
    found = shutil.which("strace")
    if found is None:
        raise InjectorMissing(
            "strace is not installed (Debian package 'strace'; scripts/bootstrap installs it)"
        )
    return found


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.returncode in (-9, 137)


def count_steps(
    command: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> tuple[Run, Counter[str]]:
    """Run ``command`` to the end under strace; how many of each call it made."""
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "calls"
        result = subprocess.run(
            [strace(), "-f", "-qq", "-o", str(log), "-e", f"trace={','.join(SYSCALLS)}", *command],
            capture_output=True,
            text=True,
            env=_env(env),
            cwd=cwd,
            timeout=TIMEOUT,
            check=False,
        )
        counts: Counter[str] = Counter()
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            found = _CALL.match(line)
            if found and "resumed>" not in line:
                counts[found.group(1)] += 1
    if result.returncode != 0 and "ptrace" in result.stderr:
        raise InjectorMissing(f"strace cannot trace here: {result.stderr.strip()}")
    return Run(result.returncode, result.stdout, result.stderr), counts


def kill_at(
    command: Sequence[str],
    syscall: str,
    n: int,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Run:
    """Run ``command``, SIGKILLed as it enters its ``n``th ``syscall`` (which does not
    happen: the kill comes before the call, as a power cut would)."""
    result = subprocess.run(
        [
            strace(),
            "-f",
            "-qq",
            "-o",
            os.devnull,
            "-e",
            f"trace={syscall}",
            "-e",
            f"inject={syscall}:signal=KILL:when={n}",
            *command,
        ],
        capture_output=True,
        text=True,
        env=_env(env),
        cwd=cwd,
        timeout=TIMEOUT,
        check=False,
    )
    return Run(result.returncode, result.stdout, result.stderr)


def steps(counts: Counter[str], limit: int | None) -> list[tuple[str, int]]:
    """Every ``(syscall, n)`` of a clean run; with ``limit``, that many spread evenly
    over the run (its first and its last among them)."""
    every = [(name, n) for name in SYSCALLS for n in range(1, counts[name] + 1)]
    if limit is None or len(every) <= limit:
        return every
    if limit == 1:
        return every[-1:]
    chosen = sorted({round(i * (len(every) - 1) / (limit - 1)) for i in range(limit)})
    return [every[i] for i in chosen]


def _env(extra: Mapping[str, str] | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra or {})
    return env
