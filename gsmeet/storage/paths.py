"""Where gsmeet keeps its files by default, and how they are created private."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "gsmeet"
DATA_DIR_ENV = "GSMEET_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    """The user data folder (e.g. ``~/.local/share/gsmeet``), created owner-only."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_path

        folder = user_data_path(APP_NAME, appauthor=False)
    make_private_dir(folder)
    return folder


def default_database() -> Path:
    return data_dir() / "gsmeet.db"


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if missing; a folder we create is 0700."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (SQLite's -wal/-shm follow it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "afs"}
_SYNC_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "icloud", "nextcloud")


def is_risky_location(path: Path, mounts: str | None = None) -> bool:
    """True where SQLite's file locking is unreliable: network shares, sync folders."""
    lowered = str(path).casefold()
    if lowered.startswith(("\\\\", "//")) or any(name in lowered for name in _SYNC_FOLDERS):
        return True
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = str(path.resolve())
    best, best_fs = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fs = parts[1], parts[2]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_fs = point, fs
    return best_fs in _NETWORK_FS


def sync_folder(folder: Path) -> None:
    """Make a rename or removal in ``folder`` durable (POSIX: fsync the folder)."""
    if os.name != "posix":  # pragma: no cover - Windows commits renames itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
