"""The bundled TrueType faces read for ReportLab in a few milliseconds each.

ReportLab reads a face's character map, advance widths and glyph locations one number
at a time in Python: about 50 ms for each bundled Korean face (17,000 characters), a
fifth of a whole ``gsmeet minutes`` run for the four of them. Here ReportLab reads the
face's header tables only (its ``charInfo=0``) and the three big tables are unpacked
whole with :mod:`struct`, giving the same attributes with the same values (a test holds
them equal to ReportLab's own reading of every bundled face). A face whose tables take
another form (a character map other than formats 4 and 12) is read by ReportLab itself.
"""

from __future__ import annotations

import struct
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, TTFontFile
from reportlab.rl_config import unShapedFontGlob

_FAST_CMAPS = (4, 12)


class BundledFace(TTFontFace):  # type: ignore[misc]  # ReportLab has no type hints
    """A :class:`TTFontFace` whose character information is unpacked whole."""

    def __init__(self, filename: str) -> None:
        pdfmetrics.TypeFace.__init__(self, None)
        self._glyph_to_char: dict[int, list[int]] | None = None
        TTFontFile.__init__(self, filename, charInfo=0)
        if not _unpack_char_info(self):
            self.extractInfo(charInfo=1)

    # Glyph → characters, wanted only when text is shaped (never for Korean here): made
    # on first use, from the character map, as ReportLab makes it.
    @property
    def glyphToChar(self) -> dict[int, list[int]]:  # ReportLab's name
        if self._glyph_to_char is None:
            found: dict[int, list[int]] = {}
            for char, glyph in self._pairs:
                found.setdefault(glyph, []).append(char)
            self._glyph_to_char = found
        return self._glyph_to_char

    @glyphToChar.setter
    def glyphToChar(self, value: dict[int, list[int]]) -> None:
        self._glyph_to_char = value


class BundledFont(TTFont):  # type: ignore[misc]
    """ReportLab's :class:`TTFont` over a :class:`BundledFace`: what ``TTFont.__init__``
    sets, with the face read the fast way (a test holds the attributes equal to
    ReportLab's own, so a change in ReportLab shows)."""

    def __init__(self, name: str, filename: str) -> None:
        self.fontName = name
        self.face = BundledFace(filename)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[object, object] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)


def _table(face: Any, tag: str) -> bytes:
    entry = face.table[tag]
    start = entry["offset"]
    data: bytes = face._ttf_data[start : start + entry["length"]]
    return data


