"""Sections 5-9 of the minutes: proceedings (발언요지) by agenda item, decisions and
votes, review of earlier actions, the action plan, and the sign-off block."""

from __future__ import annotations

from collections import defaultdict

from gsmeet.domain.dates import format_time_range
from gsmeet.domain.enums import AgendaKind, VoteMode
from gsmeet.domain.records import (
    ActionRecord,
    AgendaItemRecord,
    DecisionRecord,
    PersonAtDate,
    RemarkRecord,
)
from gsmeet.domain.signoff import confirmed_by, confirmers
from gsmeet.report.context import Context
from gsmeet.report.document import MM, Block, Cell, Column, Heading, Keep, Rich, Run
from gsmeet.report.numbering import agenda_numbers, children, item_mark, short_date, top_level
from gsmeet.report.status import legend_line, strategy_table

# How an item's presenter is named: 보고 for a report, 발제 for a discussion, 제안설명
# for a motion.
_PRESENTER = {AgendaKind.DISCUSSION: "discussion_by", AgendaKind.DECISION: "motion_by"}

# Steps of the running order that appear in the proceedings only when something was said.
_ROUTINE = (AgendaKind.OPENING, AgendaKind.CLOSING, AgendaKind.OTHER)


def _remark(ctx: Context, remark: RemarkRecord) -> list[Block]:
    """``○ 성명 직위(소속): 요지``, the speaker in bold."""
    styles = ctx.styles
    if remark.speaker is not None:
        who = ctx.names.speaker(remark.speaker)
    else:
        who = ctx.w("unknown_speaker")
    prefix = (Run("○ "), Run(who, bold=True), Run(": "))
    return ctx.user(
        remark.text,
        styles.item,
        where=f"remark {remark.id}",
        prefix=prefix,
        more=styles.item_more,
        anchor=f"remark:{remark.id}",
    )


def _item_block(
    ctx: Context,
    item: AgendaItemRecord,
    mark: str,
    number: str,
    said: dict[int, list[RemarkRecord]],
) -> list[Block]:
    styles, names = ctx.styles, ctx.names
    title = " ".join(part for part in (mark, number, names.text(item.title)) if part)
    story: list[Block] = [Heading(2, title, where="agenda title", anchor=f"item:{item.id}")]
    facts = []
    if item.presenter is not None:
        key = _PRESENTER.get(item.kind, "presented_by") if number else "led_by"
        facts.append(ctx.w(key, who=names.titled(item.presenter)))
    times = format_time_range(item.started_at, item.ended_at)
    if times:
        facts.append(times)
    if facts:
        story.append(ctx.line(" · ".join(facts), styles.meta))
    strategy = next((s for s in ctx.record.strategies if s.id == item.strategy_id), None)
    if strategy is not None and item.kind is AgendaKind.BRIEFING:
        story += strategy_table(ctx, strategy, legend=False)
    remarks = said.get(item.id, [])
    for remark in remarks:
        story += _remark(ctx, remark)
    if not remarks and strategy is None:
        story.append(ctx.line(ctx.w("no_remarks"), styles.body))
    return story


def proceedings(ctx: Context, number: int) -> list[Block]:
    """Remarks grouped by agenda item; each briefing with its strategy's status table."""
    record = ctx.record
    said: dict[int, list[RemarkRecord]] = defaultdict(list)
    for remark in record.remarks:
        said[remark.agenda_item_id].append(remark)
    numbers = agenda_numbers(record.agenda, ctx.lang)
    below = children(record.agenda)
    story: list[Block] = [ctx.section(number, "sec.proceedings")]
    if any(item.kind is AgendaKind.BRIEFING and item.strategy_id for item in record.agenda):
        story.append(legend_line(ctx))  # once, for every status table below
    shown = 0
    for item in top_level(record.agenda):
        if item.kind in _ROUTINE and not said.get(item.id) and item.id not in numbers:
            continue
        mark = item_mark(shown, ctx.lang)
        shown += 1
        story += _item_block(ctx, item, mark, numbers.get(item.id, ""), said)
        for index, child in enumerate(below.get(item.id, []), start=1):
            story += _item_block(ctx, child, f"{index})", "", said)
    if shown == 0:
        story.append(ctx.line(ctx.w("no_remarks"), ctx.styles.body))
    return story


def vote_text(ctx: Context, decision: DecisionRecord) -> str:
    if decision.vote_mode is VoteMode.VOTE:
        return ctx.w(
            "votes",
            yes=decision.votes_for or 0,
            no=decision.votes_against or 0,
            abstain=decision.abstentions or 0,
        )
    return ctx.label(decision.vote_mode)


def decisions(ctx: Context, number: int) -> list[Block]:
    """Each decision with its vote: 찬성/반대/기권, 이의 없음 or 의견 수렴."""
    record, names = ctx.record, ctx.names
    story: list[Block] = [ctx.section(number, "sec.decisions")]
    if not record.decisions:
        return [*story, ctx.line(ctx.w("no_decisions"), ctx.styles.body)]
    numbers = agenda_numbers(record.agenda, ctx.lang)
    titles = {item.id: item.title for item in record.agenda}
    rows: list[list[Cell]] = []
    for index, decision in enumerate(record.decisions, start=1):
        item_id = decision.agenda_item_id
        related = numbers.get(item_id) or names.text(titles.get(item_id, ""))
        rows.append(
            [
                str(index),
                related,
                names.text(decision.text),
                Rich((Run(vote_text(ctx, decision)),)),
            ]
        )
    columns = (
        Column(ctx.w("seq"), 12 * MM, "center"),
        Column(ctx.w("related"), 26 * MM, "center"),
        Column(ctx.w("decision"), 92 * MM),
        Column(ctx.w("vote"), 40 * MM, "center"),
    )
    anchors = [f"decision:{d.id}" for d in record.decisions]
    return [*story, ctx.tables.grid(columns, rows, where="decisions", anchors=anchors)]


