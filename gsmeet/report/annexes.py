"""The end of the minutes: the ``붙임 ... 끝.`` line and the disclosure class, then the
annexes (strategy progress table, attendance sign-in sheet); and the sign-in table the
stand-alone sheet uses too."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.report.context import Context, by_role
from gsmeet.report.page import heading
from gsmeet.report.status import progress_table
from gsmeet.report.tables import Cell, Column, Markup
from gsmeet.report.text import escape

_ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def _annex_titles(ctx: Context) -> list[str]:
    titles = []
    if ctx.record.strategies:
        titles.append(ctx.w("annex.progress"))
    if ctx.record.attendance:
        titles.append(ctx.w("annex.signin"))
    return titles


def closing(ctx: Context) -> list[Flowable]:
    """``붙임  1. 전략별 추진현황 1부.`` ... ``끝.`` and ``공개 구분: 공개``."""
    styles = ctx.styles
    titles = _annex_titles(ctx)
    end = escape(ctx.w("end"))
    story: list[Flowable] = []
    if titles:
        lines = [escape(ctx.w("annex.copy", n=n, title=t)) for n, t in enumerate(titles, 1)]
        lines[-1] += f"&nbsp;&nbsp;{end}"  # two spaces before 끝., as official documents do
        body = styles.closing
        table = Table(
            [[Paragraph(escape(ctx.w("annex.line")), body), [Paragraph(x, body) for x in lines]]],
            colWidths=[16 * mm, None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize),  # not Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(end, styles.closing))
    disclosure = f"{ctx.w('disclosure')}: {ctx.label(ctx.record.disclosure)}"
    story.append(Paragraph(escape(disclosure), styles.closing))
    return [Spacer(1, 5 * mm), KeepTogether(story)]


def annexes(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = []
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
        story += [PageBreak(), heading(escape(text), ctx.styles.h1, text), *flowables]
    return story


def signin_table(ctx: Context, *, blank_rows: int = 0, roles: bool = False) -> list[Flowable]:
    """서명부: 연번 | (구분) | 소속 | 직위 | 성명 | 서명, one row per person invited.
    The minutes' copy (``roles`` False) marks who was absent; the sheet printed for the
    session (``roles`` True) leaves every signature box empty."""
    names = ctx.names
    rows: list[list[Cell]] = []
    absent = Markup(escape(ctx.w("absent_mark")))
    for index, row in enumerate(by_role(ctx.record.attendance), start=1):
        person = row.person
        signed: Cell = absent if not roles and row.status not in _ATTENDING else None
        role = ctx.label(person.role) if person.role is not None else ctx.w("guest")
        cells: list[Cell] = [str(index)]
        if roles:
            cells.append(role)
        cells += [person.organisation, person.position, names.name(person), signed]
        rows.append(cells)
    rows += [[None] * (6 if roles else 5) for _ in range(blank_rows)]
    if not rows:
        return []
    columns = [Column(ctx.w("seq"), 12 * mm, "center")]
    if roles:
        columns.append(Column(ctx.w("role"), 24 * mm, "center"))
    columns += [
        Column(ctx.w("organisation"), 52 * mm if not roles else 44 * mm, "center"),
        Column(ctx.w("position"), 40 * mm if not roles else 34 * mm, "center"),
        Column(ctx.w("name"), 28 * mm if not roles else 24 * mm, "center"),
        Column(ctx.w("signature"), 38 * mm if not roles else 32 * mm, "center"),
    ]
    height = 11 * mm if roles else 8 * mm
    return [ctx.tables.grid(columns, rows, where="sign-in sheet", min_height=height)]
