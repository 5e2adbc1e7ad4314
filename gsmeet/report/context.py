"""What every document builder shares: the record, fonts, styles, the text layer, the
table maker and the naming rules, with small helpers to turn text into flowables."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from gsmeet.domain.enums import Role
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.records import AttendanceRecord, MeetingRecord, PersonAtDate
from gsmeet.domain.sessions import session_name
from gsmeet.report.fonts import FontKit, bundled_fonts
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.naming import Names
from gsmeet.report.page import Heading, PageSetup, build_pdf, heading
from gsmeet.report.styles import FRAME_WIDTH, Styles, family_of, make_styles
from gsmeet.report.tables import TableMaker
from gsmeet.report.text import TextPrep, chars_per_line
from gsmeet.report.words import word

BODY_MAX_LINES = 40  # lines per Paragraph piece of a long text (see gsmeet.report.text)

# The order people are listed in: chairs first, then members, observers, guests, staff.
_ROLE_ORDER = {
    Role.CO_CHAIR: 0,
    Role.CHAIR: 1,
    Role.VICE_CHAIR: 2,
    Role.SUBCOMMITTEE_CHAIR: 3,
    Role.MEMBER: 4,
    Role.OBSERVER: 5,
    None: 6,
    Role.SECRETARY: 7,
}


def role_rank(person: PersonAtDate) -> int:
    return _ROLE_ORDER.get(person.role, 6)


def by_role(rows: Sequence[AttendanceRecord]) -> list[AttendanceRecord]:
    # sorted() is stable: within a role, the order the attendance was taken in.
    return sorted(rows, key=lambda row: role_rank(row.person))


def people_in(record: MeetingRecord) -> Iterator[PersonAtDate]:
    """Everyone the record names, for the masking rules of the public version."""
    yield from (row.person for row in record.attendance)
    for person in (record.chair, record.secretary):
        if person is not None:
            yield person
    yield from (item.presenter for item in record.agenda if item.presenter is not None)
    yield from (remark.speaker for remark in record.remarks if remark.speaker is not None)
    yield from (s.chair for s in record.strategies if s.chair is not None)


@dataclass(frozen=True, slots=True)
class Context:
    record: MeetingRecord
    options: RenderOptions
    fonts: FontKit
    styles: Styles
    prep: TextPrep
    tables: TableMaker
    names: Names

    @property
    def lang(self) -> Lang:
        return self.options.lang

    @property
    def written_on(self) -> date:
        return self.options.written_on or date.today()

    def w(self, key: str, **values: object) -> str:
        return word(key, self.lang, **values)

    def label(self, value: Any) -> str:
        return label(value, self.lang)

    def markup(self, text: str, style: ParagraphStyle, where: str = "") -> str:
        """Escaped markup of one short text (a name, a label) for ``style``."""
        return self.prep.markup(text, family_of(style), where)

    def line(self, text: str, style: ParagraphStyle, where: str = "") -> Paragraph:
        """A short text (fixed words with names or titles in it) as one paragraph."""
        return Paragraph(self.markup(text, style, where), style)

    def user(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        where: str = "",
        prefix: str = "",
        more: ParagraphStyle | None = None,
    ) -> list[Flowable]:
        """Text a user typed, of any length: masked when public, escaped, cut into
        pieces; ``prefix`` (markup) leads the first piece, ``more`` styles the rest."""
        width = FRAME_WIDTH - style.leftIndent
        pieces = self.prep.pieces(
            self.names.text(text),
            family_of(style),
            per_line=chars_per_line(width, style.fontSize),
            max_lines=BODY_MAX_LINES,
            where=where,
        )
        first = Paragraph(prefix + pieces[0], style)
        return [first, *(Paragraph(p, more or style) for p in pieces[1:])]

    def section(self, number: int | None, key: str) -> Heading:
        text = self.w(key) if number is None else f"{number}. {self.w(key)}"
        return heading(self.markup(text, self.styles.h1), self.styles.h1, text)

    def meeting_name(self) -> str:
        """``경산발전전략위원회 제2차 간담회``, ``경산발전전략위원회 착한나눔도시 분과 제2차
        분과회의``, ``경산발전전략위원회 출범식`` (plain text, not yet escaped)."""
        return session_name(self.record.meeting, self.lang, committee=self.record.committee.name)

    def number_label(self) -> str:
        """``제2차 간담회`` / ``2nd round-table meeting``, for the page header."""
        return session_name(self.record.meeting, self.lang)

    def header(self, key: str) -> str:
        """The page header's right side: ``제2차 간담회 회의록`` / ``Minutes: 2nd ...``."""
        if self.lang == "ko":
            return f"{self.number_label()} {self.w(key)}"
        return f"{self.w(key)}: {self.number_label()}"

    def finish(
        self, story: Sequence[Flowable], out: Output, *, title: str, header: str, draft: bool
    ) -> RenderReport:
        """Lay the story out on the house pages and write the PDF."""
        styles, prep = self.styles, self.prep
        meeting = self.record.meeting
        committee = prep.plain(self.record.committee.name, 60)
        subject = prep.plain(self.names.text(meeting.title) or self.meeting_name())
        setup = PageSetup(
            title=prep.plain(self.names.text(title)),
            subject=f"{subject} ({meeting.held_on.isoformat()})",
            author=committee,
            lang="ko-KR" if self.lang == "ko" else "en",
            header_left=Paragraph(self.markup(committee, styles.header), styles.header),
            header_right=Paragraph(self.markup(header, styles.header), styles.header_right),
            watermark=self.w("draft") if draft else None,
            fonts=self.fonts,
        )
        pages = build_pdf(story, setup, out)
        return RenderReport(pages=pages, replaced=prep.replaced)


def make_context(record: MeetingRecord, options: RenderOptions) -> Context:
    fonts = bundled_fonts()
    styles = make_styles(fonts, options.body_font)
    prep = TextPrep(fonts)
    return Context(
        record=record,
        options=options,
        fonts=fonts,
        styles=styles,
        prep=prep,
        tables=TableMaker(prep, styles),
        names=Names(people_in(record), public=options.public),
    )
