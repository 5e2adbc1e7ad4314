"""User text made safe for ReportLab's ``Paragraph`` and fit for its layout.

``Paragraph`` parses an XML-like markup, so anything a user typed is escaped here and
never becomes a tag (no image fetch, no ``<font color=...>`` evaluation: the
CVE-2023-33733 class). Control and format characters are dropped, newlines become
``<br/>``, and every remaining character is checked against the font's character map: a
missing one is drawn from another bundled face or a system fallback, or printed as
``〓``, and reported - never left to become an empty box.

Huge texts are cut into pieces before they reach ReportLab: one Paragraph holding a
200,000-character word or 10,000 lines takes minutes to lay out (it is re-wrapped at every
page break), while the same text in pieces of a few dozen lines takes a second.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from gsmeet.report.fonts import FontKit, fallback_face

if TYPE_CHECKING:
    from gsmeet.report.document import Run

REPLACEMENT_MARK = "〓"  # U+3013 GETA MARK: the typesetter's sign for a missing glyph

# Line and paragraph separators of every kind become one newline; a tab is a space.
_NEWLINES = str.maketrans(
    {
        "\r": "\n",
        "\v": "\n",
        "\f": "\n",
        "\x1c": "\n",
        "\x1d": "\n",
        "\x1e": "\n",
        "\x85": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\t": " ",
    }
)


# Variation selectors: printable by Python's rule, but nothing to print on their own.
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


@functools.lru_cache(maxsize=65536)
def _dropped(char: str) -> bool:
    """Characters with nothing to print: controls (NUL...), format characters (zero-width
    joiners, bidi marks, BOM), lone surrogates, variation selectors, noncharacters."""
    if char == "\n":
        return False
    if unicodedata.category(char) in ("Cc", "Cf", "Cs"):
        return True
    code = ord(char)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True
    return (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF


# Scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their
# presentation forms). ReportLab lays text out left to right in the order it is stored.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff"
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL} ]*[{_RTL}])?")
_HAS_RTL = re.compile(f"[{_RTL}]")


def visual_order(text: str) -> str:
    """Each run of right-to-left script reversed (keeping combining marks after their
    letter), so that it reads right to left on paper and text extraction, which reverses
    such runs back, returns it as typed. A simple stand-in for the Unicode bidi algorithm:
    no Arabic joining forms, and a run broken over two lines reads from the wrong line."""

    def reverse(match: re.Match[str]) -> str:
        clusters: list[str] = []
        for char in match.group():
            if clusters and unicodedata.combining(char):
                clusters[-1] += char
            else:
                clusters.append(char)
        return "".join(reversed(clusters))

    return _RTL_RUN.sub(reverse, text)


def escape(text: str) -> str:
    """Escape the three characters Paragraph markup gives meaning to."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"


def chars_per_line(width: float, font_size: float) -> int:
    """A safe guess of how many characters fit a line: Hangul and Hanja are about one
    em wide; Latin is narrower, so the guess errs towards more lines."""
    return max(1, int(width / font_size * 0.85))