def _cmap_subtable(face: Any) -> tuple[bytes, int] | None:
    """The subtable ReportLab would choose (same order of preference) and its format."""
    cmap = _table(face, "cmap")
    version, count = struct.unpack_from(">HH", cmap, 0)
    if count == 0 and version != 0:
        count = version
    chosen: int | None = None
    enc = 0
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", cmap, 4 + 8 * n)
        if platform == 3:
            enc, chosen = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, chosen = 2, offset
        elif (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            enc, chosen = 1, offset
    if chosen is None:
        return None
    return cmap[chosen:], struct.unpack_from(">H", cmap, chosen)[0]


def _format_4(sub: bytes) -> list[tuple[int, int]]:
    length = struct.unpack_from(">H", sub, 2)[0]
    segments = struct.unpack_from(">H", sub, 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", sub, 14)
    starts = struct.unpack_from(f">{segments}H", sub, 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", sub, 16 + 4 * segments)
    ranges_at = 16 + 6 * segments
    ranges = struct.unpack_from(f">{segments}H", sub, ranges_at)
    words = (len(sub) - ranges_at) // 2
    ids = struct.unpack_from(f">{words}H", sub, ranges_at)  # ranges, then the glyph ids
    pairs: list[tuple[int, int]] = []
    for n in range(segments):
        start, end, delta, offset = starts[n], ends[n], deltas[n], ranges[n]
        if offset == 0:
            pairs.extend((c, (c + delta) & 0xFFFF) for c in range(start, end + 1))
            continue
        first = n + offset // 2 - start  # the word index of character 0's entry
        for c in range(start, end + 1):
            at = first + c
            if 2 * at + ranges_at >= length:  # past the subtable, as ReportLab reads it
                glyph = 0
            else:
                glyph = ids[at]
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            pairs.append((c, glyph))
    return pairs


def _format_12(sub: bytes) -> list[tuple[int, int]]:
    groups = struct.unpack_from(">L", sub, 12)[0]
    values = struct.unpack_from(f">{3 * groups}L", sub, 16)
    pairs: list[tuple[int, int]] = []
    for n in range(0, 3 * groups, 3):
        start, end, glyph = values[n], values[n + 1], values[n + 2]
        pairs.extend(zip(range(start, end + 1), range(glyph, glyph + end - start + 1), strict=True))
    return pairs


def _unpack_char_info(face: Any) -> bool:
    """Fill ``charToGlyph``, ``glyphToChar``, ``charWidths``, ``defaultWidth``,
    ``hmetrics`` and ``glyphPos`` as ReportLab's ``extractInfo`` does; False (nothing
    set) for a face of another form."""
    loca_format, glyph_format = struct.unpack_from(">hh", _table(face, "head"), 50)
    found = _cmap_subtable(face)
    if glyph_format != 0 or loca_format not in (0, 1) or found is None:
        return False
    sub, fmt = found
    if fmt not in _FAST_CMAPS:
        return False
    pairs = _format_4(sub) if fmt == 4 else _format_12(sub)
    glyphs = face.numGlyphs
    scale = face._pdfScale
    hmetrics, widths = _horizontal_metrics(face, glyphs, scale)
    char_to_glyph = dict(pairs)
    char_widths = {char: widths[glyph] for char, glyph in char_to_glyph.items() if glyph < glyphs}
    for space, other in ((0x20, 0xA0), (0xA0, 0x20)):  # each stands in for the other
        if space in char_to_glyph:
            char_to_glyph[other] = char_to_glyph[space]
            char_widths[other] = char_widths[space]
            break
    face.charToGlyph = char_to_glyph
    face._pairs = pairs  # for glyphToChar, made when first wanted
    face.charWidths = char_widths
    face.defaultWidth = widths[0]
    face.hmetrics = hmetrics
    face.glyphPos = _glyph_positions(face, glyphs, loca_format)
    return True


def _horizontal_metrics(
    face: Any, glyphs: int, scale: Any
) -> tuple[list[tuple[float, int]], list[float]]:
    """(advance, left side bearing) of every glyph, and its width in thousandths of the
    size. The advances given are kept in font units; the last one, repeated for the
    glyphs after them, ReportLab keeps scaled (so its subsets carry that value, and so
    do these) and takes as their width as it is."""
    given = struct.unpack_from(">H", _table(face, "hhea"), 34)[0]
    hmtx = _table(face, "hmtx")
    pairs = struct.unpack_from(f">{2 * given}H", hmtx, 0)
    advances = pairs[0::2]
    # ReportLab's own scaling, once per distinct advance (a few dozen in a Korean face).
    scaled = {advance: scale(advance) for advance in set(advances)}
    widths = [scaled[advance] for advance in advances]
    metrics: list[tuple[float, int]] = list(zip(advances, pairs[1::2], strict=True))
    if glyphs > given:
        last = scaled[advances[-1]]
        bearings = struct.unpack_from(f">{glyphs - given}H", hmtx, 4 * given)
        metrics += [(last, bearing) for bearing in bearings]
        widths += [last] * len(bearings)
    return metrics, widths


def _glyph_positions(face: Any, glyphs: int, loca_format: int) -> list[int]:
    """Where each glyph starts in the glyf table (and where the last one ends)."""
    loca = _table(face, "loca")
    if loca_format == 0:  # half the offset, in 16 bits
        return [half << 1 for half in struct.unpack_from(f">{glyphs + 1}H", loca, 0)]
    return list(struct.unpack_from(f">{glyphs + 1}L", loca, 0))
