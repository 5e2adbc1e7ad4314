"""Edits that cannot be lost silently (issue 13): a member or agenda-cell edit made
on what the screen showed is refused when someone changed that row since, naming who,
when and which fields, and writes nothing; on both engines, and between two processes
(two secretaries, two roles) on a server. (Every other register and agenda edit, and
undo/redo: test_stale_edits.py.)"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable

import pytest

from gsmeet.domain.edits import ChangedMeanwhile, Seen
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.locations import Server, parse_server
from gsmeet.services.agenda import agenda, set_item_fields, update_item
from gsmeet.services.edits import based_on
from gsmeet.services.register import revert_update, update_member
from gsmeet.services.store import open_database
from gsmeet.storage.db import Store
from gsmeet.storage.engines import who

from ..conftest import server_only
from ..pgcluster import Cluster
from .register.conftest import DAY, everything, member

PLANNED = 3


def me(store: Store) -> str:
    with store.session() as session:
        return who(session)


def test_a_member_edit_on_an_older_version_is_refused_naming_the_change(
    demo_store: Store,
) -> None:
    shown = member(demo_store, "김태형")
    update_member(demo_store, shown.membership_id, on=DAY, email="kim@example.kr")
    after = member(demo_store, "김태형")
    assert after.seen != shown.seen
    before = everything(demo_store)
    with pytest.raises(ChangedMeanwhile) as refused, based_on(shown.seen):
        update_member(demo_store, shown.membership_id, on=DAY, phone="010-1234-5678")
    assert refused.value.fields["what"] is Thing.MEMBERSHIP
    assert refused.value.fields["name"] == "김태형"
    assert refused.value.fields["by"] == me(demo_store)
    assert refused.value.fields["fields"] == [Field.EMAIL]
    assert refused.value.fields["at"] is not None
    assert everything(demo_store) == before  # nothing of the refused edit written
    # On what the screen now shows, the same edit goes through.
    with based_on(after.seen):
        update_member(demo_store, after.membership_id, on=DAY, phone="010-1234-5678")
    assert member(demo_store, "김태형").phone == "010-1234-5678"


def test_an_undo_is_a_change_of_its_own(demo_store: Store) -> None:
    shown = member(demo_store, "반소영")
    update = update_member(demo_store, shown.membership_id, on=DAY, phone="053-000-0000")
    revert_update(demo_store, update)
    back = member(demo_store, "반소영")
    assert back.phone == shown.phone
    assert {v for *_, v in back.seen.rows} != {v for *_, v in shown.seen.rows}
    with pytest.raises(ChangedMeanwhile), based_on(shown.seen):
        update_member(demo_store, shown.membership_id, on=DAY, email="x@y.kr")


def test_a_row_written_unchanged_keeps_its_version(demo_store: Store) -> None:
    shown = member(demo_store, "최영조")
    update_member(demo_store, shown.membership_id, on=DAY, email=shown.email)
    assert member(demo_store, "최영조").seen == shown.seen


def test_an_agenda_edit_on_an_older_version_is_refused(demo_store: Store) -> None:
    shown = agenda(demo_store, PLANNED).items[0].item
    previous = update_item(demo_store, shown.id, planned_minutes=shown.planned_minutes + 5)
    with pytest.raises(ChangedMeanwhile) as refused:
        with based_on(agenda(demo_store, PLANNED).seen):
            update_item(demo_store, shown.id, title="다른 제목")
            update_item(demo_store, shown.id, title="또 다른 제목")  # (what it left)
        with based_on(Seen.of(Thing.AGENDA_ITEM, [(shown.id, shown.version)])):
            update_item(demo_store, shown.id, title="다른 제목")
    assert refused.value.fields["fields"] == [Field.TITLE]
    now = agenda(demo_store, PLANNED).items[0].item
    assert now.title == "또 다른 제목" and now.version == shown.version + 3
    set_item_fields(demo_store, shown.id, previous)  # (no screen: nothing to compare)
    assert agenda(demo_store, PLANNED).items[0].item.version == shown.version + 4


EDIT_AS = """
import sys
from datetime import date
from gsmeet.domain.locations import parse_server
from gsmeet.services.register import list_members, update_member
from gsmeet.services.store import open_database

store = open_database(parse_server(sys.argv[1]))
row = next(r for r in list_members(store, 1, on=date(2019, 11, 28)) if r.name == "김태형")
update_member(store, row.membership_id, on=date(2019, 11, 28), email=sys.argv[2])
store.close()
"""


@server_only
def test_two_secretaries_on_one_server(
    pg_cluster: Cluster, server_database: Callable[..., Server], engine: str
) -> None:
    """This process shows the row; another process, as the role ``lee``, changes it; the
    edit made on what was shown is refused naming lee and the e-mail."""
    server = server_database("demo")
    pg_cluster.colleague("lee", server.database)
    store = open_database(server)
    try:
        shown = member(store, "김태형")
        other = pg_cluster.url(server.database, user="lee")
        ran = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(EDIT_AS), other, "kim@lee.kr"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert ran.returncode == 0, ran.stderr
        with pytest.raises(ChangedMeanwhile) as refused, based_on(shown.seen):
            update_member(store, shown.membership_id, on=DAY, phone="010")
        assert refused.value.fields["by"] == "lee"
        assert refused.value.fields["fields"] == [Field.EMAIL]
        assert member(store, "김태형").email == "kim@lee.kr"
    finally:
        store.close()
    assert parse_server(other).user == "lee"
