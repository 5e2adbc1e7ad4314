"""The bundled fonts are a Modified Version of the Nanum fonts under the SIL Open Font
License (made by scripts/slim_fonts.py): they carry none of its Reserved Font Names,
keep its copyright notice and licence, and hold no hinting (which is what makes them
small), with every character the originals had."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from gsmeet.report.fonts import bundled_fonts
from gsmeet.resources import font_file

FILES = ("GsmeetGothic.ttf", "GsmeetGothicBold.ttf", "GsmeetMyeongjo.ttf", "GsmeetMyeongjoBold.ttf")
RESERVED = ("nanum", "나눔")
NAMES = (1, 3, 4, 6, 16, 17, 20)  # family, unique, full, PostScript, typographic, CID
HINTING = {b"fpgm", b"prep", b"cvt ", b"hdmx", b"VDMX", b"LTSH", b"TSI0", b"TSI1", b"TSI5"}


def tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", data, 4)
    found = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        found[tag] = (offset, length)
    return found


def names(data: bytes) -> list[tuple[int, str]]:
    """(name ID, text) of every Unicode/Windows record of the ``name`` table."""
    start, _length = tables(data)[b"name"]
    _format, count, strings = struct.unpack_from(">HHH", data, start)
    out = []
    for i in range(count):
        platform, _encoding, _lang, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", data, start + 6 + 12 * i
        )
        raw = data[start + strings + offset : start + strings + offset + length]
        out.append((name_id, raw.decode("utf-16-be" if platform in (0, 3) else "latin-1")))
    return out


@pytest.mark.parametrize("name", FILES)
def test_no_reserved_font_name_and_no_hinting(name: str) -> None:
    data = Path(font_file(name)).read_bytes()
    for name_id, text in names(data):
        if name_id in NAMES:
            assert not any(word in text.lower() for word in RESERVED), (name, name_id, text)
    copyright_ = [text for name_id, text in names(data) if name_id == 0]
    assert copyright_ and all("NHN" in text for text in copyright_)
    assert HINTING.isdisjoint(tables(data)), sorted(HINTING & set(tables(data)))


def test_the_licence_and_the_record_of_the_change_go_with_them() -> None:
    licence = font_file("OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in licence
    log = font_file("FONTLOG.txt").read_text(encoding="utf-8")
    assert "slim_fonts.py" in log and all(name in log for name in FILES)


def test_every_hangul_syllable_and_ks_x_1001_character_is_covered() -> None:
    kit = bundled_fonts()
    syllables = {chr(code) for code in range(0xAC00, 0xD7A4)}
    assert syllables <= kit.gothic.covers and syllables <= kit.myeongjo.covers
    hanja = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                hanja.add(bytes((lead, trail)).decode("euc_kr"))
            except UnicodeDecodeError:
                continue
    assert hanja <= kit.gothic.covers | kit.myeongjo.covers
