"""What the Minutes dialog shows of the minutes as a record: the issued versions (with
their dates, what each changed, their SHA-256 and whether the file is kept), who has
confirmed the draft, and the corrections waiting for the next version."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.labels import Lang
from gsmeet.domain.records import CorrectionRecord, MeetingRecord
from gsmeet.domain.signoff import confirmed_by, confirmers
from gsmeet.ui.kit.text import clock, day_text


class RecordPanel(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.versions = QTableWidget(0, 4)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Issued"), self.tr("What it changed"), self.tr("File")]
        )
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.versions.setMaximumHeight(120)
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        self.corrections = QLabel()
        self.corrections.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.versions)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.corrections)

    def show_record(self, record: MeetingRecord, pending: Sequence[CorrectionRecord]) -> None:
        versions = record.minutes_versions
        self.versions.setVisible(bool(versions))
        self.versions.setRowCount(len(versions))
        for row, version in enumerate(versions):
            when = f"{day_text(version.issued_at.date(), self.lang)} {clock(version.issued_at)}"
            kept = (
                self.tr("kept · SHA-256 {sha}…").format(sha=version.sha256[:12])
                if version.kept
                else self.tr("not kept (issued before gsmeet kept files)")
            )
            cells = (
                self.tr("Version {n}").format(n=version.version),
                when,
                version.changes or ("—" if version.version == 1 else ""),
                kept,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(version.sha256 if column == 3 else text)
                self.versions.setItem(row, column, item)
        self.versions.resizeColumnsToContents()
        self.confirmation.setText(self._confirmation(record))
        self.corrections.setVisible(bool(pending))
        self.corrections.setText(
            self.tr("{n} correction(s) recorded for the next version: {items}").format(
                n=len(pending),
                items="; ".join(self._correction(c) for c in pending),
            )
        )

    def _confirmation(self, record: MeetingRecord) -> str:
        people = confirmers(record)
        if not people:
            return self.tr("Confirmation: the session has no chair to confirm it")
        parts = []
        for person in people:
            found = confirmed_by(record, person)
            if found is not None:
                parts.append(
                    self.tr("{name}: confirmed {day}").format(
                        name=person.name, day=day_text(found.confirmed_on, self.lang)
                    )
                )
            elif any(c.person_id == person.id and c.stale for c in record.confirmations):
                parts.append(self.tr("{name}: changed since confirmed").format(name=person.name))
            else:
                parts.append(self.tr("{name}: not confirmed").format(name=person.name))
        return self.tr("Confirmation: {people}").format(people=" · ".join(parts))

    def _correction(self, correction: CorrectionRecord) -> str:
        text = " ".join(correction.after.split())
        short = text if len(text) <= 30 else text[:29] + "…"
        if correction.changes_meaning and not correction.confirmed_by:
            return self.tr("'{text}' (meaning changed, not yet confirmed)").format(text=short)
        return f"'{short}'"
