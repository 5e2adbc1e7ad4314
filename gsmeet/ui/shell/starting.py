"""Starting a committee: the first screen's three ways in (create one, open the demo,
import an export) and File ▸ New committee, which adds another to the open database.
A committee made in the open database is one undoable edit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.undo import Operation, touched
from gsmeet.ui.shell import ops
from gsmeet.ui.shell.committee_dialog import CommitteeDialog

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.locations import Location
    from gsmeet.domain.setup import CommitteeCreated, CommitteeSpec
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.kit.worker import Worker


class Window(Protocol):
    """What starting a committee needs of the main window."""

    lang: Lang
    database: Location | None
    worker: Worker
    interactive: bool

    @property
    def context(self) -> Context: ...

    def statusBar(self) -> QStatusBar: ...

    def open_database(self, path: Location, *, demo: bool = False) -> None: ...

    def reload(self, select_committee: int | None = None) -> None: ...


EXPORT_FILTER = "gsmeet (*.json)"


def create_operation(spec: CommitteeSpec) -> Operation:
    def do(store: Database) -> CommitteeCreated:
        from gsmeet.services.committees import create_committee

        return create_committee(store, spec)

    def undo(store: Database, created: CommitteeCreated) -> None:
        from gsmeet.services.committees import undo_committee

        undo_committee(store, created)

    def redo(store: Database, _nothing: None) -> CommitteeCreated:
        return do(store)

    text = QCoreApplication.translate("starting", "New committee {name}").format(name=spec.name)
    return Operation(
        text, do, undo, redo, touched("gsmeet.services.committees", "create_committee")
    )


class Starting(QObject):
    def __init__(self, window: Window, widget: QWidget) -> None:
        super().__init__(widget)
        self.window = window
        self.widget = widget
        self.dialog: CommitteeDialog | None = None

    def new_committee(self) -> None:
        """The committee dialog; the committee goes into the open database, or into
        the default one (made now) when none is open."""
        window = self.window
        dialog = CommitteeDialog(window.lang, self.widget)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())

        def submitted(fields: dict[str, Any]) -> None:
            spec: CommitteeSpec = fields["spec"]
            if window.database is None:
                self._into_new_file(dialog, spec)
                return

            def done(created: CommitteeCreated) -> None:
                dialog.accept()
                window.reload(select_committee=created.committee.id)

            window.context.history.perform(
                create_operation(spec),
                on_done=done,
                on_error=dialog.show_error,
                then=lambda _result: window.reload(),
            )

        dialog.submitted.connect(submitted)
        dialog.open()

    def _into_new_file(self, dialog: CommitteeDialog, spec: CommitteeSpec) -> None:
        window = self.window

        def located(found: ops.Locations) -> None:
            def made(path: Path) -> None:
                dialog.accept()
                window.open_database(path)

            window.worker.call(
                lambda: ops.create_committee_file(found.default, spec),
                made,
                lambda error: dialog.show_error(window.context.history.describe(error)),
            )

        window.worker.call(ops.locate_databases, located)

    def import_export(self) -> None:
        """A JSON export into the open database (which holds no committee), or into the
        default one when none is open."""
        window = self.window
        source = prompts.open_path(
            self.widget,
            QCoreApplication.translate("starting", "Import a gsmeet export"),
            QCoreApplication.translate("starting", "gsmeet exports (*.json);;All files (*)"),
        )
        if source is None:
            return

        def failed(error: BaseException) -> None:
            message = window.context.history.describe(error)
            window.statusBar().showMessage(message, 10_000)
            if window.interactive:
                prompts.inform(
                    self.widget,
                    QCoreApplication.translate("starting", "Import a gsmeet export"),
                    message,
                )

        if window.database is not None:
            window.worker.submit(ops.import_into(source), lambda _rows: window.reload(), failed)
            return

        def located(found: ops.Locations) -> None:
            window.worker.call(
                lambda: ops.import_file(found.default, source), window.open_database, failed
            )

        window.worker.call(ops.locate_databases, located)
