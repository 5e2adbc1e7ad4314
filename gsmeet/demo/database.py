"""The demo committee as a database file of its own."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.errors import GsmeetError
from gsmeet.storage.replace import build_then_move


def create_demo_database(path: Path, *, replace: bool = False) -> None:
    """Create the demo committee at ``path``; an existing file is kept unless
    ``replace``, and then only swapped out once the new one is complete."""
    from gsmeet.demo.build import build_demo

    if path.is_dir():
        raise GsmeetError(f"{path} is a folder; name the database file")
    if path.exists() and not replace:
        raise GsmeetError(f"{path} already exists (use --force to replace it)")
    build_then_move(path, build_demo)
