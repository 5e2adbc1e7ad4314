"""The errata (정오표) of a corrected version: 쪽·항목 | 정정 전 | 정정 후 | 사유, one row
per change since the version before (pages are that version's)."""

from __future__ import annotations

from gsmeet.domain.records import ErratumRecord
from gsmeet.report.context import Context
from gsmeet.report.document import MM, Block, Cell, Column, Heading


def _item(ctx: Context, erratum: ErratumRecord) -> str:
    record, target = ctx.record, erratum.target
    if target == "remark":
        remark = next((r for r in record.remarks if r.id == erratum.target_id), None)
        if remark is not None and remark.speaker is not None:
            return ctx.w("errata.remark", who=ctx.names.titled(remark.speaker))
        return ctx.w("errata.remark_plain")
    if target == "decision":
        ids = [d.id for d in record.decisions]
        if erratum.target_id in ids:
            return ctx.w("errata.decision", n=ids.index(erratum.target_id) + 1)
        return ctx.w("errata.decision_plain")
    return ctx.w(f"errata.{target}")


def errata(ctx: Context, version: int | None) -> list[Block]:
    found = ctx.options.errata
    if version is None or version < 2 or not found:
        return []
    names, none = ctx.names, ctx.w("errata.none")
    rows: list[list[Cell]] = []
    for erratum in found:
        where = _item(ctx, erratum)
        if erratum.page is not None:
            where = f"{ctx.w('errata.page', n=erratum.page)}\n{where}"
        reason = names.text(erratum.reason)
        if erratum.asked_by:
            asked = ctx.w("errata.asked", who=names.text(erratum.asked_by))
            reason = f"{reason}\n{asked}" if reason else asked
        rows.append(
            [
                where,
                names.text(erratum.before) or none,
                names.text(erratum.after) or none,
                reason or "-",
            ]
        )
    columns = (
        Column(ctx.w("errata.where"), 34 * MM, "center"),
        Column(ctx.w("errata.before"), 54 * MM),
        Column(ctx.w("errata.after"), 54 * MM),
        Column(ctx.w("errata.reason"), 28 * MM),
    )
    title = ctx.w("errata", version=ctx.w("version", n=version))
    return [Heading(1, title), ctx.tables.grid(columns, rows, where="errata")]
