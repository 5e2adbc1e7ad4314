"""Laying a document out as a PDF holds Python's automatic cycle collection off (its
passes over everything alive cost a 100-page render about a sixth of its time) and
gives it back as it was; a window that collects on its own thread keeps it off."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from typing import Any

import pytest

from gsmeet.domain.records import MeetingRecord
from gsmeet.report import RenderOptions, render_minutes
from gsmeet.report.minutes import minutes_document
from gsmeet.report.pdf import pdf_kit, write_pdf


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations collected while the test runs (the suite itself runs with
    automatic collection off between tests: turned on here)."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    enabled = gc.isenabled()
    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)
        (gc.enable if enabled else gc.disable)()


def test_no_automatic_collection_while_laying_out(
    demo_record: MeetingRecord, collections: list[int]
) -> None:
    gc.enable()
    gc.collect()
    collections.clear()
    garbage = [[n] for n in range(5000)]  # enough allocations to trigger collection
    assert collections, "the collector runs by itself here"
    del garbage
    document = minutes_document(demo_record, RenderOptions())
    pdf_kit()  # the fonts parsed once, as the running app has them
    collections.clear()
    report = write_pdf(document, io.BytesIO())  # the story, its layout, the file
    assert report.pages > 10
    assert len(collections) <= 1  # the one that fell due, run as collection resumes
    assert gc.isenabled()


def test_collection_left_off_stays_off(demo_record: MeetingRecord, collections: list[int]) -> None:
    gc.disable()
    render_minutes(demo_record, io.BytesIO(), RenderOptions())
    assert not gc.isenabled()
