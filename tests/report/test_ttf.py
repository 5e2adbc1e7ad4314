"""The bundled faces read the fast way hold exactly what ReportLab's own reading
gives: every attribute of the face and of the font, so widths, subsets and the PDF
bytes are the same; a face in another form is read by ReportLab itself."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from gsmeet.report import ttf
from gsmeet.report.ttf import BundledFont
from gsmeet.resources import font_file

BUNDLED = (
    "GsmeetGothic.ttf",
    "GsmeetGothicBold.ttf",
    "GsmeetMyeongjo.ttf",
    "GsmeetMyeongjoBold.ttf",
)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # a format-4 map, 2048 units
# Where ReportLab's reader stopped in the file: not an attribute of the face's content.
NOT_CONTENT = {"_pos", "_pdfScale"}


def faces() -> list[Path]:
    found = [font_file(name) for name in BUNDLED]
    return [*found, DEJAVU] if DEJAVU.is_file() else found


def same_as_reportlab(path: Path) -> None:
    fast, slow = BundledFont("Fast", str(path)), TTFont("Fast", str(path))
    names = set(vars(slow.face)) - NOT_CONTENT
    assert names <= set(dir(fast.face))
    for name in sorted(names):
        assert getattr(fast.face, name) == getattr(slow.face, name), name
    assert fast.face._pdfScale(1234) == slow.face._pdfScale(1234)
    font_names = set(vars(slow)) - {"face", "state", "encoding"}
    assert set(vars(fast)) == set(vars(slow))
    for name in sorted(font_names):
        assert getattr(fast, name) == getattr(slow, name), name
    assert fast.stringWidth("경산발전전략위원회 2019. 8. 22.", 10) == slow.stringWidth(
        "경산발전전략위원회 2019. 8. 22.", 10
    )
    subset = [ord(c) for c in " 회의록가나다ABC123"]
    assert fast.face.makeSubset(subset) == slow.face.makeSubset(subset)


@pytest.mark.parametrize("path", faces(), ids=lambda path: path.name)
def test_a_face_read_fast_is_the_face_reportlab_reads(path: Path) -> None:
    same_as_reportlab(path)


def test_a_face_giving_fewer_advances_than_glyphs(tmp_path: Path) -> None:
    """The glyphs after the last advance given take it as their width (scaled once, in a
    face of 1,024 units): Myeongjo made to give its first 100 advances only."""
    data = bytearray(font_file("GsmeetMyeongjo.ttf").read_bytes())
    face = TTFont("Probe", str(font_file("GsmeetMyeongjo.ttf"))).face
    assert face.unitsPerEm != 1000
    struct.pack_into(">H", data, face.table["hhea"]["offset"] + 34, 100)
    short = tmp_path / "short-metrics.ttf"
    short.write_bytes(bytes(data))
    same_as_reportlab(short)
    assert len(set(BundledFont("Short", str(short)).face.charWidths.values())) <= 100


def test_a_map_of_another_format_is_read_by_reportlab(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ttf, "_FAST_CMAPS", ())  # as if the bundled map were of format 6
    read: list[int] = []
    original = ttf.TTFontFile.extractInfo

    def counted(self: object, charInfo: int = 1) -> None:  # noqa: N803 (ReportLab's name)
        read.append(charInfo)
        original(self, charInfo)

    monkeypatch.setattr(ttf.TTFontFile, "extractInfo", counted)
    path = font_file(BUNDLED[0])
    fallen_back = BundledFont("Slow", str(path)).face
    assert fallen_back.charToGlyph == TTFont("S", str(path)).face.charToGlyph
    assert read.count(1) >= 2  # the fast reader gave up, and ReportLab read it whole


def test_the_bundled_faces_are_of_a_form_read_fast() -> None:
    for name in BUNDLED:
        face = BundledFont("Probe", str(font_file(name))).face
        sub, fmt = ttf._cmap_subtable(face) or (b"", -1)
        assert fmt in ttf._FAST_CMAPS, name
        assert struct.unpack_from(">H", sub, 0)[0] == fmt
        assert face._glyph_to_char is None  # made only when shaping asks for it
