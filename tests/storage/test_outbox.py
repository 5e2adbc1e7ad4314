"""The outbox file (storage.outbox): kept in order, once per uid, owner-only; committed
without a sync of its own until :meth:`secure`, which reaches the disk — seen as the
system calls a real process makes (strace)."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gsmeet.domain.locations import parse_server
from gsmeet.storage.outbox import OUTBOX_FILE, open_outbox

SERVER = parse_server("postgresql://kim@/committees?host=/run/postgresql")

WATCHED = """
import os, sys
from pathlib import Path
from gsmeet.domain.locations import parse_server
from gsmeet.storage.outbox import open_outbox

book = open_outbox(Path(sys.argv[1]))
server = parse_server("postgresql://kim@/committees?host=/run/postgresql")
os.write(2, b"=====keep\\n")
book.keep(server, 3, "a" * 32, "entry", {"text": "발언"})
os.write(2, b"=====secure\\n")
book.secure()
os.write(2, b"=====sent\\n")
book.sent("a" * 32)
os.write(2, b"=====end\\n")
os._exit(0)  # no close: its checkpoint would sync too
"""


def test_entries_are_kept_in_order_once_each(tmp_path: Path) -> None:
    book = open_outbox(tmp_path / "drafts.sqlite3")
    for uid, text in (("1" * 32, "첫째"), ("2" * 32, "둘째"), ("1" * 32, "첫째 다시")):
        book.keep(SERVER, 3, uid, "entry", {"text": text})
    assert [(u.uid, u.payload["text"]) for u in book.unsent(SERVER)] == [
        ("1" * 32, "첫째"),
        ("2" * 32, "둘째"),
    ]
    book.sent("1" * 32)
    assert [u.uid for u in book.unsent(SERVER)] == ["2" * 32]
    book.close()
    again = open_outbox(tmp_path / "drafts.sqlite3")  # what a next start finds
    assert again.count(SERVER) == 1
    again.close()
    assert stat.S_IMODE((tmp_path / OUTBOX_FILE).stat().st_mode) == 0o600


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace (scripts/bootstrap installs it)")
def test_secure_syncs_the_outbox_and_keep_alone_does_not(tmp_path: Path) -> None:
    trace = tmp_path / "trace"
    subprocess.run(
        [
            "strace",
            "-f",
            "-y",
            "-e",
            "trace=fsync,fdatasync,write",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            textwrap.dedent(WATCHED),
            str(tmp_path / "drafts.sqlite3"),
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    phases: dict[str, list[str]] = {}
    phase = ""
    for line in trace.read_text().splitlines():
        if "=====" in line:
            phase = line.split("=====")[1].split("\\n")[0]
        elif "sync(" in line:
            phases.setdefault(phase, []).append(line)
    wal = OUTBOX_FILE + "-wal"
    assert not any(wal in line for line in phases.get("keep", []))
    assert any(wal in line for line in phases.get("secure", []))
    assert not any(wal in line for line in phases.get("sent", []))
