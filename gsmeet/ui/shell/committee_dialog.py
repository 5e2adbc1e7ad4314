"""A new committee, in one dialog: its name, host body and department (개최기관), its
secretary (간사), its quorum rules (개의: of the enrolled members; 의결: of those
present), its default disclosure class and its sub-committees. Tracks and strategies
are then added in the strategy register, members in the committee register or from a
roster."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from gsmeet.domain.enums import Disclosure, QuorumKind
from gsmeet.domain.labels import Lang, label
from gsmeet.domain.quorum import QuorumRule
from gsmeet.ui.kit.form_dialog import FormDialog

if TYPE_CHECKING:
    from gsmeet.domain.setup import CommitteeSpec


class RuleField(QWidget):
    """A quorum rule: its kind, and the share or count it names."""

    def __init__(self, names: dict[QuorumKind, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, name in names.items():
            self.kind.addItem(name, kind)
        self.numerator = QSpinBox()
        self.numerator.setRange(1, 99)
        self.denominator = QSpinBox()
        self.denominator.setRange(1, 99)
        self.numerator.setValue(2)
        self.denominator.setValue(3)
        self.count = QSpinBox()
        self.count.setRange(1, 9999)
        self.slash = QLabel("/")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.numerator, self.slash, self.denominator, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._show())
        self._show()

    def _show(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.numerator, self.slash, self.denominator):
            widget.setVisible(kind is QuorumKind.FRACTION)
        self.count.setVisible(kind is QuorumKind.COUNT)

    def rule(self, *, proxies: bool = True) -> QuorumRule:
        return QuorumRule(
            kind=self.kind.currentData(),
            numerator=self.numerator.value(),
            denominator=self.denominator.value(),
            count=self.count.value(),
            proxies_count=proxies,
        )


class CommitteeDialog(FormDialog):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("New committee"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 경산발전전략위원회"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 경산시"))
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("e.g. 미래전략과"))
        self.secretary = QLineEdit()
        self.opening = RuleField(
            {
                QuorumKind.MAJORITY: self.tr("a majority of the enrolled members"),
                QuorumKind.FRACTION: self.tr("at least this share of the enrolled"),
                QuorumKind.COUNT: self.tr("at least this many members"),
                QuorumKind.NONE: self.tr("no quorum (an advisory body)"),
            }
        )
        self.proxies = QCheckBox(self.tr("Proxies count as present"))
        self.proxies.setChecked(True)
        self.motions = RuleField(
            {
                QuorumKind.MAJORITY: self.tr("a majority of those present"),
                QuorumKind.FRACTION: self.tr("at least this share of those present"),
                QuorumKind.COUNT: self.tr("at least this many votes"),
                QuorumKind.NONE: self.tr("no vote is counted"),
            }
        )
        self.disclosure = QComboBox()
        for value in Disclosure:
            self.disclosure.addItem(label(value, lang), value)
        self.subcommittees = QPlainTextEdit()
        self.subcommittees.setPlaceholderText(self.tr("One sub-committee a line"))
        self.subcommittees.setTabChangesFocus(True)
        self.subcommittees.setFixedHeight(110)
        f = self.form
        f.addRow(self.tr("&Name"), self.name)
        f.addRow(self.tr("&Host body"), self.host)
        f.addRow(self.tr("&Department"), self.department)
        f.addRow(self.tr("&Secretary"), self.secretary)
        f.addRow(self.tr("Quorum to &open (개의)"), self.opening)
        f.addRow("", self.proxies)
        f.addRow(self.tr("Quorum for &motions (의결)"), self.motions)
        f.addRow(self.tr("D&isclosure of minutes"), self.disclosure)
        f.addRow(self.tr("S&ub-committees"), self.subcommittees)
        note = QLabel(
            self.tr(
                "Then add tracks and strategies in the strategy register, and members in "
                "the committee register or from a roster (File ▸ Import roster)."
            )
        )
        note.setWordWrap(True)
        f.addRow(note)
        for field in (self.name, self.host):
            field.textChanged.connect(lambda _t: self._update_ok())
        self._update_ok()
        self.name.setFocus()
        self.resize(600, self.sizeHint().height())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip() and self.host.text().strip()))

    def spec(self) -> CommitteeSpec:
        from gsmeet.domain.setup import CommitteeSpec

        subs = [line.strip() for line in self.subcommittees.toPlainText().splitlines()]
        return CommitteeSpec(
            name=self.name.text(),
            host_body=self.host.text(),
            department=self.department.text(),
            secretary=self.secretary.text(),
            subcommittees=tuple(sub for sub in subs if sub),
            quorum=self.opening.rule(proxies=self.proxies.isChecked()),
            decision=self.motions.rule(),
            default_disclosure=self.disclosure.currentData(),
        )

    def values(self) -> dict[str, Any]:
        return {"spec": self.spec()}
