"""Corrections of issued minutes (자구정정): each change recorded with before, after, who
asked and why; a change of meaning needs the speaker's or chair's confirmation; the
next version carries an errata page (정오표) listing every change, with the page it was
on; the issued versions stay as they were."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from gsmeet.services.live.entries import add_remark
from gsmeet.services.minutes.corrections import (
    NoReason,
    NothingToCorrect,
    NotInRecord,
    NotIssuedYet,
    WrongConfirmer,
    confirm_correction,
    record_correction,
)
from gsmeet.services.minutes.documents import write_minutes
from gsmeet.services.minutes.errata import corrections
from gsmeet.services.minutes.issue import (
    MeaningNotConfirmed,
    SayWhatChanged,
    issue_minutes,
    reopen_for_correction,
)
from gsmeet.services.record import meeting_record
from gsmeet.storage.db import Store

from .conftest import confirm

NOW = datetime(2019, 9, 5, 9)


def squeezed_pages(path: Path) -> list[str]:
    return ["".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def remark_of(store: Store, meeting_id: int, speaker: str) -> tuple[int, str]:
    remark = next(
        r
        for r in meeting_record(store, meeting_id).remarks
        if r.speaker is not None and r.speaker.name == speaker
    )
    return remark.id, remark.text


def test_a_correction_makes_a_version_with_its_errata(
    store: Store, held: int, out_dir: Path
) -> None:
    confirm(store, held)
    first = issue_minutes(store, held, out_dir / "v1.pdf", issued_at=datetime(2019, 9, 2, 10))
    v1_pages = squeezed_pages(out_dir / "v1.pdf")
    remark_id, before = remark_of(store, held, "김태형")
    page = next(n for n, text in enumerate(v1_pages, 1) if "".join(before.split())[:20] in text)
    after = before.replace("국가지원사업", "국가공모사업")
    assert after != before
    correction = record_correction(
        store,
        held,
        "remark",
        remark_id,
        after,
        asked_by="김태형 위원",
        reason="사업 명칭 자구 정정",
        now=NOW,
    )
    assert (correction.version, correction.before, correction.after) == (2, before, after)
    confirm(store, held, date(2019, 9, 6))
    second = issue_minutes(store, held, out_dir / "v2.pdf", issued_at=datetime(2019, 9, 9, 10))
    assert second.version == 2 and second.changes == ""
    text = squeezed_pages(out_dir / "v2.pdf")[0]
    assert "정오표(제2판)" in text
    assert f"{page}쪽" in text and "회의내용:김태형" in text
    assert "국가공모사업" in text and "사업명칭자구정정" in text and "요청:김태형위원" in text
    # the issued versions stay as they were
    for number, expected in ((1, first.sha256), (2, second.sha256)):
        out = out_dir / f"again-{number}.pdf"
        write_minutes(store, held, out, version=number)
        assert hashlib.sha256(out.read_bytes()).hexdigest() == expected
    # the editable copy has the same errata, as a table
    write_minutes(store, held, out_dir / "v2.docx")
    read = docx.Document(io.BytesIO((out_dir / "v2.docx").read_bytes()))
    errata = read.tables[0]
    assert [c.text for c in errata.rows[0].cells] == ["쪽·항목", "정정 전", "정정 후", "사유"]
    assert errata.rows[1].cells[2].text == after


def test_a_change_of_meaning_needs_the_speaker_or_chair(store: Store, held: int) -> None:
    issue_minutes(store, held, None, unconfirmed_ok=True)
    remark_id, _before = remark_of(store, held, "김태형")
    correction = record_correction(
        store,
        held,
        "remark",
        remark_id,
        "반대 의견입니다.",
        asked_by="김태형 위원",
        reason="발언 취지 정정",
        changes_meaning=True,
        now=NOW,
    )
    with pytest.raises(MeaningNotConfirmed):
        issue_minutes(store, held, None, unconfirmed_ok=True)
    with pytest.raises(WrongConfirmer, match="김태형"):
        confirm_correction(store, held, correction.id, "정수민", date(2019, 9, 6))
    done = confirm_correction(store, held, correction.id, "김태형", date(2019, 9, 6))
    assert (done.confirmed_by, done.confirmed_on) == ("김태형", date(2019, 9, 6))
    assert issue_minutes(store, held, None, unconfirmed_ok=True).version == 2
    assert [c.version for c in corrections(store, held)] == [2]


def test_mistaken_corrections_are_refused(store: Store, held: int) -> None:
    remark_id, before = remark_of(store, held, "김태형")
    with pytest.raises(NotIssuedYet):
        record_correction(store, held, "remark", remark_id, "x", asked_by="", reason="r", now=NOW)
    issue_minutes(store, held, None, unconfirmed_ok=True)
    with pytest.raises(NothingToCorrect):
        record_correction(
            store, held, "remark", remark_id, before, asked_by="", reason="r", now=NOW
        )
    with pytest.raises(NoReason):
        record_correction(store, held, "remark", remark_id, "x", asked_by="", reason=" ", now=NOW)
    with pytest.raises(NotInRecord):
        record_correction(store, held, "decision", 99999, "x", asked_by="", reason="r", now=NOW)
    assert corrections(store, held) == []


def test_edits_after_reopening_are_listed_with_the_versions_note(
    store: Store, held: int, out_dir: Path
) -> None:
    issue_minutes(store, held, None, unconfirmed_ok=True)
    reopen_for_correction(store, held)
    with pytest.raises(SayWhatChanged):  # no correction recorded, no note: what changed?
        issue_minutes(store, held, None, unconfirmed_ok=True)
    item = meeting_record(store, held).agenda[1].id
    add_remark(
        store, item, "누락된 발언을 추가합니다.", speaker_id=None, now=datetime(2019, 8, 22, 15)
    )
    issue_minutes(store, held, out_dir / "v2.pdf", changes="누락 발언 추가", unconfirmed_ok=True)
    text = squeezed_pages(out_dir / "v2.pdf")[0]
    assert "정오표(제2판)" in text and "누락된발언을추가합니다." in text
    assert "(없음)" in text and "누락발언추가" in text
