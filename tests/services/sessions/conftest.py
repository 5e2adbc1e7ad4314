"""A committee built from nothing through the services, as a secretary would: the
committee with two sub-committees and its secretary, a chair, members in each
sub-committee, one observer, a track with a strategy per sub-committee."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import AttendanceStatus, Role
from gsmeet.domain.setup import CommitteeSpec
from gsmeet.services.committees import create_committee
from gsmeet.services.kinds import list_kinds
from gsmeet.services.live.attendance import check_in
from gsmeet.services.live.session import end_session, start_session
from gsmeet.services.register.framework import add_strategy, add_track
from gsmeet.services.register.members import add_member
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.models import Subcommittee

START = date(2020, 1, 1)  # 위촉일 of everyone
TERM_END = date(2021, 12, 31)
SHARING, HEALTH = "착한나눔도시 분과", "행복건강도시 분과"


@dataclass
class Founded:
    store: Store
    committee_id: int
    subs: dict[str, int]  # name → id
    people: dict[str, int] = field(default_factory=dict)  # name → person id
    kinds: dict[str, int] = field(default_factory=dict)  # code → id
    strategies: dict[str, int] = field(default_factory=dict)  # sub-committee → strategy id

    def hold(self, meeting_id: int, day: date, present: list[str]) -> None:
        """Hold a session: the named people checked in, the session run and ended."""
        begin = datetime.combine(day, time(14, 0))
        start_session(self.store, meeting_id, now=begin)
        for name in present:
            check_in(
                self.store,
                meeting_id,
                self.people[name],
                status=AttendanceStatus.PRESENT,
                now=begin,
            )
        end_session(self.store, meeting_id, now=datetime.combine(day, time(15, 0)))


MEMBERS = (  # name, role, sub-committee (or None), 소속, 직위
    ("최영조", Role.CO_CHAIR, None, "경산시", "시장"),
    ("이재훈", Role.CO_CHAIR, None, "경북테크노파크", "원장"),
    ("김나눔", Role.SUBCOMMITTEE_CHAIR, SHARING, "영남대학교", "교수"),
    ("박나눔", Role.MEMBER, SHARING, "경산복지재단", "이사"),
    ("윤나눔", Role.MEMBER, SHARING, "경산시자원봉사센터", "센터장"),
    ("정건강", Role.SUBCOMMITTEE_CHAIR, HEALTH, "대구한의대학교", "교수"),
    ("한건강", Role.MEMBER, HEALTH, "경산시보건소", "소장"),
    ("오건강", Role.MEMBER, HEALTH, "경산중앙병원", "원장"),
    ("김상철", Role.OBSERVER, None, "경산시", "기획조정실장"),
)


def found(store: Store) -> Founded:
    """The committee built through the services in ``store`` (an empty database)."""
    made = create_committee(
        store,
        CommitteeSpec(
            name="경산발전전략위원회",
            host_body="경산시",
            department="미래전략과",
            secretary="정수민",
            subcommittees=(SHARING, HEALTH),
            since=START,
        ),
    )
    cid = made.committee.id
    with store.session() as s:
        subs = {
            sub.name: sub.id
            for sub in s.scalars(select(Subcommittee).where(Subcommittee.committee_id == cid))
        }
    world = Founded(store, cid, subs)
    for name, role, sub, org, position in MEMBERS:
        row = add_member(
            store,
            cid,
            name=name,
            term_start=START,
            term_end=None if role is Role.OBSERVER else TERM_END,
            role=role,
            organisation=org,
            position=position,
            subcommittee_id=subs[sub] if sub else None,
            is_public_official=role is Role.OBSERVER or name == "최영조",
        )
        world.people[name] = row.person_id
    from gsmeet.services.listing import find_committee  # the secretary too

    assert find_committee(store).name == "경산발전전략위원회"
    with store.session() as s:
        from gsmeet.storage.models import Person

        world.people["정수민"] = s.scalars(select(Person.id).where(Person.name == "정수민")).one()
    track = add_track(store, cid, "희망정책 5대전략")
    world.strategies[SHARING] = add_strategy(
        store, track.id, "착한나눔도시", subcommittee_id=subs[SHARING]
    ).id
    world.strategies[HEALTH] = add_strategy(
        store, track.id, "행복건강도시", subcommittee_id=subs[HEALTH]
    ).id
    world.kinds = {k.code: k.id for k in list_kinds(store, cid)}
    return world


@pytest.fixture(scope="session")
def founded_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Founded]:
    """The committee built once per run into a new database (migrated from nothing);
    each test gets a copy of the file (:func:`founded`)."""
    path = tmp_path_factory.mktemp("founded") / "new.db"
    store = open_store(path)
    try:
        return path, found(store)
    finally:
        store.close()


@pytest.fixture
def founded(founded_file: tuple[Path, Founded], tmp_path: Path) -> Iterator[Founded]:
    """:func:`found`'s committee in a database of this test's own."""
    template, built = founded_file
    path = tmp_path / "new.db"
    shutil.copy2(template, path)
    store = open_store(path)
    world = Founded(
        store,
        built.committee_id,
        dict(built.subs),
        dict(built.people),
        dict(built.kinds),
        dict(built.strategies),
    )
    yield world
    store.close()
