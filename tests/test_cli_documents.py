"""The document commands: the format by the file's name or ``--format``, the editable
copies, a draft's 작성일, and their mistakes in one line with nothing written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from .conftest import RunCli, assert_one_line_error


@pytest.mark.parametrize("command", ["minutes", "agenda", "signin"])
def test_the_format_follows_the_name(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path, command: str
) -> None:
    for name, magic in (("a.pdf", b"%PDF"), ("a.docx", b"PK"), ("a.hwpx", b"PK")):
        out = tmp_path / name
        result = gsmeet(command, "--db", demo_db, "--meeting", "2", "--out", out)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(magic)
    with zipfile.ZipFile(tmp_path / "a.hwpx") as archive:
        assert archive.read("mimetype") == b"application/hwp+zip"


def test_format_given_and_a_name_without_extension(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "회의록"
    assert gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", out, "--format", "docx")
    read = docx.Document(io.BytesIO(out.read_bytes()))
    assert read.paragraphs[0].text.startswith("경산발전전략위원회 제2차 간담회 회의록")


def test_a_draft_prints_the_chosen_day_and_issued_copies_name_the_pdf(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "m.docx"
    gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", out, "--written-on", "2019-08-26")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "작성일: 2019. 8. 26." in text and "편집용 사본" not in text
    issued = tmp_path / "i.docx"
    for chair in ("최영조", "이재훈"):
        confirmed = gsmeet("confirm", "--db", demo_db, "--meeting", "2", "--by", chair)
        assert confirmed.returncode == 0, confirmed.stderr
    done = gsmeet("issue", "--db", demo_db, "--meeting", "2", "--out", tmp_path / "i.pdf")
    assert done.returncode == 0, done.stderr
    gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", issued)
    first = docx.Document(str(issued)).paragraphs[0].text
    assert first.startswith("※ 이 문서는 편집용 사본입니다. 공식 기록은") and "제1판" in first


@pytest.mark.parametrize(
    ("name", "extra", "needles"),
    [
        ("m.txt", (), (".pdf, .docx or .hwpx",)),
        ("m.pdf", ("--format", "hwpx"), ("HWPX", ".hwpx")),
        ("m.pdf", ("--written-on", "2019-02-30"), ("2019-02-30",)),
    ],
)
def test_mistakes_are_one_line_and_write_nothing(
    gsmeet: RunCli,
    demo_db: Path,
    tmp_path: Path,
    name: str,
    extra: tuple[str, ...],
    needles: tuple[str, ...],
) -> None:
    out = tmp_path / name
    result = gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", out, *extra)
    naming = out if "--written-on" not in extra else None
    assert_one_line_error(result, *needles, naming=naming)
    assert not out.exists()
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".m*"))
