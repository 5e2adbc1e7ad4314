"""The demo committee as a database file of its own."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.errors import InvalidInputError
from gsmeet.storage.replace import build_then_move


class DemoPathIsAFolder(InvalidInputError):
    text = "{path} is a folder; name the database file"


class DemoWouldReplace(InvalidInputError):
    text = "{path} already exists (use --force to replace it)"


def create_demo_database(path: Path, *, replace: bool = False) -> None:
    """Create the demo committee at ``path``; an existing file is kept unless
    ``replace``, and then only swapped out once the new one is complete."""
    from gsmeet.demo.build import build_demo

    if path.is_dir():
        raise DemoPathIsAFolder(path=path)
    if path.exists() and not replace:
        raise DemoWouldReplace(path=path)
    build_then_move(path, build_demo)
