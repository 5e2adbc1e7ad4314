"""A per-recipient packet for a sub-committee chair: the meeting in brief, the actions of
their strategy (decided now, reviewed now, still open from before), and the strategy's
status table with what changed marked."""

from __future__ import annotations

from collections.abc import Sequence

from gsmeet.domain.enums import Thing
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.records import ActionRecord, MeetingRecord, StrategyRecord
from gsmeet.report.agenda import action_columns, action_rows
from gsmeet.report.context import Context, make_context
from gsmeet.report.document import MM, Block, Cell, Column, Document
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.numbering import meeting_when, short_date
from gsmeet.report.status import strategy_table


def render_packet(
    record: MeetingRecord,
    strategy_id: int,
    out: Output,
    options: RenderOptions | None = None,
    open_actions: Sequence[ActionRecord] = (),
) -> RenderReport:
    """Write the packet for the chair of strategy ``strategy_id`` as a PDF to ``out``.
    ``open_actions``: earlier meetings' open actions (those of other strategies are
    left out here)."""
    from gsmeet.report.pdf import write_pdf

    options = options or RenderOptions(draft=False)
    document = packet_document(record, strategy_id, options, open_actions)
    return write_pdf(document, out, options.body_font)


def packet_document(
    record: MeetingRecord,
    strategy_id: int,
    options: RenderOptions,
    open_actions: Sequence[ActionRecord] = (),
) -> Document:
    strategy = next((s for s in record.strategies if s.id == strategy_id), None)
    if strategy is None:
        raise NoSuchRecord(what=Thing.STRATEGY, id=strategy_id)
    ctx = make_context(record, options)
    styles, names = ctx.styles, ctx.names
    title = ctx.w("title.packet", meeting=ctx.meeting_name(), strategy=strategy.name)
    story: list[Block] = [ctx.line(title, styles.title)]
    if strategy.chair is not None:
        recipient = names.titled(strategy.chair)
        if strategy.subcommittee:
            recipient += f" ({strategy.subcommittee})"
        story.append(ctx.line(ctx.w("packet.for", who=recipient), styles.subtitle))
    story += _overview(ctx)
    story += _actions(ctx, strategy, open_actions)
    story += [ctx.section(3, "packet.status"), *strategy_table(ctx, strategy)]
    return ctx.document(story, title=title, header=ctx.header("doc.packet"), draft=False)


def _overview(ctx: Context) -> list[Block]:
    record = ctx.record
    rows: list[list[Cell]] = [
        [ctx.w("meeting"), ctx.meeting_name()],
        [ctx.w("when"), meeting_when(record, ctx.lang)],
        [ctx.w("place"), ctx.names.text(record.meeting.place)],
    ]
    columns = (Column("", 30 * MM), Column("", 140 * MM))
    table = ctx.tables.grid(columns, rows, header=False, label_column=True, where="overview")
    return [ctx.section(1, "sec.overview"), table]


def _actions(
    ctx: Context, strategy: StrategyRecord, open_actions: Sequence[ActionRecord]
) -> list[Block]:
    record = ctx.record
    mine = [a for a in record.actions if a.strategy_id == strategy.id]
    known = {a.id for a in mine}
    reviewed = [r for r in record.reviews if r.action.strategy_id == strategy.id]
    known |= {r.action.id for r in reviewed}
    mine += [a for a in open_actions if a.strategy_id == strategy.id and a.id not in known]
    story: list[Block] = [ctx.section(2, "packet.actions")]
    if mine:
        story.append(ctx.tables.grid(action_columns(ctx), action_rows(ctx, mine), where="actions"))
    else:
        story.append(ctx.line(ctx.w("no_actions"), ctx.styles.body))
    if reviewed:
        rows: list[list[Cell]] = [
            [
                ctx.names.text(r.action.title),
                ctx.names.owner(r.action),
                short_date(r.new_due_on or r.action.due_on, ctx.lang),
                ctx.label(r.outcome),
                ctx.names.text(r.comment),
            ]
            for r in reviewed
        ]
        columns = (
            Column(ctx.w("action"), 48 * MM),
            Column(ctx.w("owner"), 24 * MM, "center"),
            Column(ctx.w("due"), 24 * MM, "center"),
            Column(ctx.w("outcome"), 28 * MM, "center"),
            Column(ctx.w("comment"), 46 * MM),
        )
        story.append(ctx.line(ctx.w("packet.reviewed"), ctx.styles.h2))
        story.append(ctx.tables.grid(columns, rows, where="reviews"))
    return story
