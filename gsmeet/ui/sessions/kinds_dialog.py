"""Session ▸ Kinds of session: the committee's own list — each kind's name in Korean and
English, its numbering series (kinds that share one share one run of numbers; empty:
not numbered), whether a quorum applies, and whether it is still offered. New kinds are
added at the end (the seed's committee also holds 추진상황보고회 and 전략회의). OK writes
every change as one undoable edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gsmeet.ui.kit.form_dialog import FormDialog
from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from collections.abc import Callable

    from gsmeet.domain.kinds import KindInfo
    from gsmeet.services.kinds import KindsChange
    from gsmeet.services.store import Database

KO, EN, SERIES, QUORUM, RETIRED = range(5)


def load_kinds(committee_id: int) -> Callable[[Database], list[KindInfo]]:
    def job(store: Database) -> list[KindInfo]:
        from gsmeet.services.kinds import list_kinds

        return list_kinds(store, committee_id)

    return job


def apply(committee_id: int, edits: list[Any], added: list[Any]) -> Operation:
    def do(store: Database) -> KindsChange:
        from gsmeet.services.kinds import apply_kinds

        return apply_kinds(store, committee_id, edits, added)

    def undo(store: Database, change: KindsChange) -> None:
        from gsmeet.services.kinds import undo_kinds

        undo_kinds(store, change)

    def redo(store: Database, _nothing: None) -> KindsChange:
        return do(store)

    text = QCoreApplication.translate("kinds", "Change the kinds of session")
    return Operation(text, do, undo, redo, touched("gsmeet.services.kinds", "apply_kinds"))


class KindsDialog(FormDialog):
    def __init__(self, kinds: list[KindInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kinds of session"))
        self.kinds = kinds
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Korean name"),
                self.tr("English name"),
                self.tr("Numbering series"),
                self.tr("Quorum applies"),
                self.tr("Retired"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for kind in kinds:
            self._row(kind.name_ko, kind.name_en, kind.series, kind.quorum_applies, kind.retired)
        self.add_button = QPushButton(self.tr("&Add a kind"))
        self.add_button.clicked.connect(self.add_row)
        self.form.addRow(self.table)
        self.form.addRow("", self.add_button)
        self.table.setFocus()
        self.resize(720, 420)

    def _row(self, ko: str, en: str, series: str, quorum: bool, retired: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((KO, ko), (EN, en), (SERIES, series)):
            item = QTableWidgetItem(text)
            if column == SERIES and row < len(self.kinds):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # numbers given stay
                item.setToolTip(self.tr("Kept: the numbers already given run in it"))
            elif column == SERIES:
                item.setToolTip(
                    self.tr(
                        "Empty: numbered on its own; the series of another kind (main) to "
                        "share its numbers; - : not numbered"
                    )
                )
            self.table.setItem(row, column, item)
        for column, checked in ((QUORUM, quorum), (RETIRED, retired)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, item)
        return row

    def add_row(self) -> None:
        row = self._row("", "", "", False, False)
        self.table.setCurrentCell(row, KO)
        item = self.table.item(row, KO)
        if item is not None:
            self.table.editItem(item)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def values(self) -> dict[str, Any]:
        from gsmeet.domain.kinds import KindSpec
        from gsmeet.services.kinds import KindEdit

        edits, added = [], []
        for row, kind in enumerate(self.kinds):
            changed = KindEdit(
                kind.id,
                name_ko=self._text(row, KO) if self._text(row, KO) != kind.name_ko else None,
                name_en=self._text(row, EN) if self._text(row, EN) != kind.name_en else None,
                quorum_applies=(
                    self._checked(row, QUORUM)
                    if self._checked(row, QUORUM) != kind.quorum_applies
                    else None
                ),
                retired=(
                    self._checked(row, RETIRED)
                    if self._checked(row, RETIRED) != kind.retired
                    else None
                ),
            )
            if changed != KindEdit(kind.id):
                edits.append(changed)
        for row in range(len(self.kinds), self.table.rowCount()):
            if self._text(row, KO) or self._text(row, EN):
                added.append(
                    KindSpec(
                        code="",
                        name_ko=self._text(row, KO),
                        name_en=self._text(row, EN),
                        series=self._text(row, SERIES),
                        quorum_applies=self._checked(row, QUORUM),
                    )
                )
        return {"edits": edits, "added": added}
