"""The committee register page: the members table with its search and filters, the
term-expiry warning, and the buttons (and keys) that add, edit and deactivate members
and import a roster. Every edit can be undone (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.edits import Seen
from gsmeet.domain.enums import Role
from gsmeet.domain.labels import label
from gsmeet.ui.kit.text import day_text, meeting_name
from gsmeet.ui.kit.views import fit_interactive_columns, read_only_table
from gsmeet.ui.register import ops
from gsmeet.ui.register.model import MemberFilter, MemberModel

if TYPE_CHECKING:
    from gsmeet.domain.register import MemberRow
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.register.member_dialog import DeactivateDialog, MemberDialog, RenewDialog

WARNING_STYLE = "color: #c2410c; font-weight: bold;"


class RegisterPage(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self.members: tuple[MemberRow, ...] = ()
        self.subcommittees: tuple[tuple[int, str], ...] = ()
        self.loaded_for: int | None = None  # committee id of the data on screen
        self._pending = False
        self._again = False
        self._fitted = False
        self._select_person: int | None = None
        self.dialog: MemberDialog | DeactivateDialog | RenewDialog | None = None

        self.model = MemberModel(self.lang, self)
        self.view = read_only_table(
            self.model,
            stretch=MemberModel.CONTACT,
            interactive=[MemberModel.ORGANISATION, MemberModel.POSITION],
            name=self.tr("Members"),
        )
        # Columns are fitted to their contents when the data arrives, not kept fitted:
        # measuring every cell again at each keystroke of the search would cost more
        # than the search itself.
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(60)
        for column in range(self.model.columnCount()):
            if column != MemberModel.CONTACT:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.edit_member())

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, organisations… (ㄱㅌㅎ finds 김태형)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.textChanged.connect(lambda _text: self.apply_filter())
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role.addItem(label(role, self.lang), role)
        self.role.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.subcommittee = QComboBox()
        self.subcommittee.setAccessibleName(self.tr("Sub-committee"))
        self.subcommittee.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.former = QCheckBox(self.tr("Show f&ormer members"))
        self.former.toggled.connect(lambda _on: self.apply_filter())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.renew_button = QPushButton(self.tr("Re&new terms…"))
        self.renew_button.setToolTip(self.tr("연임: renew every serving member's term"))
        self.renew_button.clicked.connect(self.renew_terms)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.deactivate_button.clicked.connect(self.deactivate_member)
        for button, tip in (
            (self.add_button, self.tr("Add a member (Insert)")),
            (self.edit_button, self.tr("Edit the selected member (Enter)")),
            (self.deactivate_button, self.tr("해촉: the member leaves the committee")),
        ):
            button.setToolTip(tip)
        self._key(QKeySequence(Qt.Key.Key_Insert), self.add_member)
        self._key(QKeySequence(Qt.Key.Key_Return), self.edit_member)
        self._key(QKeySequence(Qt.Key.Key_Enter), self.edit_member)
        self._key(QKeySequence(Qt.Key.Key_F2), self.edit_member)

        self.count = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.role, 1)
        filters.addWidget(self.subcommittee, 2)
        filters.addWidget(self.former)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (
            self.add_button,
            self.edit_button,
            self.deactivate_button,
            self.renew_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(filters)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.search)
        self._update_buttons()

        context.committee_changed.connect(self.reload)
        context.meetings_changed.connect(self.reload)
        context.members_changed.connect(self.reload)

    def _key(self, keys: QKeySequence, slot: Any) -> None:
        action = QAction(self.view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)

    # -- data ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the register again (coalesced: one read in flight at a time)."""
        committee = self.context.committee
        if committee is None:
            self.members = ()
            self.loaded_for = None
            self.apply_filter()
            return
        if self._pending:
            self._again = True  # the read in flight may miss the latest edit
            return
        self._pending = True
        on, session = self.context.register_days()
        job = ops.load_register(committee.id, on, session.held_on if session else None)

        def loaded(data: ops.RegisterData) -> None:
            self._pending = False
            self.show_data(committee.id, data)
            self._reload_again()

        def failed(message: str) -> None:
            self._pending = False
            self.context.message.emit(message)
            self._reload_again()

        self.context.run(job, loaded, failed)

    def _reload_again(self) -> None:
        if self._again:
            self._again = False
            self.reload()

    def show_data(self, committee_id: int, data: ops.RegisterData) -> None:
        if self.loaded_for != committee_id:
            self._fitted = False
        self.loaded_for = committee_id
        self.members = data.members
        if data.subcommittees != self.subcommittees:
            self.subcommittees = data.subcommittees
            wanted = self.subcommittee.currentData()
            self.subcommittee.blockSignals(True)
            self.subcommittee.clear()
            self.subcommittee.addItem(self.tr("All sub-committees"), None)
            for sub_id, name in data.subcommittees:
                self.subcommittee.addItem(name, sub_id)
            self.subcommittee.addItem(self.tr("No sub-committee"), -1)
            self.subcommittee.setCurrentIndex(max(self.subcommittee.findData(wanted), 0))
            self.subcommittee.blockSignals(False)
        self.apply_filter()
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            columns = [c for c in range(self.model.columnCount()) if c != MemberModel.CONTACT]
            fit_interactive_columns(self.view, columns, 240)

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            query=self.search.text(),
            role=Role(self.role.currentData()) if self.role.currentData() else None,
            subcommittee_id=self.subcommittee.currentData(),
            former=self.former.isChecked(),
        )

    def apply_filter(self) -> None:
        keep = self.current_filter()
        current = self.current_member()
        wanted = self._select_person or (current.person_id if current else None)
        self._select_person = None
        _day, session = self.context.register_days()
        self.model.session_day = session.held_on if session else None
        rows = [row for row in self.members if keep.keeps(row)]
        self.model.set_members(rows)
        active = sum(1 for row in self.members if row.active)
        on, _session = self.context.register_days()
        text = self.tr("{shown} shown · {active} in office on {day}").format(
            shown=len(rows), active=active, day=day_text(on, self.lang)
        )
        if session is not None:
            text += " · " + self.tr("terms checked against {session} ({day})").format(
                session=meeting_name(session, self.lang), day=day_text(session.held_on, self.lang)
            )
        self.count.setText(text)
        expiring = [row for row in self.members if row.active and row.term_expiring]
        if session is not None and expiring:
            self.warning.setText(
                self.tr("{names}: the term ends before {session} ({day})").format(
                    names=", ".join(row.name for row in expiring),
                    session=meeting_name(session, self.lang),
                    day=day_text(session.held_on, self.lang),
                )
            )
        self.warning.setVisible(bool(expiring) and session is not None)
        row = self.model.person_row(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def current_member(self) -> MemberRow | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        row: MemberRow = self.model.row_at(index.row())
        return row

    def _update_buttons(self) -> None:
        row = self.current_member()
        has_committee = self.context.committee is not None
        self.add_button.setEnabled(has_committee)
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.left_on is None)

    # -- edits --------------------------------------------------------------------

    def _with_subcommittees(self, then: Callable[[ops.Subcommittees], None]) -> None:
        """Every sub-committee a member can join (read first: the table knows only
        those that have members)."""
        committee = self.context.committee
        if committee is None:
            return
        on, _session = self.context.register_days()
        self.context.run(ops.load_subcommittees(committee.id, on, self.members), then)

    def add_member(self) -> None:
        committee = self.context.committee
        if committee is None:
            return
        on, _session = self.context.register_days()

        def open_dialog(subcommittees: ops.Subcommittees) -> None:
            from gsmeet.ui.register.member_dialog import MemberDialog

            dialog = MemberDialog(self.lang, subcommittees, on, parent=self)

            def submitted(fields: dict[str, Any]) -> None:
                def done(row: MemberRow) -> None:
                    self._select_person = row.person_id
                    dialog.accept()

                self.context.history.perform(
                    ops.add_member(committee.id, fields), on_done=done, on_error=dialog.show_error
                )

            dialog.submitted.connect(submitted)
            self._open(dialog)

        self._with_subcommittees(open_dialog)

    def edit_member(self) -> None:
        row = self.current_member()
        if row is None:
            return
        on, _session = self.context.register_days()

        def open_dialog(subcommittees: ops.Subcommittees) -> None:
            from gsmeet.ui.register.member_dialog import MemberDialog

            dialog = MemberDialog(self.lang, subcommittees, on, row, parent=self)

            def submitted(fields: dict[str, Any]) -> None:
                # Made on the row as the page shows it now: after a refusal (someone
                # changed it meanwhile) the page shows theirs, and the dialog keeps
                # what was typed, to be applied again on it.
                self._select_person = row.person_id
                self.context.history.perform(
                    ops.update_member(row.membership_id, row.name, fields),
                    on_done=lambda _update: dialog.accept(),
                    on_error=dialog.show_error,
                    seen=self.seen_of(row.membership_id),
                )

            dialog.submitted.connect(submitted)
            self._open(dialog)

        self._with_subcommittees(open_dialog)

    def deactivate_member(self) -> None:
        from gsmeet.ui.register.member_dialog import DeactivateDialog

        row = self.current_member()
        if row is None or row.left_on is not None:
            return
        on, _session = self.context.register_days()
        dialog = DeactivateDialog(self.lang, row, on, parent=self)

        def submitted(fields: dict[str, Any]) -> None:
            self._select_person = row.person_id
            self.context.history.perform(
                ops.deactivate_member(row, fields["on"], fields["reason"]),
                on_done=lambda _row: dialog.accept(),
                on_error=dialog.show_error,
                seen=self.seen_of(row.membership_id),
            )

        dialog.submitted.connect(submitted)
        self._open(dialog)

    def renew_terms(self, parent: QWidget | None = None) -> None:
        """연임 in bulk: to two years after the latest term end among the members
        (``parent``: the dialog that asked, to open on top of it)."""
        from datetime import timedelta

        from gsmeet.ui.register.member_dialog import RenewDialog

        committee = self.context.committee
        if committee is None:
            return
        ends = [m.term_end for m in self.members if m.active and m.term_end is not None]
        latest = max(ends, default=self.context.today())
        count = sum(1 for m in self.members if m.active and m.term_expiring)
        dialog = RenewDialog(self.lang, latest + timedelta(days=730), count, parent or self)

        def submitted(fields: dict[str, Any]) -> None:
            self.context.history.perform(
                ops.renew_terms(committee.id, fields["until"]),
                on_done=lambda _renewal: dialog.accept(),
                on_error=dialog.show_error,
                seen=self.seen_of(),
            )

        dialog.submitted.connect(submitted)
        self._open(dialog)

    def seen_of(self, membership_id: int | None = None) -> Seen:
        """The member rows as the page shows them now (all of them, or one)."""
        seen = Seen()
        for member in self.members:
            if membership_id is None or member.membership_id == membership_id:
                seen = seen | member.seen
        return seen

    def _open(self, dialog: MemberDialog | DeactivateDialog | RenewDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
