"""Issued minutes never change: the issued file is kept byte for byte and every export of
an issued session is that file (checked against its SHA-256 each time); its other
variants are made from the record kept with it, the same every time; a version issued
before files were kept says so; temporary files a killed issue left are removed."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from gsmeet.domain.enums import MeetingStatus, TaskStatus
from gsmeet.services.minutes.documents import write_minutes
from gsmeet.services.minutes.issue import issue_minutes
from gsmeet.services.minutes.leftovers import clean_leftovers, this_host
from gsmeet.services.minutes.versions import KeptFileDamaged, NoSuchVersion, NotKept
from gsmeet.services.record import find_meeting_id, meeting_record
from gsmeet.services.register.strategies import update_task
from gsmeet.storage.db import Store
from gsmeet.storage.models import MinutesFile, PendingFile, Person

from .conftest import confirm


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_issued_session_exports_exactly_the_issued_file(
    store: Store, held: int, out_dir: Path
) -> None:
    confirm(store, held)
    issued = issue_minutes(store, held, out_dir / "issued.pdf", issued_at=datetime(2019, 9, 2, 10))
    assert issued.sha256 == sha(out_dir / "issued.pdf")
    variants = {}
    for name, options in (
        ("en.pdf", {"lang": "en"}),
        ("public.pdf", {"public": True}),
        ("copy.docx", {}),
        ("copy.hwpx", {}),
    ):
        write_minutes(store, held, out_dir / name, **options)  # type: ignore[arg-type]
        variants[name] = sha(out_dir / name)

    # the register and the people change afterwards
    with store.session() as s:
        s.execute(update(Person).where(Person.name == "최영조").values(name="최영조(개명)"))
    task = meeting_record(store, held).strategies[0].tasks[0]
    update_task(store, task.id, status=TaskStatus.ON_HOLD, changed_at=datetime(2019, 10, 1))

    again = out_dir / "again.pdf"
    write_minutes(store, held, again, written_on=date(2030, 1, 1))
    assert again.read_bytes() == (out_dir / "issued.pdf").read_bytes()
    for name, options in (
        ("en.pdf", {"lang": "en"}),
        ("public.pdf", {"public": True}),
        ("copy.docx", {}),
        ("copy.hwpx", {}),
    ):
        path = out_dir / f"again-{name}"
        write_minutes(store, held, path, **options)  # type: ignore[arg-type]
        assert sha(path) == variants[name], name
    assert meeting_record(store, held).minutes_versions[0].kept


def test_a_damaged_kept_file_is_said_not_served(store: Store, held: int, out_dir: Path) -> None:
    issue_minutes(store, held, None, unconfirmed_ok=True)
    with store.session() as s:
        kept = s.scalars(select(MinutesFile)).one()
        kept.content = kept.content.replace(b"%%EOF", b"%%EOX")
    with pytest.raises(KeptFileDamaged):
        write_minutes(store, held, out_dir / "m.pdf")
    assert not (out_dir / "m.pdf").exists()


def test_earlier_versions_by_number(store: Store, held: int, out_dir: Path) -> None:
    from gsmeet.services.minutes.issue import reopen_for_correction

    first = issue_minutes(store, held, out_dir / "v1.pdf", unconfirmed_ok=True)
    reopen_for_correction(store, held)
    second = issue_minutes(
        store, held, out_dir / "v2.pdf", changes="참석자 소속 정정", unconfirmed_ok=True
    )
    for number, expected in ((1, first.sha256), (2, second.sha256), (None, second.sha256)):
        out = out_dir / f"again-{number}.pdf"
        write_minutes(store, held, out, version=number)
        assert sha(out) == expected
    with pytest.raises(NoSuchVersion):
        write_minutes(store, held, out_dir / "x.pdf", version=3)


def test_a_version_issued_before_files_were_kept_says_so(store: Store, out_dir: Path) -> None:
    launch = find_meeting_id(store, "2018-11-27")  # the demo's, entered afterwards
    report = write_minutes(store, launch, out_dir / "launch.pdf")
    assert [type(n) for n in report.notices] == [NotKept]
    assert "not the issued file" in str(report.notices[0])
    assert (out_dir / "launch.pdf").read_bytes().startswith(b"%PDF")


def test_leftovers_of_a_killed_issue_are_removed_at_the_next_start(
    store: Store, out_dir: Path
) -> None:
    dead = out_dir / ".m.pdf.dead.tmp"
    dead.write_bytes(b"half")
    mine = out_dir / ".m.pdf.mine.tmp"
    mine.write_bytes(b"being written")
    here, at = this_host(), datetime(2019, 9, 2)
    with store.session() as s:
        s.add(PendingFile(path=str(dead), host=here, pid=DEAD_PID, created_at=at))
        s.add(PendingFile(path=str(mine), host=here, pid=os.getpid(), created_at=at))
    assert clean_leftovers(store) == [dead]
    assert not dead.exists() and mine.exists()
    with store.session() as s:
        assert [p.path for p in s.scalars(select(PendingFile))] == [str(mine)]


DEAD_PID = 2**22 + 12345  # above Linux's pid_max: no process has it here


def test_only_the_machine_that_wrote_a_temporary_file_removes_it(
    store: Store, out_dir: Path, engine: str
) -> None:
    """On a shared server another machine's process number means nothing here: its row
    and file stay for that machine's next start. A row from before hosts were kept is
    judged by its process on a SQLite file and left alone on a server."""
    theirs = out_dir / ".m.pdf.theirs.tmp"
    old = out_dir / ".m.pdf.old.tmp"
    for path in (theirs, old):
        path.write_bytes(b"half")
    at = datetime(2019, 9, 2)
    with store.session() as s:
        s.add(PendingFile(path=str(theirs), host="other-laptop", pid=DEAD_PID, created_at=at))
        s.add(PendingFile(path=str(old), host="", pid=DEAD_PID, created_at=at))
    removed = clean_leftovers(store)
    with store.session() as s:
        kept = [p.path for p in s.scalars(select(PendingFile).order_by(PendingFile.id))]
    assert theirs.exists()
    if engine == "sqlite":
        assert removed == [old] and not old.exists()
        assert kept == [str(theirs)]
    else:
        assert removed == [] and old.exists()
        assert kept == [str(theirs), str(old)]


def test_an_issue_names_its_machine_on_the_pending_file(
    store: Store, held: int, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen from inside the issue, between the database commit and the rename."""
    from gsmeet.services.minutes import issue

    seen: list[tuple[str, int]] = []
    place = issue._place

    def looking(out: Path, staged: Path, data: bytes, version: int) -> None:
        with store.session() as s:
            seen.extend((p.host, p.pid) for p in s.scalars(select(PendingFile)))
        place(out, staged, data, version)

    monkeypatch.setattr(issue, "_place", looking)
    issue_minutes(store, held, out_dir / "m.pdf", unconfirmed_ok=True)
    assert seen == [(this_host(), os.getpid())]


def test_issuing_keeps_the_record_and_leaves_no_temporary_file(
    store: Store, held: int, out_dir: Path
) -> None:
    issue_minutes(store, held, out_dir / "m.pdf", unconfirmed_ok=True)
    assert sorted(p.name for p in out_dir.iterdir()) == ["m.pdf"]
    with store.session() as s:
        assert s.scalars(select(PendingFile)).all() == []
        kept = s.scalars(select(MinutesFile)).one()
    from gsmeet.domain.snapshot import loads

    record = loads(kept.record)
    assert record.meeting.id == held and record.meeting.status is MeetingStatus.HELD
    assert '"remark:' in kept.pages  # where each remark landed, for a later errata
