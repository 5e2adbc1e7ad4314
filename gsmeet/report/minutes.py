"""The minutes (회의록): title, correction notice, and sections 1-4 (overview,
attendance, running order, agenda); :mod:`gsmeet.report.proceedings` has sections 5-9
and :mod:`gsmeet.report.annexes` the closing and the annexes."""

from __future__ import annotations

from gsmeet.domain.dates import format_date, format_time_range
from gsmeet.domain.records import MeetingRecord
from gsmeet.domain.sessions import title_is_name
from gsmeet.report.annexes import annexes, closing
from gsmeet.report.attendance import attendance
from gsmeet.report.context import Context, make_context
from gsmeet.report.document import (
    MM,
    Block,
    Cell,
    Column,
    Document,
    Gap,
    Para,
    Rich,
    Rule,
    Run,
)
from gsmeet.report.errata import errata
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.numbering import (
    agenda_numbers,
    children,
    meeting_when,
    top_level,
)
from gsmeet.report.proceedings import decisions, plan, proceedings, review, signoff


def render_minutes(
    record: MeetingRecord, out: Output, options: RenderOptions | None = None
) -> RenderReport:
    """Write the minutes of ``record`` as a PDF to ``out`` (a path or a binary stream)."""
    from gsmeet.report.pdf import write_pdf

    options = options or RenderOptions()
    return write_pdf(minutes_document(record, options), out, options.body_font)


def minutes_document(record: MeetingRecord, options: RenderOptions) -> Document:
    """The minutes of ``record``, for any format."""
    ctx = make_context(record, options)
    story, title, header = minutes_story(ctx)
    return ctx.document(story, title=title, header=header, draft=options.draft)


def minutes_story(ctx: Context) -> tuple[list[Block], str, str]:
    """The minutes as blocks, with the document's title and page header."""
    record = ctx.record
    title = ctx.w("title.minutes", meeting=ctx.meeting_name())
    story: list[Block] = [ctx.line(title, ctx.styles.title)]
    if record.meeting.title and not title_is_name(record.meeting):
        story += ctx.user(record.meeting.title, ctx.styles.subtitle, where="meeting title")
    else:
        story.append(Gap(4 * MM))
    version, changes = _version(ctx)
    story += correction_notice(ctx, version, changes)
    story += errata(ctx, version)
    story += overview(ctx)
    story += attendance(ctx)
    story += running_order(ctx)
    story += agenda(ctx)
    story += proceedings(ctx, 5)
    story += decisions(ctx, 6)
    story += review(ctx, 7)
    story += plan(ctx, 8)
    story += signoff(ctx, 9)
    story += closing(ctx)
    story += annexes(ctx)
    header = ctx.header("minutes")
    if version is not None and version >= 2:
        header += f" ({ctx.w('version', n=version)})"
    return story, title, header


def _version(ctx: Context) -> tuple[int | None, str]:
    """The version being printed and what it changed: as asked, else the latest issued."""
    if ctx.options.version is not None:
        return ctx.options.version, ctx.options.changes
    versions = ctx.record.minutes_versions
    if not versions:
        return None, ""
    return versions[-1].version, versions[-1].changes


def correction_notice(ctx: Context, version: int | None, changes: str) -> list[Block]:
    """A boxed "수정 사항" near the top of a corrected version (2 and later)."""
    if version is None or version < 2:
        return []
    styles = ctx.styles
    earlier = [v for v in ctx.record.minutes_versions if v.version == version - 1]
    heading = f"{ctx.w('changes')} ({ctx.w('version', n=version)})"
    lines: list[Block] = [Para(styles.notice, (Run(heading, bold=True),))]
    if earlier:
        issued = format_date(earlier[0].issued_at.date(), ctx.lang, weekday=False)
        lines.append(ctx.line(ctx.w("changes.intro", date=issued, n=version), styles.notice))
    if changes.strip():
        lines += ctx.user(changes, styles.notice, where="changes")
    if ctx.options.errata:
        lines.append(ctx.line(ctx.w("changes.errata"), styles.notice))
    # Rules above and below rather than a box: the text may be long and must split.
    return [
        Rule(space_after=2 * MM),
        *lines,
        Rule(space_before=2 * MM, space_after=3 * MM),
    ]


