"""Qt models over the parts of one meeting's record: agenda, attendance, remarks,
decisions, action items and reviews of earlier action items."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from gsmeet.domain.enums import ActionStatus, AttendanceStatus, VoteMode
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.outline import Entry, outline
from gsmeet.ui.kit.table_model import CENTER, LEFT, RIGHT, Column, Index, RowTableModel
from gsmeet.ui.kit.text import (
    DASH,
    clock,
    clock_range,
    day_text,
    elapsed_minutes,
    meeting_number,
    minutes,
    person_with_role,
)

if TYPE_CHECKING:
    from gsmeet.domain.records import (
        ActionRecord,
        ActionReviewRecord,
        AgendaItemRecord,
        AttendanceRecord,
        DecisionRecord,
        RemarkRecord,
    )


MUTED = QBrush(QColor("#6b7280"))
WARNING = QBrush(QColor("#b91c1c"))


AgendaRow = Entry["AgendaItemRecord"]  # an item with its outline number and depth


class AgendaModel(RowTableModel):
    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def actual(row: AgendaRow) -> str:
            span = clock_range(row.item.started_at, row.item.ended_at)
            took = elapsed_minutes(row.item.started_at, row.item.ended_at)
            return span if took is None else f"{span} ({minutes(took)})"

        def overran(row: AgendaRow) -> QBrush | None:
            took = elapsed_minutes(row.item.started_at, row.item.ended_at)
            return WARNING if took is not None and took > row.item.planned_minutes else None

        self.define_columns(
            [
                Column(self.tr("No."), lambda r: r.number, RIGHT),
                Column(self.tr("Kind"), lambda r: label(r.item.kind, lang)),
                Column(
                    self.tr("Title"),
                    lambda r: "    " * r.depth + r.item.title,
                    tooltip=True,
                ),
                Column(
                    self.tr("Presenter"),
                    lambda r: person_with_role(r.item.presenter, lang) if r.item.presenter else "",
                    tooltip=True,
                ),
                Column(self.tr("Planned"), lambda r: minutes(r.item.planned_minutes), RIGHT),
                Column(self.tr("Actual"), actual, foreground=overran),
            ]
        )

    def set_agenda(self, agenda: Sequence[AgendaItemRecord]) -> None:
        self.set_rows(outline(agenda))


class AttendanceModel(RowTableModel):
    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def role(row: AttendanceRecord) -> str:
            return label(row.person.role, lang) if row.person.role is not None else DASH

        def status(row: AttendanceRecord) -> str:
            text = label(row.status, lang)
            if row.status is AttendanceStatus.PROXY and row.proxy_name:
                return f"{text} ({row.proxy_name})"
            return text

        def away(row: AttendanceRecord) -> QBrush | None:
            return (
                MUTED if row.status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED) else None
            )

        self.define_columns(
            [
                Column(self.tr("Role"), role, foreground=away),
                Column(self.tr("Name"), lambda r: r.person.name, foreground=away),
                Column(
                    self.tr("Organisation"),
                    lambda r: r.person.organisation,
                    tooltip=True,
                    foreground=away,
                ),
                Column(
                    self.tr("Position"), lambda r: r.person.position, tooltip=True, foreground=away
                ),
                Column(self.tr("Attendance"), status, foreground=away),
                Column(self.tr("Arrived"), lambda r: clock(r.arrived_at), CENTER),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip=True, foreground=away),
            ]
        )


def _agenda_title(titles: Mapping[int, str], item_id: int | None) -> str:
    return DASH if item_id is None else titles.get(item_id, DASH)


class DecisionModel(RowTableModel):
    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: Mapping[int, str] = {}

        def outcome(row: DecisionRecord) -> str:
            if row.vote_mode is VoteMode.VOTE:
                return self.tr("For {yes} · against {no} · abstained {abstained}").format(
                    yes=row.votes_for or 0,
                    no=row.votes_against or 0,
                    abstained=row.abstentions or 0,
                )
            return label(row.vote_mode, lang)

        self.define_columns(
            [
                Column(
                    self.tr("Agenda item"),
                    lambda r: _agenda_title(self._titles, r.agenda_item_id),
                    tooltip=True,
                ),
                Column(self.tr("Decision"), lambda r: r.text, tooltip=True),
                Column(self.tr("Resolved by"), outcome),
            ]
        )

    def set_decisions(
        self, decisions: Sequence[DecisionRecord], agenda_titles: Mapping[int, str]
    ) -> None:
        self._titles = dict(agenda_titles)
        self.set_rows(decisions)


class ActionModel(RowTableModel):
    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def closed(row: ActionRecord) -> QBrush | None:
            return None if row.status.is_open else MUTED

        self.define_columns(
            [
                Column(self.tr("Action item"), lambda r: r.title, tooltip=True, foreground=closed),
                Column(self.tr("Owner"), owner_text, tooltip=True),
                Column(self.tr("Due"), lambda r: day_text(r.due_on, lang, weekday=False) or DASH),
                Column(
                    self.tr("Status"),
                    lambda r: label(r.status, lang),
                    bold=lambda r: r.status is ActionStatus.OPEN,
                ),
                Column(self.tr("Detail"), lambda r: r.detail, tooltip=True, foreground=closed),
            ]
        )


def owner_text(action: ActionRecord) -> str:
    """The owner; one who has left the committee is marked (해촉)."""
    owner = action.owner or DASH
    if action.owner_left:
        return QCoreApplication.translate("records", "{owner} (left)").format(owner=owner)
    return owner


class ReviewModel(RowTableModel):
    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.define_columns(
            [
                Column(
                    self.tr("From"),
                    lambda r: (
                        meeting_number(r.action.meeting_number)
                        or day_text(r.action.meeting_held_on, lang, weekday=False)
                    ),
                ),
                Column(self.tr("Action item"), lambda r: r.action.title, tooltip=True),
                Column(self.tr("Owner"), lambda r: owner_text(r.action), tooltip=True),
                Column(self.tr("Outcome"), lambda r: label(r.outcome, lang)),
                Column(
                    self.tr("New due date"),
                    lambda r: day_text(r.new_due_on, lang, weekday=False),
                ),
                Column(self.tr("Comment"), lambda r: r.comment, tooltip=True),
            ]
        )

    def set_reviews(self, reviews: Sequence[ActionReviewRecord]) -> None:
        self.set_rows(reviews)


class RemarkGroup(NamedTuple):
    number: str
    item: AgendaItemRecord
    remarks: tuple[RemarkRecord, ...]


class RemarkRow(NamedTuple):
    """Either the heading of an agenda item's remarks or one remark."""

    group: RemarkGroup | None
    remark: RemarkRecord | None


