"""Fixtures of the PDF tests; the reading helpers are in ``readback.py``."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The test modules here import their helpers from readback.py beside them.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from readback import small_record

from gsmeet.domain.records import MeetingRecord


@pytest.fixture(scope="module")
def demo_record(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> MeetingRecord:
    """The reference session (2019-08-22) of the demo committee, read once per module."""
    from gsmeet.services.record import find_meeting_id, meeting_record
    from gsmeet.storage.db import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_template, path)
    store = open_store(path)
    try:
        return meeting_record(store, find_meeting_id(store, "2019-08-22"))
    finally:
        store.close()


@pytest.fixture
def render_small(tmp_path: Path) -> Iterator[Callable[..., tuple[Path, Any]]]:
    """Render the minutes of :func:`small_record` with the given texts to a file."""
    from gsmeet.report import RenderOptions, render_minutes

    count = 0

    def render(**texts: str) -> tuple[Path, Any]:
        nonlocal count
        count += 1
        out = tmp_path / f"small-{count}.pdf"
        report = render_minutes(small_record(**texts), out, RenderOptions())
        return out, report

    yield render
