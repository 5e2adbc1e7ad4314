"""Fonts: the bundled Korean TrueType faces (the Nanum fonts, slimmed and renamed:
resources/fonts/FONTLOG.txt), registered with ReportLab once per process,
their character maps, and an optional system fallback for what they lack.

ReportLab embeds TrueType fonts as subsets, so every PDF carries its glyphs and looks the
same in any viewer. A character outside every map would print as an empty box; the text
layer (:mod:`gsmeet.report.text`) checks each one against these maps first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from gsmeet.report.ttf import BundledFont
from gsmeet.resources import font_file

# (family key, regular file, bold file, name shown in reports)
_BUNDLED = (
    ("gothic", "GsmeetGothic.ttf", "GsmeetGothicBold.ttf", "GsmeetGothic"),
    ("myeongjo", "GsmeetMyeongjo.ttf", "GsmeetMyeongjoBold.ttf", "GsmeetMyeongjo"),
)

# System fonts that may cover what Nanum lacks (symbols, emoji in outline form, Latin
# with diacritics, Hebrew, Arabic). Only free-to-embed TrueType (glyf) fonts: ReportLab
# cannot subset CFF/.ttc collections. Tried in order, loaded only when first needed.
_FALLBACK_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",  # Fedora
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
    "/Library/Fonts/Arial Unicode.ttf",  # macOS with Office
    "C:/Windows/Fonts/seguisym.ttf",  # Windows: Segoe UI Symbol
    "C:/Windows/Fonts/arial.ttf",
)


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font family: the names ReportLab knows it by and what it covers."""

    regular: str
    bold: str
    label: str
    covers: frozenset[str]  # characters with a real glyph in both weights


@dataclass(frozen=True, slots=True)
class FontKit:
    gothic: Face
    myeongjo: Face

    def face(self, family: str) -> Face:
        return self.myeongjo if family == "myeongjo" else self.gothic

    def others(self, family: str) -> tuple[Face, ...]:
        """The other bundled faces, for characters ``family`` lacks (Myeongjo has no
        Hanja or accented Latin; Gothic has them)."""
        return (self.gothic,) if family == "myeongjo" else (self.myeongjo,)


def _covered(font: TTFont) -> set[str]:
    # Glyph 0 is .notdef, the empty box: a code point mapped to it is not covered.
    return {chr(code) for code, glyph in font.face.charToGlyph.items() if glyph}


def _register(name: str, path: Path, *, bundled: bool = False) -> TTFont:
    """``path`` registered as ``name``: a bundled face read the fast way
    (:mod:`gsmeet.report.ttf`), any other by ReportLab itself."""
    font = BundledFont(name, str(path)) if bundled else TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


def _family(regular: str, bold: str) -> None:
    # <b> inside a Paragraph finds the bold face through this family mapping.
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, mended for characters beyond U+FFFF.

    ReportLab writes every code point as ``<%04X>``, so U+1F600 becomes ``<1F600>``: an
    odd-length hex string that viewers read as U+1F60, and copying an emoji from the PDF
    pastes a Greek letter. The PDF format wants UTF-16BE there (a surrogate pair).
    """
    entries = [
        f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@functools.cache
def bundled_fonts() -> FontKit:
    """Register the bundled faces (once per process) and return them."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    faces: dict[str, Face] = {}
    for key, regular_file, bold_file, label in _BUNDLED:
        regular = _register(label, font_file(regular_file), bundled=True)
        bold = _register(f"{label}Bold", font_file(bold_file), bundled=True)
        _family(label, f"{label}Bold")
        covers = frozenset(_covered(regular) & _covered(bold))
        faces[key] = Face(regular=label, bold=f"{label}Bold", label=label, covers=covers)
    return FontKit(gothic=faces["gothic"], myeongjo=faces["myeongjo"])


@functools.cache
def fallback_face() -> Face | None:
    """The first usable system fallback font, registered; None when there is none.

    Fonts that cannot be read or forbid embedding (ReportLab checks the licence bits)
    are skipped: a missing character is then printed as a visible marker instead.
    """
    for candidate in _FALLBACK_CANDIDATES:
        path = Path(candidate)
        if not path.is_file():
            continue
        name = f"Fallback-{path.stem}"
        try:
            font = _register(name, path)
        except Exception:  # a foreign font file can fail in many ways; try the next one
            continue
        # One weight only: a bold fallback might lack what the regular one has.
        _family(name, name)
        return Face(regular=name, bold=name, label=path.stem, covers=frozenset(_covered(font)))
    return None