HEADING_BACKGROUND = QBrush(QColor("#e8eef7"))
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TOP_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


class RemarkModel(RowTableModel):
    """Remarks grouped under the agenda item they were made at, in agenda order: a
    heading row per agenda item (meant to span the row), then its remarks."""

    TIME, SPEAKER, TEXT = range(3)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def first(row: RemarkRow) -> str:
            if row.group is not None:
                return self.heading(row.group)
            return clock(row.remark.spoken_at) if row.remark is not None else ""

        def speaker(row: RemarkRow) -> str:
            return person_with_role(row.remark.speaker, lang) if row.remark is not None else ""

        def text(row: RemarkRow) -> str:
            return row.remark.text if row.remark is not None else ""

        self.define_columns(
            [
                Column(self.tr("Time"), first, TOP_CENTER),
                Column(self.tr("Speaker"), speaker, TOP_LEFT),
                Column(self.tr("Remark"), text, TOP_LEFT),
            ]
        )

    def heading(self, group: RemarkGroup) -> str:
        return self.tr("{number}. {title} ({count})").format(
            number=group.number, title=group.item.title, count=len(group.remarks)
        )

    def set_remarks(
        self, agenda: Sequence[AgendaItemRecord], remarks: Sequence[RemarkRecord]
    ) -> None:
        by_item: dict[int, list[RemarkRecord]] = {}
        for remark in remarks:
            by_item.setdefault(remark.agenda_item_id, []).append(remark)
        rows: list[RemarkRow] = []
        for agenda_row in outline(agenda):
            said = by_item.get(agenda_row.item.id)
            if said:
                rows.append(
                    RemarkRow(RemarkGroup(agenda_row.number, agenda_row.item, tuple(said)), None)
                )
                rows.extend(RemarkRow(None, remark) for remark in said)
        self.set_rows(rows)

    def heading_rows(self) -> list[int]:
        return [number for number, row in enumerate(self.rows) if row.group is not None]

    def remarks(self) -> list[RemarkRecord]:
        return [row.remark for row in self.rows if row.remark is not None]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self.rows) and self.rows[index.row()].group:
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADING_BACKGROUND
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(LEFT.value)  # the heading spans the row
        return super().data(index, role)
