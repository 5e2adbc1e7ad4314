"""A private X server (Xvfb) for what needs a real window: the person-like test and
``scripts/screenshots``.

Xvfb picks its own display number and says it (``-displayfd``), so several runs on
one machine (engineers, CI) never collide on a number chosen by scanning.
"""

from __future__ import annotations

import os
import select
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PATIENCE_S = 90.0  # how long Xvfb may take to come up on a busy machine


@contextmanager
def xvfb(log: Path, size: tuple[int, int]) -> Iterator[str]:
    """An X server of ``size`` pixels; yields ``:N`` once it accepts connections.
    What Xvfb says goes to ``log`` (shown when it fails to start)."""
    read_end, write_end = os.pipe()
    with log.open("wb") as output:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24",
             "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=output,
            stderr=output,
        )  # fmt: skip
    os.close(write_end)
    try:
        number = b""
        with os.fdopen(read_end, "rb") as announced:
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([announced], [], [], PATIENCE_S)
                chunk = announced.read1(16) if ready else b""
                if not chunk:
                    said = log.read_text(errors="replace")
                    raise RuntimeError(f"Xvfb did not start: {said}")
                number += chunk
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=30)
