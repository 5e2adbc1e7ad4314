"""The suite's throwaway PostgreSQL clusters (tests/pgcluster.py): one left behind by a
run that was killed — its owner gone, its server still running — is stopped and removed
when the next cluster is made; one whose owner lives, or that names no owner, is left
alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .pgcluster import OWNER, PREFIX, Cluster, orphaned, sweep_orphans

ROOT = Path(__file__).resolve().parents[1]
# Makes a cluster and keeps it until killed (it waits for input that never comes).
CHILD = """
import sys
from tests.pgcluster import throwaway_cluster
with throwaway_cluster() as cluster:
    print(cluster.root, flush=True)
    sys.stdin.read()
"""


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie, exited but not yet reaped, is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def test_a_killed_runs_cluster_is_stopped_and_removed(pg_cluster: Cluster) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        left = Path(child.stdout.readline().strip())
        child.kill()  # no clean-up runs: its server goes on
    server = int((left / "data" / "postmaster.pid").read_text().split()[0])
    assert running(server) and orphaned(left)
    assert not orphaned(pg_cluster.root)  # this run's own, in use
    assert left in sweep_orphans(pg_cluster.bin)
    assert not left.exists() and not running(server)
    assert pg_cluster.root.exists() and pg_cluster.sql("SELECT 1") == [(1,)]


def test_only_a_gone_owners_folder_is_swept(pg_cluster: Cluster, tmp_path: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stat = Path(f"/proc/{os.getpid()}/stat").read_text(encoding="ascii")
    started = stat.rpartition(")")[2].split()[19]
    owners = {
        "gone": f"{finished.stdout.strip()} 1",
        "reused": f"{os.getpid()} {int(started) + 1}",  # this pid, another process's start
        "alive": f"{os.getpid()} {started}",
        "none": None,
    }
    for name, owner in owners.items():
        (tmp_path / f"{PREFIX}{name}").mkdir()
        if owner is not None:
            (tmp_path / f"{PREFIX}{name}" / OWNER).write_text(owner, encoding="ascii")
    swept = sweep_orphans(pg_cluster.bin, tmp_path)
    assert sorted(p.name for p in swept) == [f"{PREFIX}gone", f"{PREFIX}reused"]
    assert sorted(p.name for p in tmp_path.glob(f"{PREFIX}*")) == [
        f"{PREFIX}alive",
        f"{PREFIX}none",
    ]
