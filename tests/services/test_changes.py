"""Every service that writes says what it changes, so no screen stays stale."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import gsmeet.services
from gsmeet.domain.changes import AGENDA, MEMBERS, NOTHING, RECORD, SESSIONS, STRATEGIES, Changes
from gsmeet.services.changes import changes_of, touches

WRITES = (
    "add_", "update_", "delete_", "restore_", "remove_", "move_", "indent_", "outdent_",
    "set_", "revert_", "deactivate_", "reactivate_", "apply_", "undo_", "prepare_next",
    "unprepare", "issue_", "reopen_", "start_session", "end_session", "go_to_item",
    "check_in", "change_", "record_", "review_", "import_document",
)  # fmt: skip


def services() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.walk_packages(gsmeet.services.__path__, "gsmeet.services."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                parameters = list(inspect.signature(function).parameters)
                if parameters[:1] == ["store"]:
                    found.append((f"{info.name}.{name}", function))
    return found


@pytest.mark.parametrize(
    ("name", "function"),
    [s for s in services() if s[0].rsplit(".", 1)[1].startswith(WRITES)],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_every_writing_service_declares_its_changes(name: str, function: object) -> None:
    assert changes_of(function)  # type: ignore[arg-type]


def test_readers_are_found_too() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in services()}
    assert {"list_members", "meeting_record", "add_member", "go_to_item"} <= names


def test_what_some_services_change() -> None:
    from gsmeet.services.agenda import add_item
    from gsmeet.services.live.briefings import change_task_status
    from gsmeet.services.register import add_member, revert_update

    assert changes_of(add_member) == MEMBERS
    assert changes_of(add_item) == AGENDA
    assert changes_of(change_task_status) == RECORD | STRATEGIES
    assert changes_of(revert_update, add_item) == MEMBERS | STRATEGIES | AGENDA


def test_a_service_that_says_nothing_is_refused() -> None:
    def silent(store: object) -> None:
        pass

    with pytest.raises(TypeError, match="does not say what it changes"):
        changes_of(silent)
    assert changes_of(touches()(silent)) == NOTHING


def test_changes_combine_and_name_their_session() -> None:
    both = (SESSIONS | AGENDA.about(7)).about(9)
    assert both == Changes(sessions=True, agenda=True, meeting_id=9)
    assert (SESSIONS.about(3) | AGENDA).meeting_id == 3
    assert not NOTHING and SESSIONS
