"""Section 2 of the minutes, 참석 현황, for sessions of every kind: the counts of the
body that meets (the whole committee, or one sub-committee) with the quorum verdict
where its kind has one; the members present and absent — or, for a large event, the
headcount in their place; officials sitting in (배석), guests (내빈) and the secretary.
Each person is listed once."""

from __future__ import annotations

from gsmeet.domain.dates import format_time
from gsmeet.domain.enums import AttendanceStatus, MeetingStatus, Role
from gsmeet.domain.records import AttendanceRecord, MeetingRecord
from gsmeet.report.context import Context, by_role
from gsmeet.report.document import MM, Block, Cell, Column, Heading
from gsmeet.report.numbering import item_mark

ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)
_WIDTHS = (26 * MM, 24 * MM, 56 * MM, 40 * MM, 24 * MM)
_HEADS = ("role", "name", "organisation", "position")


def sub_heading(ctx: Context, index: int, key: str) -> Heading:
    """``가. 참석자``: a second-level heading of fixed words."""
    return Heading(2, f"{item_mark(index, ctx.lang)} {ctx.w(key)}", bookmark=False)


def in_body(record: MeetingRecord, row: AttendanceRecord) -> bool:
    """Whether ``row`` is one of the members of the body that meets (the enrolled)."""
    role = row.person.role
    if role is None or not role.counts_for_quorum:
        return False
    body = record.meeting.subcommittee
    return not body or row.person.subcommittee == body


def counts_line(ctx: Context) -> str:
    """``재적 49명 / 출석 44명 / 불참 5명 — 정족수 충족(의사정족수 25명)``; 미확인 before a
    session is over; no verdict for a kind without quorum or a session not yet held;
    ``참석 인원 약 250명`` first where a headcount is given."""
    record, quorum = ctx.record, ctx.record.quorum
    text = ctx.w("counts", enrolled=quorum.enrolled, present=quorum.present, absent=quorum.absent)
    if quorum.unchecked:
        text += ctx.w("counts.unchecked", n=quorum.unchecked)
    held = record.meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)
    if quorum.applies and held:
        verdict = ctx.w("quorum.met" if quorum.met else "quorum.short")
        if quorum.required:
            space = "" if ctx.lang == "ko" else " "
            verdict += f"{space}({ctx.w('quorum.required', n=quorum.required)})"
        text = f"{text} — {verdict}"
    if record.headcount is not None:
        text = f"{ctx.w('headcount', n=record.headcount)} ({text})"
    return text


def _note(ctx: Context, row: AttendanceRecord) -> str:
    """비고: a proxy, or a late arrival."""
    if row.status is AttendanceStatus.PROXY:
        return ctx.w("proxy", name=ctx.names.proxy(row.proxy_name)) if row.proxy_name else ""
    started = ctx.record.started_at
    if row.arrived_at is not None and started is not None and row.arrived_at > started:
        return f"{format_time(row.arrived_at)} {ctx.w('arrived')}"
    return ""


def attendance(ctx: Context) -> list[Block]:
    record, styles, names = ctx.record, ctx.styles, ctx.names
    story: list[Block] = [
        ctx.section(2, "sec.attendance"),
        ctx.line(f"○ {counts_line(ctx)}", styles.item),
    ]
    rows = by_role(record.attendance)
    members = [r for r in rows if in_body(record, r)]
    present = [r for r in members if r.status in ATTENDING]
    absent = [r for r in members if r.status not in ATTENDING]
    if record.meeting.status in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED):
        absent = [r for r in absent if r.status is not AttendanceStatus.INVITED]
    others = [
        r
        for r in rows
        if r.status in ATTENDING and not in_body(record, r) and r.person.role is not Role.SECRETARY
    ]
    parts: list[tuple[str, list[Block]]] = []

    def role_of(row: AttendanceRecord) -> str:
        role = row.person.role
        return ctx.label(role) if role is not None else ctx.w("guest")

    def member_table(chosen: list[AttendanceRecord], last: str) -> list[Block]:
        if not chosen:
            return [ctx.line(ctx.w("none"), styles.body)]
        columns = [Column(ctx.w(h), w, "center") for h, w in zip(_HEADS, _WIDTHS, strict=False)]
        columns.append(Column(ctx.w(last), _WIDTHS[4], "center"))
        table_rows: list[list[Cell]] = [
            [
                role_of(r),
                names.name(r.person),
                r.person.organisation,
                r.person.position,
                _note(ctx, r) if last == "comment" else r.reason,
            ]
            for r in chosen
        ]
        return [ctx.tables.grid(columns, table_rows, where="attendance")]

    if record.headcount is None:  # a large event gives its headcount instead
        parts.append(("present", member_table(present, "comment")))
        parts.append(("absent", member_table(absent, "reason")))
    if others or record.headcount is None:
        parts.append(("observers", _people(ctx, [(names.name(r.person), r) for r in others])))
    if record.guests:
        guest_rows: list[list[Cell]] = [
            [names.text(g.name), names.text(g.organisation), names.text(g.position)]
            for g in record.guests
        ]
        parts.append(("guests", [_grid(ctx, guest_rows, "organisation", "guests")]))
    secretary = record.secretary or next(
        (r.person for r in rows if r.person.role is Role.SECRETARY), None
    )
    if secretary is not None:
        parts.append(("secretary", [ctx.line(names.speaker(secretary), styles.body)]))
    for index, (key, flowables) in enumerate(parts):
        story.append(sub_heading(ctx, index, key))
        story += flowables
    return story


def _people(ctx: Context, chosen: list[tuple[str, AttendanceRecord]]) -> list[Block]:
    """배석자: 성명 | 부서 | 직위 (officials sitting in, and anyone else present who is
    not a member of the body that meets)."""
    if not chosen:
        return [ctx.line(ctx.w("none"), ctx.styles.body)]
    rows: list[list[Cell]] = [
        [name, row.person.organisation, row.person.position] for name, row in chosen
    ]
    return [_grid(ctx, rows, "department", "observers")]


def _grid(ctx: Context, rows: list[list[Cell]], middle: str, where: str) -> Block:
    columns = (
        Column(ctx.w("name"), 30 * MM, "center"),
        Column(ctx.w(middle), 80 * MM, "center"),
        Column(ctx.w("position"), 60 * MM, "center"),
    )
    return ctx.tables.grid(columns, rows, where=where)
