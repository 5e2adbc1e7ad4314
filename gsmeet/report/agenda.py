"""The agenda packet (회의자료), sent out before a session: overview, running order with
planned times, the items with their presenters, and the open actions to be reviewed."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from gsmeet.domain.dates import format_time
from gsmeet.domain.records import ActionRecord, MeetingRecord
from gsmeet.report.context import Context, make_context
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.numbering import (
    agenda_numbers,
    children,
    meeting_when,
    planned_starts,
    short_date,
    top_level,
)
from gsmeet.report.tables import Cell, Column, Markup
from gsmeet.report.text import escape


def render_agenda(
    record: MeetingRecord,
    out: Output,
    options: RenderOptions | None = None,
    open_actions: Sequence[ActionRecord] = (),
) -> RenderReport:
    """Write the agenda packet of ``record`` as a PDF to ``out``. ``open_actions``: the
    earlier meetings' actions still open, to be reviewed at this one."""
    ctx = make_context(record, options or RenderOptions(draft=False))
    title = ctx.w("title.agenda", meeting=ctx.meeting_name())
    story: list[Flowable] = [ctx.line(title, ctx.styles.title)]
    if record.meeting.title:
        story += ctx.user(record.meeting.title, ctx.styles.subtitle, where="meeting title")
    story += _overview(ctx)
    story += _order(ctx)
    story += _actions(ctx, open_actions)
    header = ctx.header("doc.agenda")
    return ctx.finish(story, out, title=title, header=header, draft=False)


def _overview(ctx: Context) -> list[Flowable]:
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
    columns = (Column("", 30 * mm), Column("", 140 * mm))
    table = ctx.tables.grid(columns, rows, header=False, label_column=True, where="overview")
    return [ctx.section(1, "sec.overview"), table]


def _order(ctx: Context) -> list[Flowable]:
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
                    Markup(escape(str(entry.planned_minutes))) if entry.planned_minutes else None,
                ]
            )
    story: list[Flowable] = [ctx.section(2, "sec.agenda")]
    if not rows:
        return [*story, ctx.line(ctx.w("no_items"), ctx.styles.body)]
    columns = (
        Column(ctx.w("no"), 12 * mm, "center"),
        Column(ctx.w("planned_time"), 20 * mm, "center"),
        Column(ctx.w("item"), 86 * mm),
        Column(ctx.w("presenter"), 40 * mm, "center"),
        Column(ctx.w("minutes_planned"), 12 * mm, "center"),
    )
    return [*story, ctx.tables.grid(columns, rows, where="agenda")]


def action_rows(ctx: Context, actions: Sequence[ActionRecord]) -> list[list[Cell]]:
    return [
        [
            ctx.w("from_meeting", n=a.meeting_number),
            ctx.names.text(a.title),
            ctx.names.text(a.detail),
            ctx.names.owner(a),
            short_date(a.due_on, ctx.lang),
            ctx.label(a.status),
        ]
        for a in actions
    ]


def action_columns(ctx: Context) -> tuple[Column, ...]:
    return (
        Column(ctx.w("meeting_no"), 14 * mm, "center"),
        Column(ctx.w("action"), 42 * mm),
        Column(ctx.w("detail"), 46 * mm),
        Column(ctx.w("owner"), 24 * mm, "center"),
        Column(ctx.w("due"), 24 * mm, "center"),
        Column(ctx.w("status"), 20 * mm, "center"),
    )


def _actions(ctx: Context, actions: Sequence[ActionRecord]) -> list[Flowable]:
    story: list[Flowable] = [ctx.section(3, "open_actions")]
    if not actions:
        return [*story, ctx.line(ctx.w("no_open_actions"), ctx.styles.body)]
    table = ctx.tables.grid(action_columns(ctx), action_rows(ctx, actions), where="open actions")
    return [*story, table]
