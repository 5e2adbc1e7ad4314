"""The strategy register on paper: one strategy's status table (in a briefing and in a
sub-committee packet) and the progress table of all strategies (annex 1 of the minutes).

What changed since the previous session is marked ``▲`` and shaded: a task whose status
changed (with ``변경: 계획→추진중``) and an achievement new since then.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from gsmeet.domain.records import AchievementRecord, StrategyRecord, TaskRecord
from gsmeet.report.context import Context
from gsmeet.report.document import MM, Block, Cell, Column, Para, Rich, Run
from gsmeet.report.numbering import achievement_date, short_date

NEW = "▲"


def is_new(ctx: Context, achievement: AchievementRecord) -> bool:
    record = ctx.record
    if achievement.meeting_id is not None and achievement.meeting_id == record.meeting.id:
        return True
    previous = record.previous
    return previous is not None and achievement.occurred_on > previous.held_on


def _achievements_text(ctx: Context, items: Sequence[AchievementRecord]) -> str:
    lines = []
    for a in items:
        text = ", ".join(part for part in (a.text, a.figure) if part)
        mark = f"{NEW} " if is_new(ctx, a) else ""
        lines.append(f"{mark}{text} ({achievement_date(a, ctx.lang)})")
    return ctx.names.text("\n".join(lines))


def _status_cell(ctx: Context, task: TaskRecord) -> Rich:
    status = ctx.label(task.status)
    if task.previous_status is None:
        return Rich((Run(status),))
    change = ctx.w("changed", old=ctx.label(task.previous_status), new=ctx.label(task.status))
    return Rich((Run(f"{NEW} {status}", bold=True), Run(f"\n({change})")))


def _titled(ctx: Context, task: TaskRecord) -> str:
    """The task, and under it the note typed with its change of status, if any."""
    if not task.change_note:
        return task.title
    return f"{task.title}\n{ctx.w('change_note', note=task.change_note)}"


def _by_task(
    strategy: StrategyRecord,
) -> tuple[dict[int, list[AchievementRecord]], list[AchievementRecord]]:
    per_task: dict[int, list[AchievementRecord]] = defaultdict(list)
    general: list[AchievementRecord] = []
    for a in strategy.achievements:
        (per_task[a.task_id] if a.task_id is not None else general).append(a)
    return per_task, general


def legend_line(ctx: Context) -> Para:
    previous = ctx.record.previous
    if previous is None:
        text = ctx.w("legend.here")
    else:
        text = ctx.w("legend.since", date=short_date(previous.held_on, ctx.lang))
    return ctx.line(text, ctx.styles.note)


def strategy_table(ctx: Context, strategy: StrategyRecord, *, legend: bool = True) -> list[Block]:
    """Tasks of one strategy: 세부과제 | 상태 | 담당 | 기한 | 진척 | 성과(일자)."""
    per_task, general = _by_task(strategy)
    columns = (
        Column(ctx.w("task"), 42 * MM),
        Column(ctx.w("status"), 24 * MM, "center"),
        Column(ctx.w("owner"), 23 * MM, "center"),
        Column(ctx.w("due"), 23 * MM, "center"),
        Column(ctx.w("progress"), 13 * MM, "center"),
        Column(ctx.w("achievements"), 45 * MM),
    )
    rows: list[list[Cell]] = []
    marked: set[int] = set()
    for task in strategy.tasks:
        found = per_task.get(task.id, [])
        if task.previous_status is not None or any(is_new(ctx, a) for a in found):
            marked.add(len(rows))
        rows.append(
            [
                ctx.names.text(_titled(ctx, task)),
                _status_cell(ctx, task),
                ctx.names.text(task.owner),
                short_date(task.target_date, ctx.lang),
                f"{task.progress}%",
                _achievements_text(ctx, found),
            ]
        )
    if general:
        if any(is_new(ctx, a) for a in general):
            marked.add(len(rows))
        rows.append(
            [ctx.w("other_achievements"), None, None, None, None, _achievements_text(ctx, general)]
        )
    if not rows:
        return []
    where = f"strategy {strategy.number}"
    table = ctx.tables.grid(columns, rows, where=where, highlight=frozenset(marked))
    return [table, legend_line(ctx)] if legend else [table]


def progress_table(ctx: Context) -> list[Block]:
    """All strategies: 트랙 | 전략 | 세부과제 | 상태 | 성과(일자) (annex 1)."""
    columns = (
        Column(ctx.w("track"), 26 * MM, "center"),
        Column(ctx.w("strategy"), 30 * MM, "center"),
        Column(ctx.w("task"), 50 * MM),
        Column(ctx.w("status"), 24 * MM, "center"),
        Column(ctx.w("achievements"), 40 * MM),
    )
    rows: list[list[Cell]] = []
    marked: set[int] = set()
    spans: list[tuple[int, int, int]] = []
    last_track: int | None = None
    track_start = 0
    for strategy in ctx.record.strategies:
        per_task, general = _by_task(strategy)
        entries: list[tuple[str, Cell, list[AchievementRecord], bool]] = [
            (
                ctx.names.text(_titled(ctx, task)),
                _status_cell(ctx, task),
                per_task.get(task.id, []),
                task.previous_status is not None,
            )
            for task in strategy.tasks
        ]
        if general or not entries:
            entries.append((ctx.w("other_achievements"), None, general, False))
        if strategy.track_id != last_track:
            if rows:
                spans.append((0, track_start, len(rows) - 1))
            track_start, last_track = len(rows), strategy.track_id
        spans.append((1, len(rows), len(rows) + len(entries) - 1))
        for index, (title, status, found, changed) in enumerate(entries):
            if changed or any(is_new(ctx, a) for a in found):
                marked.add(len(rows))
            # Track and strategy are printed once, on the first row of their group.
            track = ctx.names.text(strategy.track_name) if len(rows) == track_start else ""
            name = ctx.names.text(f"{strategy.number}. {strategy.name}") if index == 0 else ""
            rows.append([track, name, title, status, _achievements_text(ctx, found)])
    if not rows:
        return []
    spans.append((0, track_start, len(rows) - 1))
    table = ctx.tables.grid(
        columns,
        rows,
        where="strategy register",
        highlight=frozenset(marked),
        spans=spans,
        highlight_from=2,
    )
    return [table, legend_line(ctx)]
