"""The members table: one row per :class:`MemberRow`, and the filter the search box,
the role and sub-committee choices and the "former members" toggle apply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from gsmeet.domain.dates import RANGE_SEP, format_date
from gsmeet.domain.enums import Role
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.search import matches
from gsmeet.ui.kit.table_model import CENTER, Column, RowTableModel
from gsmeet.ui.kit.text import DASH

if TYPE_CHECKING:
    from gsmeet.domain.register import MemberRow

FORMER = QBrush(QColor("#6b7280"))
EXPIRING = QBrush(QColor("#c2410c"))


@dataclass(frozen=True, slots=True)
class MemberFilter:
    query: str = ""
    role: Role | None = None
    subcommittee_id: int | None = None  # -1: members of no sub-committee
    former: bool = False  # show members who left or whose term is over

    def keeps(self, row: MemberRow) -> bool:
        if not row.active and not self.former:
            return False
        if self.role is not None and row.role != self.role:
            return False
        if self.subcommittee_id is not None and (row.subcommittee_id or -1) != (
            self.subcommittee_id
        ):
            return False
        return matches(self.query, row.name, row.organisation, row.position, row.subcommittee)


class MemberModel(RowTableModel):
    NAME, ORGANISATION, POSITION, ROLE, SUBCOMMITTEE, TERM, CONTACT, ALLOWANCE = range(8)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.session_day: date | None = None  # the next planned session, terms are checked to

        def day(value: date | None) -> str:
            return "" if value is None else format_date(value, lang, weekday=False, short=True)

        def term(row: MemberRow) -> str:
            end = row.left_on or row.term_end
            return f"{day(row.term_start)} {RANGE_SEP} {day(end)}".rstrip()

        def muted(row: MemberRow) -> QBrush | None:
            return None if row.active else FORMER

        def term_colour(row: MemberRow) -> QBrush | None:
            if row.active and row.term_expiring:
                return EXPIRING
            return muted(row)

        def contact(row: MemberRow) -> str:
            return " · ".join(part for part in (row.phone, row.email) if part)

        self.define_columns(
            [
                Column(self.tr("Name"), lambda r: r.name, foreground=muted, hint=self.status),
                Column(
                    self.tr("Organisation"),
                    lambda r: r.organisation,
                    tooltip=True,
                    foreground=muted,
                ),
                Column(self.tr("Position"), lambda r: r.position, tooltip=True, foreground=muted),
                Column(self.tr("Role"), lambda r: label(r.role, lang), foreground=muted),
                Column(
                    self.tr("Sub-committee"),
                    lambda r: r.subcommittee or DASH,
                    tooltip=True,
                    foreground=muted,
                ),
                Column(
                    self.tr("Term"),
                    term,
                    foreground=term_colour,
                    hint=self.status,
                    bold=lambda r: r.active and r.term_expiring,
                ),
                Column(self.tr("Contact"), contact, tooltip=True, foreground=muted),
                Column(
                    self.tr("Allowance"),
                    lambda r: "○" if r.allowance else DASH,
                    CENTER,
                    foreground=muted,
                ),
            ]
        )

    def status(self, row: MemberRow) -> str:
        """Why a row is marked: the member left, the term is over, or it ends before
        the next session."""
        lang = self._lang
        if row.left_on is not None and not row.active:
            text = self.tr("Left the committee on {day}").format(day=format_date(row.left_on, lang))
            return f"{text}: {row.left_reason}" if row.left_reason else text
        if row.left_on is not None:
            return self.tr("Leaves the committee on {day}").format(
                day=format_date(row.left_on, lang)
            )
        if not row.active and row.term_end is not None:
            return self.tr("The term ended on {day}").format(day=format_date(row.term_end, lang))
        if row.term_expiring and row.term_end is not None:
            session = self.session_day
            return self.tr("The term ends on {day}, before the session of {session}").format(
                day=format_date(row.term_end, lang),
                session=format_date(session, lang) if session else DASH,
            )
        return ""

    def set_members(self, rows: Sequence[MemberRow]) -> None:
        self.set_rows(rows)

    def row_of(self, membership_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.membership_id == membership_id:
                return number
        return None

    def person_row(self, person_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.person_id == person_id:
                return number
        return None
