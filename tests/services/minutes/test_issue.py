"""Writing, issuing, locking and correcting the minutes through the services."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import GsmeetError, InvalidInputError, LockedError
from gsmeet.services.live.entries import add_remark
from gsmeet.services.meetings import open_actions_before
from gsmeet.services.minutes import documents as service
from gsmeet.services.minutes import issue
from gsmeet.services.record import find_meeting_id, meeting_record
from gsmeet.storage.db import DatabaseDiskFull, Store
from gsmeet.storage.models import Meeting, MinutesVersion


def first_and_last_page(path: Path) -> list[str]:
    pages = pypdf.PdfReader(path).pages
    return [pages[0].extract_text() or "", pages[-1].extract_text() or ""]


def first_page(path: Path) -> str:
    return pypdf.PdfReader(path).pages[0].extract_text() or ""


@pytest.fixture
def store(bare_demo_store: Store) -> Store:
    """The demo without 제3차 prepared (``held`` and ``out_dir`` come from conftest)."""
    return bare_demo_store


def status_of(store: Store, meeting_id: int) -> MeetingStatus:
    with store.session() as session:
        return session.get_one(Meeting, meeting_id).status


def test_write_minutes_replaces_the_file_whole(store: Store, held: int, out_dir: Path) -> None:
    out = out_dir / "회의록.pdf"  # a Korean file name
    out.write_bytes(b"old")
    report = service.write_minutes(store, held, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert report.pages == len(pypdf.PdfReader(out).pages) > 5
    assert report.replaced == ()
    assert sorted(p.name for p in out_dir.iterdir()) == ["회의록.pdf"]  # no temp file left
    assert "초안" in first_page(out)  # a draft until issued


def test_an_unwritable_place_is_one_clear_error(store: Store, held: int, out_dir: Path) -> None:
    missing = out_dir / "no-such-folder" / "m.pdf"
    with pytest.raises(GsmeetError, match="no-such-folder"):
        service.write_minutes(store, held, missing)
    blocker = out_dir / "a-file"
    blocker.write_text("x")
    with pytest.raises(GsmeetError, match="a-file"):
        service.write_minutes(store, held, blocker / "m.pdf")
    folder = out_dir / "a-folder"
    folder.mkdir()
    with pytest.raises(GsmeetError, match="a-folder"):
        service.write_minutes(store, held, folder)


def test_issue_locks_hashes_and_drops_the_watermark(store: Store, held: int, out_dir: Path) -> None:
    out = out_dir / "issued.pdf"
    version = issue.issue_minutes(store, held, out, unconfirmed_ok=True)
    assert version.version == 1 and version.changes == ""
    assert version.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert status_of(store, held) is MeetingStatus.MINUTES_ISSUED
    with store.session() as session:
        stored = session.scalars(
            select(MinutesVersion).where(MinutesVersion.meeting_id == held)
        ).one()
        assert stored.sha256 == version.sha256
    assert all("초안" not in text for text in first_and_last_page(out))
    item = meeting_record(store, held).agenda[0].id
    with pytest.raises(LockedError, match="reopen it for correction"):
        add_remark(store, item, "late", speaker_id=None, now=datetime.now())
    again = out_dir / "again.pdf"
    service.write_minutes(store, held, again)  # an issued meeting exports without watermark
    assert "초안" not in first_page(again)


def test_a_correction_makes_version_two_listing_the_change(
    store: Store, held: int, out_dir: Path
) -> None:
    issue.issue_minutes(store, held, out_dir / "v1.pdf", unconfirmed_ok=True)
    with pytest.raises(InvalidInputError, match="changes"):
        issue.issue_minutes(store, held, out_dir / "v2.pdf", unconfirmed_ok=True)
    assert not (out_dir / "v2.pdf").exists()

    reopened = issue.reopen_for_correction(store, held)
    assert reopened.status is MeetingStatus.HELD
    item = meeting_record(store, held).agenda[0].id
    add_remark(store, item, "정정", speaker_id=None, now=datetime.now())  # editable again
    draft = out_dir / "draft.pdf"
    service.write_minutes(store, held, draft)
    assert "초안" in first_page(draft)

    change = "김도윤 위원 발언 요지 중 공모사업 명칭 수정"
    second = issue.issue_minutes(
        store, held, out_dir / "v2.pdf", changes=change, unconfirmed_ok=True
    )
    assert second.version == 2 and second.changes == change
    text = "".join(first_page(out_dir / "v2.pdf").split())
    assert "수정사항(제2판)" in text and "".join(change.split()) in text
    record = meeting_record(store, held)
    assert [v.version for v in record.minutes_versions] == [1, 2]
    assert status_of(store, held) is MeetingStatus.MINUTES_ISSUED


def test_only_a_held_meeting_is_issued(store: Store, out_dir: Path) -> None:
    planned = find_meeting_id(store, "3")
    with pytest.raises(GsmeetError, match="not been held"):
        issue.issue_minutes(store, planned, out_dir / "x.pdf", unconfirmed_ok=True)
    assert not (out_dir / "x.pdf").exists()
    with pytest.raises(GsmeetError, match="not been issued"):
        issue.reopen_for_correction(store, planned)


def test_a_failed_commit_leaves_no_file_and_no_version(
    store: Store, held: int, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise DatabaseDiskFull(path=store.location)

    monkeypatch.setattr(issue, "_record_issue", fail)
    with pytest.raises(DatabaseDiskFull):
        issue.issue_minutes(store, held, out_dir / "m.pdf", unconfirmed_ok=True)
    assert list(out_dir.iterdir()) == []
    assert status_of(store, held) is MeetingStatus.HELD
    assert meeting_record(store, held).minutes_versions == ()


def test_agenda_signin_and_packet(store: Store, held: int, out_dir: Path) -> None:
    upcoming = find_meeting_id(store, "3")
    agenda = service.write_agenda(store, upcoming, out_dir / "agenda.pdf", lang="en")
    assert agenda.pages >= 1
    signin = service.write_signin_sheet(store, held, out_dir / "signin.pdf")
    assert signin.pages >= 2
    strategy = meeting_record(store, held).strategies[0]
    packet = service.write_packet(store, held, strategy.id, out_dir / "packet.pdf")
    assert packet.pages >= 1
    assert strategy.name.split()[0] in first_page(out_dir / "packet.pdf")


def test_open_actions_of_earlier_meetings(store: Store) -> None:
    upcoming = find_meeting_id(store, "3")
    actions = open_actions_before(store, upcoming)
    assert actions
    assert all(a.status.is_open and a.meeting_number < 3 for a in actions)
    assert all(a.owner for a in actions)
