"""Hostile sizes and shapes at every entry (reliability rows 17 and 21): each refused in
one line naming the field or place and the row, nothing half-written; and what is
accepted renders into the documents."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest

from gsmeet.domain.limits import LIMITS, NAME, NOTE, SPEECH, TextTooLong
from gsmeet.services.register.members import add_member
from gsmeet.storage.db import Store, open_reader, open_store

from .conftest import RunCli, assert_one_line_error

FIXTURES = Path(__file__).parent / "fixtures"


def export(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> str:
    out = tmp_path / "export.json"
    assert gsmeet("export", "--db", demo_db, "--out", out).returncode == 0
    return out.read_text(encoding="utf-8")


def refused_import(gsmeet: RunCli, tmp_path: Path, text: str, *needles: str) -> None:
    source = tmp_path / "hostile.json"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "new.db"
    assert_one_line_error(gsmeet("import", "--db", target, source), *needles)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".new.db")] == []


def test_json_nested_100000_levels_deep(gsmeet: RunCli, tmp_path: Path) -> None:
    refused_import(gsmeet, tmp_path, "[" * 100_000 + "]" * 100_000, "nested deeper")


def test_json_with_a_5000_digit_number(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    text = export(gsmeet, demo_db, tmp_path).replace('"id": 1,', '"id": ' + "9" * 5000 + ",", 1)
    refused_import(gsmeet, tmp_path, text, "5000 digits")


def test_json_with_a_lone_surrogate(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    text = export(gsmeet, demo_db, tmp_path).replace('"최영조"', '"최영조\\ud800"', 1)
    refused_import(gsmeet, tmp_path, text, "broken character", "tables.person[")


def test_json_with_a_key_twice(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    text = export(gsmeet, demo_db, tmp_path).replace(
        '"name": "최영조"', '"name": "최영조", "name": "X"', 1
    )
    refused_import(gsmeet, tmp_path, text, 'the key "name" appears twice', "id")


def test_json_with_nan(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    text = export(gsmeet, demo_db, tmp_path).replace('"id": 1,', '"id": NaN,', 1)
    refused_import(gsmeet, tmp_path, text, "NaN")


def test_json_with_a_50_mb_name(gsmeet: RunCli, demo_db: Path, tmp_path: Path) -> None:
    text = export(gsmeet, demo_db, tmp_path).replace('"최영조"', '"' + "가" * 50_000_000 + '"', 1)
    refused_import(gsmeet, tmp_path, text, "tables.person[", "50000000 characters", f"{NAME}")


def roster_with(tmp_path: Path, name: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["성명", "소속", "직위"])
    sheet.append(["새 위원", "경산시", "과장"])
    sheet.append([name, "경산시", "과장"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def test_an_excel_cell_of_32767_characters_is_refused_naming_the_row(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    path = roster_with(tmp_path, "가" * 32_767)
    before = sqlite3.connect(demo_db).execute("SELECT count(*) FROM person").fetchone()[0]
    result = gsmeet("roster", "import", "--db", demo_db, path)
    assert result.returncode == 1
    assert "row 3" in result.stderr and "성명: 32767 characters" in result.stderr
    assert len(result.stderr) < 2000  # the cell is not echoed back
    after = sqlite3.connect(demo_db).execute("SELECT count(*) FROM person").fetchone()[0]
    assert after == before


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    good = roster_with(tmp_path, "김위원")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        with out.open("xl/padding.bin", "w", force_zip64=True) as pad:
            zeros = bytes(1024 * 1024)
            for _ in range(120):  # 120 MB unpacked, ~120 KB packed
                pad.write(zeros)
    assert bomb.stat().st_size < 1024 * 1024
    result = gsmeet("roster", "import", "--db", demo_db, bomb)
    assert_one_line_error(result, "unpacks to", naming=bomb)


@pytest.mark.parametrize("rows", [10_001, 1_000_000])
def test_a_roster_of_too_many_rows_is_refused(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path, rows: int
) -> None:
    """10,001 rows: past the row limit; a million (22 MB): past the size limit first."""
    path = tmp_path / "rows.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("성명,소속\n")
        handle.writelines(f"위원{i},경산시\n" for i in range(rows))
    needle = "10000 rows" if rows < 100_000 else "bytes is more than a roster may be"
    assert_one_line_error(gsmeet("roster", "import", "--db", demo_db, path), needle, naming=path)


def test_a_huge_roster_file_is_refused_before_it_is_read(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)  # sparse: nothing is written
    assert_one_line_error(gsmeet("roster", "import", "--db", demo_db, path), "bytes", naming=path)


def test_the_window_and_services_refuse_an_over_long_field(demo_store: Store) -> None:
    with pytest.raises(TextTooLong) as refused:
        add_member(demo_store, 1, name="가" * (NAME + 1), term_start=date(2020, 1, 1))
    assert refused.value.fields["length"] == NAME + 1
    from gsmeet.translations import say

    assert say(refused.value, "ko").startswith("성명: 201자")
    with pytest.raises(TextTooLong):
        add_member(
            demo_store, 1, name="김위원", organisation="W" * 201, term_start=date(2020, 1, 1)
        )


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_out_refuses_devices_fifos_and_sockets(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path, kind: str
) -> None:
    """(As root the old gsmeet replaced a device node with a regular file.) A symlink to
    /dev/null stands for a device: the name a person might type for one."""
    target = tmp_path / f"{kind}.pdf"
    listener = socket.socket(socket.AF_UNIX)
    try:
        if kind == "fifo":
            os.mkfifo(target)
        elif kind == "socket":
            listener.bind(str(target))
        else:
            target.symlink_to("/dev/null")
        before = os.stat(target)
        for command in (
            ("minutes", "--meeting", "2", "--out", target),
            ("export", "--out", target),
        ):
            result = gsmeet(command[0], "--db", demo_db, *command[1:])
            assert_one_line_error(result, "not a file", naming=target)
        after = os.stat(target)
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    finally:
        listener.close()


def test_stale_temporary_files_of_killed_runs_are_removed(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "m.pdf"
    stale = tmp_path / ".m.pdf.k1ll3d.tmp"
    fresh = tmp_path / ".m.pdf.wr1t1ng.tmp"  # another run writing now: left alone
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (0, 0))
    building = demo_db.with_name(".demo.db.k1ll3d.building")
    building.write_bytes(b"half a database")
    Path(f"{building}-wal").write_bytes(b"x")
    partial = demo_db.with_name("demo-backups") / ".demo-20260101-000000-000000-daily.db.partial"
    partial.parent.mkdir()
    partial.write_bytes(b"half a backup")
    foreign = tmp_path / ".notes.txt.tmp"  # not gsmeet's naming: never touched
    foreign.write_bytes(b"keep")
    assert gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", out).returncode == 0
    assert not stale.exists() and fresh.exists() and foreign.exists()
    result = gsmeet("prepare", "--db", demo_db, "--from", "latest", "--date", "2020-01-06")
    assert result.returncode == 0, result.stderr
    assert not building.exists() and not Path(f"{building}-wal").exists()
    assert not partial.exists()


def test_everything_gsmeet_writes_is_owner_only(
    gsmeet: RunCli, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "새 위원회"
    db = folder / "위원회.db"
    assert gsmeet("demo", "--db", db).returncode == 0
    assert gsmeet("backup", "--db", db).returncode == 0
    assert gsmeet("export", "--db", db, "--out", folder / "e.json").returncode == 0
    assert (
        gsmeet("minutes", "--db", db, "--meeting", "2", "--out", folder / "m.pdf").returncode == 0
    )

    from gsmeet.services.admin import transfer

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(transfer, "export_to_file", broken)
    gsmeet("export", "--db", db, "--out", folder / "o.json")
    log = data_dir / "gsmeet-errors.log"
    made = [folder, *folder.rglob("*"), log, data_dir]
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


def test_every_field_at_its_limit_renders(demo_db: Path, tmp_path: Path) -> None:
    """The longest value each field accepts, in every row (one row for the long texts),
    laid out into the minutes, the agenda and the sign-in sheet — no LayoutError."""
    from gsmeet.services.minutes import documents as minutes

    copy = tmp_path / "max.db"
    shutil.copyfile(demo_db, copy)
    fill_to_the_limits(copy)
    store = open_reader(copy)
    try:
        for write, name in (
            (minutes.write_minutes, "m.pdf"),
            (minutes.write_agenda, "a.pdf"),
            (minutes.write_signin_sheet, "s.pdf"),
        ):
            write(store, 2, tmp_path / name)
            assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    finally:
        store.close()


def fill_to_the_limits(path: Path) -> None:
    """Every text column at its limit: short ones in every row, long ones (notes,
    speeches) in one row each; Hangul, one unbroken Latin word, and spaced words."""
    connection = sqlite3.connect(path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    kinds = ("가나다라마바사아자차카타파하", "W", "경산시 미래전략과 ")
    # codes and what the program writes itself (a digest, a language, a kept record)
    skip = {"sha256", "code", "series", "digest", "lang", "record", "pages", "path", "target"}
    for (table, column), (limit, _field) in LIMITS.items():
        if table not in tables or column in skip:
            continue
        names = [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]
        if column not in names:
            continue
        rowids = [r[0] for r in connection.execute(f'SELECT rowid FROM "{table}"')]
        if limit >= NOTE:
            rowids = rowids[:1]
        for i, rowid in enumerate(rowids):
            base = kinds[i % 3]
            text = (base * (limit // len(base) + 1))[: limit - len(str(rowid))] + str(rowid)
            connection.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (text, rowid)
            )
    connection.commit()
    count = connection.execute(
        "SELECT count(*) FROM remark WHERE length(text) = ?", (SPEECH,)
    ).fetchone()[0]
    assert count == 1
    connection.close()
    open_store(path).close()
