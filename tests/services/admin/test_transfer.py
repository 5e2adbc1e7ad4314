"""Export → import → export, and every way an import file can be wrong (row 17)."""

from __future__ import annotations

import copy as copy_module
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gsmeet.domain.errors import InvalidInputError
from gsmeet.services.admin.setup import import_database
from gsmeet.services.admin.transfer import export_data, export_to_file, read_document
from gsmeet.services.meetings import count_rows
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.models import Meeting, Person


def without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_export_import_export_is_identical(demo_store: Store, tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    export_to_file(demo_store, first)
    import_database(tmp_path / "copy.db", first)
    second_store = open_store(tmp_path / "copy.db")
    second = tmp_path / "b.json"
    export_to_file(second_store, second)
    assert count_rows(second_store) == count_rows(demo_store)
    second_store.close()
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert without_timestamp(a) == without_timestamp(b)
    assert a["format"] == "gsmeet" and a["format_version"] == 5
    assert a["tables"]["meeting"], "the demo's meetings are exported"


def test_export_file_is_readable_korean_and_private(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    export_to_file(demo_store, out)
    assert "경산발전전략위원회" in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o077 == 0


@pytest.fixture
def exported(demo_store: Store) -> dict[str, Any]:
    return export_data(demo_store)


def write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def broken(document: dict[str, Any], table: str, index: int, field: str, value: Any) -> None:
    document["tables"][table][index][field] = value


CASES = [
    (
        "impossible date",
        lambda d: broken(d, "meeting", 0, "held_on", "2019-02-30"),
        r"tables\.meeting\[0\]\.held_on: '2019-02-30' is not a real date",
    ),
    (
        "dangling reference",
        lambda d: broken(d, "remark", 3, "speaker_id", 99999),
        r"tables\.remark\[3\]\.speaker_id: no person with id 99999",
    ),
    (
        "unknown status",
        lambda d: broken(d, "task", 0, "status", "finished"),
        r"tables\.task\[0\]\.status: 'finished' is not one of",
    ),
    (
        "wrong type",
        lambda d: broken(d, "meeting", 0, "number", "two"),
        r"tables\.meeting\[0\]\.number: 'two' is not a whole number",
    ),
    (
        "missing field",
        lambda d: d["tables"]["person"][1].pop("name"),
        r"tables\.person\[1\]: missing field \"name\"",
    ),
    ("unknown table", lambda d: d["tables"].update(votes=[]), r"unknown table \"votes\""),
    ("unknown version", lambda d: d.update(format_version=7), r"unknown format version 7"),
    (
        "duplicate id",
        lambda d: broken(d, "person", 1, "id", d["tables"]["person"][0]["id"]),
        r"tables\.person\[1\]\.id: id \d+ appears twice",
    ),
    (
        "duplicate uid",
        lambda d: broken(d, "remark", 2, "uid", d["tables"]["remark"][0]["uid"]),
        r"tables\.remark\[2\]\.uid: uid [0-9a-f]{32} appears twice in the table",
    ),
    (
        "not a uid",
        lambda d: broken(d, "meeting", 0, "uid", "제3차"),
        r"tables\.meeting\[0\]\.uid: '제3차' is not a row identity",
    ),
]


@pytest.mark.parametrize(("case", "spoil", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_import_names_the_place_and_writes_nothing(
    exported: dict[str, Any], tmp_path: Path, case: str, spoil: Any, message: str
) -> None:
    spoil(exported)
    target = tmp_path / "new.db"
    with pytest.raises(InvalidInputError, match=message) as error:
        import_database(target, write(tmp_path, exported))
    assert "\n" not in str(error.value)
    assert not target.exists(), f"{case}: a half-filled database was left behind"
    assert [p.name for p in tmp_path.iterdir() if ".building" in p.name] == []


def test_malformed_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "gsmeet",\n "tables": [}', encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"line 2, column \d+"):
        read_document(path)


def test_import_refuses_a_database_that_holds_data(demo_db: Path, tmp_path: Path) -> None:
    store = open_store(demo_db)
    source = tmp_path / "a.json"
    export_to_file(store, source)
    store.close()
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    with pytest.raises(InvalidInputError, match="already holds data"):
        import_database(demo_db, source)
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


def test_uids_go_with_the_rows_and_an_older_format_gets_new_ones(
    demo_store: Store, tmp_path: Path
) -> None:
    document = export_data(demo_store)
    with demo_store.session() as s:
        uids = dict(s.execute(select(Meeting.id, Meeting.uid)).all())
    assert {row["id"]: row["uid"] for row in document["tables"]["meeting"]} == uids
    copy = tmp_path / "copy.db"
    import_database(copy, write(tmp_path, document))
    copied = open_store(copy)
    with copied.session() as s:
        assert dict(s.execute(select(Meeting.id, Meeting.uid)).all()) == uids
    copied.close()
    # format 4 (schemas 0005-0006) had no uids: each row gets a new one
    old = copy_module.deepcopy(document)
    old["format_version"] = 4
    for rows in old["tables"].values():
        for row in rows:
            del row["uid"]
    second = tmp_path / "second.db"
    import_database(second, write(tmp_path, old))
    store = open_store(second)
    try:
        with store.session() as s:
            made = dict(s.execute(select(Meeting.id, Meeting.uid)).all())
            people = list(s.scalars(select(Person.uid)))
        assert made.keys() == uids.keys() and not set(made.values()) & set(uids.values())
        assert all(re.fullmatch("[0-9a-f]{32}", u) for u in [*made.values(), *people])
        assert len(set(people)) == len(people) > 0
    finally:
        store.close()


def test_the_temporary_files_of_an_older_export_are_passed_over(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    """Exports before schema 0009 carried ``pending_file``: another machine's temporary
    files, meaningless here. The import leaves them out and exports leave them out."""
    assert "pending_file" not in exported["tables"]
    exported["tables"]["pending_file"] = [
        {
            "id": 1,
            "path": "/elsewhere/.m.pdf.tmp",
            "pid": 4242,
            "created_at": "2019-09-02T10:00:00",
            "uid": "0" * 32,
        }
    ]
    import_database(tmp_path / "copy.db", write(tmp_path, exported))
    store = open_store(tmp_path / "copy.db")
    try:
        assert count_rows(store)["pending_file"] == 0
        assert "pending_file" not in export_data(store)["tables"]
    finally:
        store.close()