def split_text(text: str, per_line: int, max_lines: int) -> list[str]:
    """Cut ``text`` into pieces of at most about ``max_lines`` printed lines each, at
    line ends where possible, else at a space, else anywhere (a 200,000-letter word)."""
    budget = per_line * max_lines
    if len(text) <= budget and text.count("\n") < max_lines // 2:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for whole_line in text.split("\n"):
        line = whole_line
        cost = max(1, -(-len(line) // per_line))
        if cost > max_lines:
            if current:
                pieces.append("\n".join(current))
            *full, line = _cut_line(line, budget)
            pieces.extend(full)
            current, used = [], 0
            cost = max(1, -(-len(line) // per_line))
        elif current and used + cost > max_lines:
            pieces.append("\n".join(current))
            current, used = [], 0
        current.append(line)
        used += cost
    pieces.append("\n".join(current))
    return pieces


def _cut_line(line: str, size: int) -> list[str]:
    out: list[str] = []
    start = 0
    while len(line) - start > size:
        end = start + size
        space = line.rfind(" ", start + size * 3 // 4, end)
        cut = space + 1 if space > start else end
        out.append(line[start:cut])
        start = cut
    out.append(line[start:])
    return out


class TextPrep:
    """Turns user text into Paragraph markup for one document, and remembers every
    character it had to draw from a fallback font or replace."""

    def __init__(self, fonts: FontKit) -> None:
        self._fonts = fonts
        self._substitutes: dict[tuple[str, str], str] = {}
        self._replaced: dict[str, str] = {}

    @property
    def replaced(self) -> tuple[tuple[str, str], ...]:
        return tuple(self._replaced.items())

    def clean(self, text: str) -> str:
        """Newlines normalised; characters with nothing to print removed."""
        if text.isprintable() and not _SELECTORS.search(text):
            return text  # the usual case, checked in C: no control, format or line break
        text = text.replace("\r\n", "\n").translate(_NEWLINES)
        dropped = [char for char in set(text) if _dropped(char)]
        if dropped:
            text = text.translate(dict.fromkeys(map(ord, dropped)))
        return text

    def plain(self, text: str, limit: int = 200) -> str:
        """One clean line of text, e.g. for a bookmark or the document properties."""
        line = " ".join(self.clean(text).split())
        return line if len(line) <= limit else line[: limit - 1] + "…"

    def markup(self, text: str, family: str, where: str = "") -> str:
        """Escaped markup for text to be set in ``family`` ("gothic" or "myeongjo")."""
        return self._markup(self.clean(text), family, where)

    def runs_markup(self, runs: Iterable[Run], family: str, where: str = "") -> str:
        """Escaped markup of short runs of text, the bold ones in ``<b>``."""
        parts = []
        for run in runs:
            markup = self.markup(run.text, family, where)
            parts.append(f"<b>{markup}</b>" if run.bold and markup else markup)
        return "".join(parts)

    def drawable(self, text: str, family: str) -> bool:
        """Whether clean ``text`` can be drawn as it is, as a plain string in ``family``:
        one line, every character in the font, no right-to-left run to reorder."""
        return (
            "\n" not in text
            and not set(text).difference(self._fonts.face(family).covers)
            and not _HAS_RTL.search(text)
        )

    def pieces(
        self, text: str, family: str, *, per_line: int, max_lines: int, where: str = ""
    ) -> list[str]:
        """Markup for ``text`` cut into pieces of at most about ``max_lines`` lines."""
        parts = split_text(self.clean(text), per_line, max_lines)
        return [self._markup(part, family, where) for part in parts]

    def _markup(self, text: str, family: str, where: str) -> str:
        if _HAS_RTL.search(text):
            text = visual_order(text)
        face = self._fonts.face(family)
        missing = set(text).difference(face.covers)
        missing.discard("\n")
        escaped = escape(text)
        if missing:
            table = {ord(char): self._substitute(char, family, where) for char in missing}
            escaped = escaped.translate(table)
        return escaped.replace("\n", "<br/>")

    def _substitute(self, char: str, family: str, where: str) -> str:
        key = (char, family)
        known = self._substitutes.get(key)
        if known is not None:
            return known
        # An exotic space the font lacks: any space will do.
        result = " " if char.isspace() else self._draw_elsewhere(char, family, where)
        self._substitutes[key] = result
        return result

    def _draw_elsewhere(self, char: str, family: str, where: str) -> str:
        for other in self._fonts.others(family):
            if char in other.covers:
                return f'<font name="{other.regular}">{escape(char)}</font>'
        context = f" in {where}" if where else ""
        fallback = fallback_face()
        if fallback is not None and char in fallback.covers:
            self._replaced.setdefault(
                char, f"{describe(char)}{context}: drawn from the fallback font {fallback.label}"
            )
            return f'<font name="{fallback.regular}">{escape(char)}</font>'
        self._replaced.setdefault(
            char, f"{describe(char)}{context}: no font has it; printed as {REPLACEMENT_MARK}"
        )
        return REPLACEMENT_MARK