def review(ctx: Context, number: int) -> list[Block]:
    """The previous sessions' action items and what became of each."""
    names, lang = ctx.names, ctx.lang
    story: list[Block] = [ctx.section(number, "sec.review")]
    if not ctx.record.reviews:
        return [*story, ctx.line(ctx.w("no_reviews"), ctx.styles.body)]
    rows: list[list[Cell]] = []
    for entry in ctx.record.reviews:
        action = entry.action  # as this session found it: its due date before a re-date
        due = short_date(action.due_on, lang)
        if entry.new_due_on is not None and entry.new_due_on != action.due_on:
            due = f"{due}\n{ctx.w('new_due', date=short_date(entry.new_due_on, lang))}".strip()
        origin = ctx.origin(action)
        rows.append(
            [
                names.text(f"{action.title} ({origin})"),
                names.owner(action),
                due,
                ctx.label(entry.outcome),
                names.text(entry.comment),
            ]
        )
    columns = (
        Column(ctx.w("action"), 48 * MM),
        Column(ctx.w("owner"), 24 * MM, "center"),
        Column(ctx.w("due"), 24 * MM, "center"),
        Column(ctx.w("outcome"), 28 * MM, "center"),
        Column(ctx.w("comment"), 46 * MM),
    )
    anchors = [f"review:{entry.action.id}" for entry in ctx.record.reviews]
    return [*story, ctx.tables.grid(columns, rows, where="action review", anchors=anchors)]


def _task_and_work(ctx: Context, action: ActionRecord) -> tuple[str, str]:
    """과제 and 조치내용: the action's title and what is to be done; an action typed in
    one line (no detail) is the 조치내용 of the strategy or agenda item it came from."""
    if action.detail.strip():
        return action.title, action.detail
    strategy = next((s for s in ctx.record.strategies if s.id == action.strategy_id), None)
    item = next((i for i in ctx.record.agenda if i.id == action.agenda_item_id), None)
    subject = strategy.name if strategy else (item.title if item else "")
    return (subject, action.title) if subject else (action.title, action.title)


def plan(ctx: Context, number: int) -> list[Block]:
    """과제 | 조치내용 | 담당 | 기한 | 상태 for the actions decided at this meeting."""
    names, lang = ctx.names, ctx.lang
    story: list[Block] = [ctx.section(number, "sec.plan")]
    if not ctx.record.actions:
        return [*story, ctx.line(ctx.w("no_actions"), ctx.styles.body)]
    rows: list[list[Cell]] = []
    for a in ctx.record.actions:
        task, work = _task_and_work(ctx, a)
        rows.append(
            [
                names.text(task),
                names.text(work),
                names.owner(a),
                short_date(a.due_on, lang),
                ctx.label(a.status),
            ]
        )
    columns = (
        Column(ctx.w("action"), 46 * MM),
        Column(ctx.w("detail"), 56 * MM),
        Column(ctx.w("owner"), 26 * MM, "center"),
        Column(ctx.w("due"), 24 * MM, "center"),
        Column(ctx.w("status"), 18 * MM, "center"),
    )
    anchors = [f"action:{a.id}" for a in ctx.record.actions]
    return [*story, ctx.tables.grid(columns, rows, where="action plan", anchors=anchors)]


def _confirmed(ctx: Context, person: PersonAtDate | None) -> str:
    """When ``person`` confirmed the minutes (확인), else ``미확인``."""
    found = confirmed_by(ctx.record, person) if person is not None else None
    if found is None:
        return ctx.w("unconfirmed")
    return short_date(found.confirmed_on, ctx.lang)


def signoff(ctx: Context, number: int) -> list[Block]:
    """작성자 (the secretary) and 확인 (the chair, the co-chairs, or a 분과회의's chair)
    with the day each confirmed, and room to sign; 작성일."""
    styles, names = ctx.styles, ctx.names
    sign = Rich((Run(ctx.w("sign_here")),))
    rows: list[list[Cell]] = []
    secretary = ctx.record.secretary
    entries: list[tuple[str, PersonAtDate | None]] = [
        (ctx.w("confirmer"), p) for p in confirmers(ctx.record)
    ]
    for role, person in [(ctx.w("writer"), secretary), *(entries or [(ctx.w("confirmer"), None)])]:
        when = "" if role == ctx.w("writer") else _confirmed(ctx, person)
        if person is None:
            rows.append([role, None, None, when, sign])
            continue
        where = (
            f"{person.position}({person.organisation})" if person.organisation else person.position
        )
        rows.append([role, names.name(person), where, when, sign])
    columns = (
        Column(ctx.w("role"), 22 * MM, "center"),
        Column(ctx.w("name"), 30 * MM, "center"),
        Column(ctx.w("position"), 56 * MM, "center"),
        Column(ctx.w("confirmed_on"), 26 * MM, "center"),
        Column(ctx.w("signature"), 36 * MM, "right"),
    )
    table = ctx.tables.grid(columns, rows, where="sign-off", min_height=12 * MM)
    written = ctx.line(ctx.w("written_on", date=short_date(ctx.written_on, ctx.lang)), styles.body)
    return [Keep((ctx.section(number, "sec.signoff"), written, table))]
