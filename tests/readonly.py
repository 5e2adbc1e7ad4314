"""Running a command on a real read-only filesystem: a private mount namespace in which
a folder is bind-mounted onto itself read-only (``unshare``, util-linux; as root, or
as anyone through a user namespace). Nothing outside the child sees the mount."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

Ran = subprocess.CompletedProcess[str]


def run_read_only(folder: Path, *gsmeet_args: str | Path, tmp: Path | None = None) -> Ran:
    """``python -m gsmeet ARGS`` with ``folder`` read-only (EROFS) for it (``tmp``: its
    temporary folder)."""
    unshare = shutil.which("unshare")
    assert unshare is not None, "unshare is missing (Debian package util-linux)"
    flags = "-m" if os.geteuid() == 0 else "-rm"
    place = shlex.quote(str(folder))
    command = " ".join(shlex.quote(str(a)) for a in (sys.executable, "-m", "gsmeet", *gsmeet_args))
    script = (
        f"mount --bind {place} {place} && mount -o remount,bind,ro {place} "
        f"&& touch {place}/.probe 2>/dev/null && exit 99; exec {command}"
    )
    result = subprocess.run(
        [unshare, flags, "sh", "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **({"TMPDIR": str(tmp)} if tmp else {})},
        timeout=300,
    )
    assert result.returncode != 99, "the bind mount did not become read-only"
    assert "mount:" not in result.stderr, result.stderr
    return result
