"""The attendance sign-in sheet (참석자 서명부) alone, printed for the session: it also
proves attendance for the members' allowances."""

from __future__ import annotations

from gsmeet.domain.records import MeetingRecord
from gsmeet.report.annexes import signin_table
from gsmeet.report.context import make_context
from gsmeet.report.document import Block, Document
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.numbering import meeting_when

BLANK_ROWS = 5  # for people who come without being on the list


def render_signin_sheet(
    record: MeetingRecord, out: Output, options: RenderOptions | None = None
) -> RenderReport:
    """Write the sign-in sheet of ``record`` as a PDF to ``out``."""
    from gsmeet.report.pdf import write_pdf

    options = options or RenderOptions(draft=False)
    return write_pdf(signin_document(record, options), out, options.body_font)


def signin_document(record: MeetingRecord, options: RenderOptions) -> Document:
    ctx = make_context(record, options)
    styles = ctx.styles
    title = ctx.w("title.signin", meeting=ctx.meeting_name())
    when = f"{ctx.w('when')}: {meeting_when(record, ctx.lang, planned=True)}"
    place = f"{ctx.w('place')}: {ctx.names.text(record.meeting.place)}"
    story: list[Block] = [
        ctx.line(title, styles.title),
        ctx.line(f"{when}    {place}", styles.subtitle, where="place"),
        *signin_table(ctx, blank_rows=BLANK_ROWS, roles=True),
    ]
    return ctx.document(story, title=title, header=ctx.header("annex.signin"), draft=False)