def overview(ctx: Context) -> list[Block]:
    record = ctx.record
    committee = record.committee
    names = ctx.names
    name = ctx.meeting_name()
    if record.meeting.title and not title_is_name(record.meeting):
        name += f" ({record.meeting.title})"
    rows: list[list[Cell]] = [
        [ctx.w("meeting"), names.text(name)],
        [ctx.w("host"), f"{committee.host_body} {committee.department}".strip()],
        [ctx.w("when"), meeting_when(record, ctx.lang)],
        [ctx.w("place"), names.text(record.meeting.place)],
        [ctx.w("chair"), names.speaker(record.chair) if record.chair else ""],
        [ctx.w("disclosure"), ctx.label(record.disclosure)],
    ]
    columns = (Column("", 30 * MM), Column("", 140 * MM))
    table = ctx.tables.grid(columns, rows, header=False, label_column=True, where="overview")
    return [ctx.section(1, "sec.overview"), table]


def running_order(ctx: Context) -> list[Block]:
    """The agenda as run, with the actual start and end of each step."""
    record, names = ctx.record, ctx.names
    numbers = agenda_numbers(record.agenda, ctx.lang)
    below = children(record.agenda)
    rows: list[list[Cell]] = []
    for position, item in enumerate(top_level(record.agenda), start=1):
        title = f"{numbers[item.id]} {item.title}" if item.id in numbers else item.title
        presenter = names.titled(item.presenter) if item.presenter else ""
        rows.append(
            [
                str(position),
                format_time_range(item.started_at, item.ended_at),
                names.text(title),
                presenter,
            ]
        )
        for child in below.get(item.id, []):
            who = names.titled(child.presenter) if child.presenter else ""
            rows.append(
                [
                    "",
                    format_time_range(child.started_at, child.ended_at),
                    names.text(f"- {child.title}"),
                    who,
                ]
            )
    story: list[Block] = [ctx.section(3, "sec.order")]
    if not rows:
        return [*story, ctx.line(ctx.w("none"), ctx.styles.body)]
    columns = (
        Column(ctx.w("no"), 12 * MM, "center"),
        Column(ctx.w("time"), 26 * MM, "center"),
        Column(ctx.w("item"), 88 * MM),
        Column(ctx.w("presenter"), 44 * MM, "center"),
    )
    return [*story, ctx.tables.grid(columns, rows, where="running order")]


def agenda(ctx: Context) -> list[Block]:
    """The items put to the meeting, numbered by kind (보고 제1호, 토의 제1호 ...)."""
    record, names = ctx.record, ctx.names
    numbers = agenda_numbers(record.agenda, ctx.lang)
    strategies = {s.id: s.name for s in record.strategies}
    rows: list[list[Cell]] = []
    for item in top_level(record.agenda):
        if item.id not in numbers:
            continue
        presenter = names.titled(item.presenter) if item.presenter else ""
        strategy = strategies.get(item.strategy_id or -1, "")
        rows.append(
            [
                Rich((Run(numbers[item.id]),)),
                names.text(item.title),
                names.text(strategy),
                presenter,
            ]
        )
    story: list[Block] = [ctx.section(4, "sec.agenda")]
    if not rows:
        return [*story, ctx.line(ctx.w("no_items"), ctx.styles.body)]
    columns = (
        Column(ctx.w("number"), 26 * MM, "center"),
        Column(ctx.w("agenda.title"), 72 * MM),
        Column(ctx.w("strategy"), 32 * MM, "center"),
        Column(ctx.w("presenter"), 40 * MM, "center"),
    )
    return [*story, ctx.tables.grid(columns, rows, where="agenda")]
