"""A throwaway PostgreSQL cluster for the suite and the benchmarks.

Debian's ``postgresql`` package (installed by scripts/bootstrap) brings the server
binaries under ``/usr/lib/postgresql/<version>/bin``. ``initdb`` refuses to run as
root, and CI runs as root, so as root every server command runs as the ``postgres``
user (``runuser -u postgres --``). The data folder and the Unix socket are in a private
folder directly under /tmp (pytest's own temporary folders are root's 0700 and the
postgres user cannot enter them); ``listen_addresses=''``: no TCP at all, the port only
names the socket file. Every command writes its output to a log file: ``pg_ctl``
passes its pipes on to the server it starts, and a captured pipe would never close.

A run killed before its clean-up (a cancelled CI job, ``kill -9``) leaves its cluster
running in its folder. Each folder therefore names the process that made it (``owner``:
its pid and start time, so a reused pid is not taken for it); a new cluster first stops
and removes those whose owner is gone (:func:`sweep_orphans`). A folder that names no
owner (made by an older suite, or being made right now) is left alone.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEBIAN_PACKAGE = "postgresql"
ROOT = Path("/usr/lib/postgresql")
SPEED = ("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
PREFIX = "gsmeet-pg-"  # the clusters' folders, directly under the temporary folder
OWNER = "owner"  # in each: "<pid> <start time>" of the process that made it
# Roles that belong to this one must give a password (scram-sha-256); every other role
# is trusted on the private socket, as the suite's own superuser is.
PASSWORD_GROUP = "needs_password"


class NoPostgres(RuntimeError):
    pass


def server_binaries() -> Path:
    """The newest installed server's bin folder (Debian's layout)."""
    found = sorted(ROOT.glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]), reverse=True)
    if not found:
        raise NoPostgres(
            f"PostgreSQL is not installed (no {ROOT}/*/bin/initdb): "
            f"apt-get install {DEBIAN_PACKAGE} (scripts/bootstrap does it as root)"
        )
    return found[0].parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Cluster:
    root: Path
    bin: Path
    port: int
    durable: bool = False
    _version: int | None = None  # server_version_num, read at the first need

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        """The database's address as gsmeet's ``--db`` takes it."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def conninfo(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} dbname={database} user={user}"

    # --- the server ---------------------------------------------------------

    def as_server_user(self, *command: str, input: str | None = None) -> None:
        argv = list(command)
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        with open(self.root / "commands.log", "ab") as out:
            subprocess.run(
                argv,
                check=True,
                input=input.encode() if input is not None else None,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=120,
            )

    def pg_ctl(self, *args: str) -> None:
        self.as_server_user(str(self.bin / "pg_ctl"), "-D", str(self.data), *args)

    def start(self) -> None:
        # pg_ctl hands the options to a shell: '' is an empty value.
        options = f"-c listen_addresses='' -k {self.socket_dir} -p {self.port}"
        if not self.durable:
            options += " " + " ".join(SPEED)
        self.pg_ctl("-o", options, "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-m", mode, "-w", "-t", "60", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    # --- databases ----------------------------------------------------------

    def sql(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        """Run one statement as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(self.conninfo(database), autocommit=True) as connection:
            cursor = connection.execute(statement)
            return list(cursor.fetchall()) if cursor.description else []

    def create_database(self, name: str, template: str | None = None) -> str:
        suffix = f" TEMPLATE {template}" if template else ""
        if template and self._copies_files():
            # PostgreSQL 15's default (WAL_LOG) writes the whole template through the
            # log; a copy of its files is quicker for the suite's small databases.
            suffix += " STRATEGY FILE_COPY"
        self.sql(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def _copies_files(self) -> bool:
        """Whether CREATE DATABASE takes a STRATEGY (PostgreSQL 15 and newer)."""
        if self._version is None:
            self._version = int(str(self.sql("SHOW server_version_num")[0][0]))
        return self._version >= 150000

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_role(self, name: str, password: str | None = None) -> None:
        """A login role; with a ``password``, one the server asks it for."""
        if password is None:
            self.sql(f'CREATE ROLE "{name}" LOGIN')
            return
        self.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}")

    def colleague(self, name: str, database: str) -> None:
        """``name``, a second secretary's login role (made once per cluster), with the
        rights on ``database``'s tables and sequences that one needs to edit them."""
        if not self.sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{name}'"):
            self.create_role(name)
        for grant in ("ALL TABLES", "ALL SEQUENCES"):
            self.sql(f'GRANT ALL ON {grant} IN SCHEMA public TO "{name}"', database)


@contextlib.contextmanager
def throwaway_cluster(*, durable: bool = False) -> Iterator[Cluster]:
    """A new cluster, started; stopped and removed afterwards. ``durable``: fsync on
    (a test that kills the server and counts what survived)."""
    binaries = server_binaries()
    sweep_orphans(binaries)
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    (root / OWNER).write_text(_identity(os.getpid()) or "", encoding="ascii")
    cluster = Cluster(root, binaries, _free_port(), durable)
    if os.geteuid() == 0:
        server_user = pwd.getpwnam("postgres")
        os.chown(root, server_user.pw_uid, server_user.pw_gid)
    try:
        cluster.as_server_user("mkdir", "-m", "0700", str(cluster.socket_dir))
        cluster.as_server_user(
            str(binaries / "initdb"),
            "-D",
            str(cluster.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        hba = cluster.data / "pg_hba.conf"
        rules = f"local all +{PASSWORD_GROUP} scram-sha-256\n" + hba.read_text()
        cluster.as_server_user("sh", "-c", f"cat > {hba}", input=rules)
        cluster.start()
        cluster.sql(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        yield cluster
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def _identity(pid: int) -> str | None:
    """``pid`` with its start time (clock ticks since boot, /proc/<pid>/stat's 22nd
    field): the same only for the same process. None: no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return None
    # (the command's name, in parentheses, may hold spaces: the fields after it)
    return f"{pid} {stat.rpartition(')')[2].split()[19]}"


def orphaned(root: Path) -> bool:
    """Whether the cluster in ``root`` was made by a process that is gone."""
    try:
        owner = (root / OWNER).read_text(encoding="ascii").strip()
    except OSError:
        return False  # no owner named: not ours to judge
    pid = owner.split(" ")[0]
    return bool(owner) and pid.isdigit() and _identity(int(pid)) != owner


def sweep_orphans(binaries: Path, folder: Path | None = None) -> list[Path]:
    """Stop (as the server user, ``pg_ctl … stop -m immediate``) and remove every
    cluster under ``folder`` (the temporary folder) whose owner is gone; the removed
    folders. Two runs sweeping at once: the second finds it stopped, or gone."""
    swept = []
    for root in sorted((folder or Path(tempfile.gettempdir())).glob(f"{PREFIX}*")):
        if not root.is_dir() or not orphaned(root):
            continue
        if (root / "data" / "postmaster.pid").exists():
            cluster = Cluster(root, binaries, 0)
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
        swept.append(root)
    return swept
