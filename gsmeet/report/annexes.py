"""The end of the minutes: the ``붙임 ... 끝.`` line and the disclosure class, then the
annexes (strategy progress table, attendance sign-in sheet); and the sign-in table the
stand-alone sheet uses too."""

from __future__ import annotations

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.report.context import Context, by_role
from gsmeet.report.document import (
    MM,
    Block,
    Cell,
    Closing,
    Column,
    Gap,
    Heading,
    Keep,
    PageBreak,
    Rich,
    Run,
)
from gsmeet.report.status import progress_table

_ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def _annex_titles(ctx: Context) -> list[str]:
    titles = []
    if ctx.record.strategies:
        titles.append(ctx.w("annex.progress"))
    if ctx.record.attendance:
        titles.append(ctx.w("annex.signin"))
    return titles


def closing(ctx: Context) -> list[Block]:
    """``붙임  1. 전략별 추진현황 1부.`` ... ``끝.`` and ``공개 구분: 공개``."""
    styles = ctx.styles
    titles = _annex_titles(ctx)
    lines = tuple(ctx.w("annex.copy", n=n, title=t) for n, t in enumerate(titles, 1))
    disclosure = f"{ctx.w('disclosure')}: {ctx.label(ctx.record.disclosure)}"
    ending = Closing(ctx.w("annex.line"), lines, ctx.w("end"))
    return [Gap(5 * MM), Keep((ending, ctx.line(disclosure, styles.closing)))]


def annexes(ctx: Context) -> list[Block]:
    story: list[Block] = []
    number = 0
    for title, build in (
        (ctx.w("annex.progress"), progress_table),
        (ctx.w("annex.signin"), signin_table),
    ):
        flowables = build(ctx)
        if not flowables:
            continue
        number += 1
        text = f"{ctx.w('annex.heading', n=number)}  {title}"
        story += [PageBreak(), Heading(1, text), *flowables]
    return story


def signin_table(ctx: Context, *, blank_rows: int = 0, roles: bool = False) -> list[Block]:
    """서명부: 연번 | (구분) | 소속 | 직위 | 성명 | 서명, one row per person invited.
    The minutes' copy (``roles`` False) marks who was absent; the sheet printed for the
    session (``roles`` True) leaves every signature box empty."""
    names = ctx.names
    rows: list[list[Cell]] = []
    absent = Rich((Run(ctx.w("absent_mark")),))
    unchecked = Rich((Run(ctx.w("unchecked_mark")),))  # as the attendance counts say 미확인
    for index, row in enumerate(by_role(ctx.record.attendance), start=1):
        person = row.person
        signed: Cell = None
        if not roles and row.status not in _ATTENDING:
            signed = unchecked if row.status is AttendanceStatus.INVITED else absent
        role = ctx.label(person.role) if person.role is not None else ctx.w("guest")
        cells: list[Cell] = [str(index)]
        if roles:
            cells.append(role)
        cells += [person.organisation, person.position, names.name(person), signed]
        rows.append(cells)
    rows += [[None] * (6 if roles else 5) for _ in range(blank_rows)]
    if not rows:
        return []
    columns = [Column(ctx.w("seq"), 12 * MM, "center")]
    if roles:
        columns.append(Column(ctx.w("role"), 24 * MM, "center"))
    columns += [
        Column(ctx.w("organisation"), 52 * MM if not roles else 44 * MM, "center"),
        Column(ctx.w("position"), 40 * MM if not roles else 34 * MM, "center"),
        Column(ctx.w("name"), 28 * MM if not roles else 24 * MM, "center"),
        Column(ctx.w("signature"), 38 * MM if not roles else 32 * MM, "center"),
    ]
    height = 11 * MM if roles else 8 * MM
    return [ctx.tables.grid(columns, rows, where="sign-in sheet", min_height=height)]
