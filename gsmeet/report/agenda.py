"""The agenda packet (회의자료), sent out before a session: overview, running order with
planned times, the items with their presenters, and the open actions to be reviewed."""

from __future__ import annotations

from collections.abc import Sequence

from gsmeet.domain.dates import format_time
from gsmeet.domain.records import ActionRecord, MeetingRecord
from gsmeet.report.context import Context, make_context
from gsmeet.report.document import MM, Block, Cell, Column, Document, Rich, Run
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.numbering import (
    agenda_numbers,
    children,
    meeting_when,
    planned_starts,
    short_date,
    top_level,
)


def render_agenda(
    record: MeetingRecord,
    out: Output,
    options: RenderOptions | None = None,
    open_actions: Sequence[ActionRecord] = (),
) -> RenderReport:
    """Write the agenda packet of ``record`` as a PDF to ``out``. ``open_actions``: the
    earlier meetings' actions still open, to be reviewed at this one."""
    from gsmeet.report.pdf import write_pdf

    options = options or RenderOptions(draft=False)
    return write_pdf(agenda_document(record, options, open_actions), out, options.body_font)


def agenda_document(
    record: MeetingRecord, options: RenderOptions, open_actions: Sequence[ActionRecord] = ()
) -> Document:
    ctx = make_context(record, options)
    title = ctx.w("title.agenda", meeting=ctx.meeting_name())
    story: list[Block] = [ctx.line(title, ctx.styles.title)]
    if record.meeting.title:
        story += ctx.user(record.meeting.title, ctx.styles.subtitle, where="meeting title")
    story += _overview(ctx)
    story += _order(ctx)
    story += _actions(ctx, open_actions)
    return ctx.document(story, title=title, header=ctx.header("doc.agenda"), draft=False)


def _overview(ctx: Context) -> list[Block]:
    record, names = ctx.record, ctx.names
    invited = sum(1 for row in record.attendance)
    rows: list[list[Cell]] = [
        [ctx.w("meeting"), ctx.meeting_name()],
        [ctx.w("when"), meeting_when(record, ctx.lang, planned=True)],
        [ctx.w("place"), names.text(record.meeting.place)],
        [ctx.w("chair"), names.speaker(record.chair) if record.chair else ""],
    ]
    if invited:
        rows.append([ctx.w("invited"), ctx.w("people", n=invited)])
    columns = (Column("", 30 * MM), Column("", 140 * MM))
    table = ctx.tables.grid(columns, rows, header=False, label_column=True, where="overview")
    return [ctx.section(1, "sec.overview"), table]


def _order(ctx: Context) -> list[Block]:
    """순서 | 예정 시각 | 안건 | 발표 | 소요: start times forecast from the planned minutes."""
    record, names = ctx.record, ctx.names
    numbers = agenda_numbers(record.agenda, ctx.lang)
    starts = planned_starts(record)
    below = children(record.agenda)
    strategies = {s.id: s.name for s in record.strategies}
    rows: list[list[Cell]] = []
    items = [(str(n), item) for n, item in enumerate(top_level(record.agenda), start=1)]
    for position, item in items:
        entries = [(position, item), *(("", child) for child in below.get(item.id, []))]
        for label, entry in entries:
            title = entry.title if label else f"- {entry.title}"
            if entry.id in numbers:
                title = f"{numbers[entry.id]} {title}"
            strategy = strategies.get(entry.strategy_id or -1)
            if strategy and strategy not in title:
                title += f" ({strategy})"
            rows.append(
                [
                    label,
                    format_time(starts.get(entry.id)),
                    names.text(title),
                    names.titled(entry.presenter) if entry.presenter else "",
                    Rich((Run(str(entry.planned_minutes)),)) if entry.planned_minutes else None,
                ]
            )
    story: list[Block] = [ctx.section(2, "sec.agenda")]
    if not rows:
        return [*story, ctx.line(ctx.w("no_items"), ctx.styles.body)]
    columns = (
        Column(ctx.w("no"), 12 * MM, "center"),
        Column(ctx.w("planned_time"), 20 * MM, "center"),
        Column(ctx.w("item"), 86 * MM),
        Column(ctx.w("presenter"), 40 * MM, "center"),
        Column(ctx.w("minutes_planned"), 12 * MM, "center"),
    )
    return [*story, ctx.tables.grid(columns, rows, where="agenda")]


def action_rows(ctx: Context, actions: Sequence[ActionRecord]) -> list[list[Cell]]:
    return [
        [
            ctx.origin(a),
            ctx.names.text(a.title),
            ctx.names.text(a.detail),
            ctx.owner(a),
            short_date(a.due_on, ctx.lang),
            ctx.label(a.status),
        ]
        for a in actions
    ]


def action_columns(ctx: Context) -> tuple[Column, ...]:
    return (
        Column(ctx.w("meeting_no"), 14 * MM, "center"),
        Column(ctx.w("action"), 42 * MM),
        Column(ctx.w("detail"), 46 * MM),
        Column(ctx.w("owner"), 24 * MM, "center"),
        Column(ctx.w("due"), 24 * MM, "center"),
        Column(ctx.w("status"), 20 * MM, "center"),
    )


def _actions(ctx: Context, actions: Sequence[ActionRecord]) -> list[Block]:
    story: list[Block] = [ctx.section(3, "open_actions")]
    if not actions:
        return [*story, ctx.line(ctx.w("no_open_actions"), ctx.styles.body)]
    table = ctx.tables.grid(action_columns(ctx), action_rows(ctx, actions), where="open actions")
    return [*story, table]
