"""The 기록 tab: remarks grouped by agenda item above; decisions, action items and the
review of earlier action items below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from gsmeet.domain.enums import HitKind
from gsmeet.domain.outline import outline
from gsmeet.ui.kit.views import fit_interactive_columns, read_only_table, select_and_show
from gsmeet.ui.sessions.record_models import (
    ActionModel,
    DecisionModel,
    RemarkModel,
    ReviewModel,
)

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import MeetingRecord

COLUMN_LIMIT = 220  # px; longer text wraps or is in the tooltip


class RecordsPanel(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remark_model = RemarkModel(lang, self)
        self.decision_model = DecisionModel(lang, self)
        self.action_model = ActionModel(lang, self)
        self.review_model = ReviewModel(lang, self)

        self.remark_view = read_only_table(
            self.remark_model,
            stretch=RemarkModel.TEXT,
            interactive=[RemarkModel.SPEAKER],
            name=self.tr("Remarks"),
            wrap=True,
        )
        self.decision_view = read_only_table(
            self.decision_model, stretch=1, interactive=[0], name=self.tr("Decisions"), wrap=True
        )
        self.action_view = read_only_table(
            self.action_model,
            stretch=4,
            interactive=[0, 1],
            name=self.tr("Action items"),
            wrap=True,
        )
        self.review_view = read_only_table(
            self.review_model,
            stretch=5,
            interactive=[1, 2],
            name=self.tr("Review of earlier action items"),
            wrap=True,
        )

        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.decision_view, "")
        self.lists.addTab(self.action_view, "")
        self.lists.addTab(self.review_view, "")
        self._count_tabs()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.remark_view)
        splitter.addWidget(self.lists)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_record(self, record: MeetingRecord) -> None:
        titles = {row.item.id: f"{row.number}. {row.item.title}" for row in outline(record.agenda)}
        self.remark_model.set_remarks(record.agenda, record.remarks)
        self.remark_view.clearSpans()
        for row in self.remark_model.heading_rows():
            self.remark_view.setSpan(row, 0, 1, self.remark_model.columnCount())
        self.remark_view.resizeColumnToContents(RemarkModel.TIME)
        fit_interactive_columns(self.remark_view, [RemarkModel.SPEAKER], COLUMN_LIMIT - 40)

        self.decision_model.set_decisions(record.decisions, titles)
        self.action_model.set_rows(record.actions)
        self.review_model.set_reviews(record.reviews)
        fit_interactive_columns(self.decision_view, [0], COLUMN_LIMIT)
        fit_interactive_columns(self.action_view, [0, 1], COLUMN_LIMIT + 60)
        fit_interactive_columns(self.review_view, [1, 2], COLUMN_LIMIT)
        self._count_tabs()

    def reveal(self, kind: HitKind, record_id: int) -> bool:
        """Select the remark, decision or action item ``record_id`` (a search hit);
        False when it is not shown."""
        if kind is HitKind.REMARK:
            rows = [r.remark.id if r.remark is not None else None for r in self.remark_model.rows]
            view = self.remark_view
        elif kind is HitKind.DECISION:
            self.lists.setCurrentIndex(0)
            rows, view = [r.id for r in self.decision_model.rows], self.decision_view
        elif kind is HitKind.ACTION:
            self.lists.setCurrentIndex(1)
            rows, view = [r.id for r in self.action_model.rows], self.action_view
        else:
            return False
        if record_id not in rows:
            return False
        select_and_show(view, rows.index(record_id))
        return True

    def _count_tabs(self) -> None:
        self.lists.setTabText(
            0, self.tr("Decisions ({count})").format(count=self.decision_model.rowCount())
        )
        self.lists.setTabText(
            1, self.tr("Action items ({count})").format(count=self.action_model.rowCount())
        )
        self.lists.setTabText(
            2,
            self.tr("Review of earlier action items ({count})").format(
                count=self.review_model.rowCount()
            ),
        )
