"""The tracker's table: one row per action item; a click on a heading sorts by it (the
order of :func:`gsmeet.domain.tracker.in_order`: empty values last either way)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from gsmeet.domain.labels import Lang, label
from gsmeet.domain.sessions import session_name
from gsmeet.domain.tracker import SortBy, TrackedAction, in_order
from gsmeet.ui.kit.table_model import Column, RowTableModel
from gsmeet.ui.kit.text import DASH, day_text

WARNING = QBrush(QColor("#b91c1c"))
MUTED = QBrush(QColor("#6b7280"))


class TrackerModel(RowTableModel):
    STATUS, DUE, OWNER, SUBCOMMITTEE, TITLE, ORIGIN, ITEM, REVIEW = range(8)
    # What a click on each column's heading sorts by (an item: its session's order).
    SORTS: ClassVar[tuple[SortBy, ...]] = (
        SortBy.STATUS,
        SortBy.DUE,
        SortBy.OWNER,
        SortBy.SUBCOMMITTEE,
        SortBy.TITLE,
        SortBy.ORIGIN,
        SortBy.ORIGIN,
        SortBy.REVIEW,
    )

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.overdue_day = date.today()  # whose past due dates show in red
        self.sort_by = SortBy.DUE
        self.descending = False

        def closed(row: TrackedAction) -> QBrush | None:
            return None if row.is_open else MUTED

        def late(row: TrackedAction) -> QBrush | None:
            return WARNING if row.overdue_on(self.overdue_day) else closed(row)

        def owner(row: TrackedAction) -> str:
            name = row.action.owner or DASH
            return self.tr("{name} (has left)").format(name=name) if row.action.owner_left else name

        def owner_hint(row: TrackedAction) -> str:
            if row.action.owner_left:
                return self.tr(
                    "{name} has left the committee (해촉): give this action to someone else"
                ).format(name=row.action.owner)
            return row.action.owner

        def origin(row: TrackedAction) -> str:
            day = day_text(row.origin.held_on, lang, weekday=False)
            return f"{session_name(row.origin, lang)} · {day}"

        def item(row: TrackedAction) -> str:
            return f"{row.item_number}. {row.item_title}" if row.item_number else row.item_title

        def review(row: TrackedAction) -> str:
            last = row.last_review
            if last is None:
                return ""
            return f"{label(last.outcome, lang)} · {session_name(last.session, lang)}"

        def review_hint(row: TrackedAction) -> str:
            last = row.last_review
            return "" if last is None else last.comment

        self.define_columns(
            [
                Column(
                    self.tr("Status"),
                    lambda r: label(r.action.status, lang),
                    bold=lambda r: r.is_open,
                    foreground=closed,
                ),
                Column(
                    self.tr("Due"),
                    lambda r: day_text(r.action.due_on, lang, weekday=False) or DASH,
                    foreground=late,
                ),
                Column(
                    self.tr("Owner"),
                    owner,
                    hint=owner_hint,
                    foreground=lambda r: WARNING if r.action.owner_left else closed(r),
                    bold=lambda r: r.action.owner_left,
                ),
                Column(self.tr("Sub-committee"), lambda r: r.subcommittee, tooltip=True),
                Column(
                    self.tr("Action item"),
                    lambda r: r.action.title,
                    hint=lambda r: r.action.detail or r.action.title,
                    foreground=closed,
                ),
                Column(self.tr("Decided at"), origin, tooltip=True),
                Column(self.tr("Agenda item"), item, tooltip=True),
                Column(self.tr("Last review"), review, hint=review_hint),
            ]
        )

    def show(self, rows: Sequence[TrackedAction]) -> None:
        self.set_rows(in_order(rows, self.sort_by, descending=self.descending))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_by = self.SORTS[column] if 0 <= column < len(self.SORTS) else SortBy.DUE
        self.descending = order is Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._rows = tuple(in_order(self.rows, self.sort_by, descending=self.descending))
        self.layoutChanged.emit()
