"""Drafts of what is being typed: kept across a restart, keyed, private, and never
lost to a damaged drafts file (the crash test kills a writer: test_crash_safety)."""

from __future__ import annotations

import hashlib
import stat
from datetime import datetime
from pathlib import Path

import pytest

from gsmeet.storage.drafts import DRAFTS_FILE, Draft, open_drafts

T = datetime(2019, 11, 28, 14, 5)


def test_save_load_clear_survive_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "위원회.db"
    drafts = open_drafts(tmp_path / "drafts.sqlite3")
    drafts.save_draft(database, 3, "remark", "예산 편성 시기를", now=T)
    drafts.save_draft(database, 3, "remark", "예산 편성 시기를 앞당겨", now=T)
    drafts.save_draft(database, 3, "decision", "원안대로", now=T)
    drafts.save_draft(database, 4, "remark", "다른 회의", now=T)
    drafts.save_draft(tmp_path / "other.db", 3, "remark", "다른 위원회", now=T)
    drafts.close()

    drafts = open_drafts(tmp_path / "drafts.sqlite3")
    found = drafts.load_drafts(database, 3)
    assert {d.field: d.text for d in found} == {
        "remark": "예산 편성 시기를 앞당겨",
        "decision": "원안대로",
    }
    assert found[0] == Draft(str(database.resolve()), 3, found[0].field, found[0].text, T)
    assert len(drafts.load_drafts(database)) == 3
    # The same database named another way is the same key.
    assert len(drafts.load_drafts(tmp_path / "." / "위원회.db", 3)) == 2

    drafts.clear_draft(database, 3, "remark")
    drafts.save_draft(database, 3, "decision", "   ")  # emptied: no draft
    assert drafts.load_drafts(database, 3) == []
    drafts.clear_draft(database, 3, "remark")  # twice is fine
    drafts.close()


def test_unchanged_text_is_not_written_again(tmp_path: Path) -> None:
    drafts = open_drafts(tmp_path / "drafts.sqlite3")
    drafts.save_draft(tmp_path / "a.db", 1, "remark", "같은 글", now=T)
    drafts.save_draft(tmp_path / "a.db", 1, "remark", "같은 글", now=datetime(2020, 1, 1))
    assert drafts.load_drafts(tmp_path / "a.db")[0].saved_at == T
    drafts.close()


def test_the_file_is_private_and_in_the_data_folder(data_dir: Path, tmp_path: Path) -> None:
    drafts = open_drafts()
    drafts.save_draft(tmp_path / "a.db", 1, "remark", "개인정보가 담긴 초안")
    drafts.close()
    path = data_dir / DRAFTS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize("damage", [b"garbage" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_drafts_file_is_moved_aside_untouched(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "drafts.sqlite3"
    path.write_bytes(damage)
    digest = hashlib.sha256(damage).hexdigest()
    drafts = open_drafts(path)
    drafts.save_draft(tmp_path / "a.db", 1, "remark", "새로 시작")
    assert [d.text for d in drafts.load_drafts(tmp_path / "a.db")] == ["새로 시작"]
    drafts.close()
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith("-wal")]
    assert len(aside) == 1
    assert hashlib.sha256(aside[0].read_bytes()).hexdigest() == digest
