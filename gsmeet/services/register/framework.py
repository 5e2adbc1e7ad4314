"""The strategy register's frame: tracks and strategies added, renamed, reordered and
retired (from a date: the sessions before it still show them; undo, or bringing one
back, clears the date). Tasks and achievements are :mod:`.strategies`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import STRATEGIES
from gsmeet.domain.edits import KEEP, Keep, Undo
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.services.changes import touches
from gsmeet.services.edits import clean_text, get_row
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, ref, roll_back, snapshot
from gsmeet.storage.models import Base, Strategy, Subcommittee, Track


class StrategyNumberTaken(InvalidInputError):
    text = "Strategy number {number} is already {name}"


class OtherCommittee(InvalidInputError):
    text = "A strategy moves only among the tracks of its committee"


@dataclass(frozen=True, slots=True)
class FrameEdit:
    """A track or strategy edit: which row, and what undoes it."""

    kind: Thing  # TRACK or STRATEGY
    id: int
    undo: Undo


def _name(value: str, what: Field) -> str:
    return str(clean_text(value, what, required=True))


def _before(*rows: Base) -> Journal:
    return Journal(before=tuple(snapshot(row) for row in rows))


@touches(STRATEGIES)
def add_track(store: Database, committee_id: int, name: str) -> FrameEdit:
    """A track at the end of the register."""
    title = _name(name, Field.TRACK_NAME)
    with store.session() as s:
        last = s.scalar(select(func.max(Track.position)).where(Track.committee_id == committee_id))
        track = Track(committee_id=committee_id, name=title, position=(last or 0) + 1)
        s.add(track)
        s.flush()
        return FrameEdit(Thing.TRACK, track.id, Journal(created=(ref(track),)))


@touches(STRATEGIES)
def rename_track(store: Database, track_id: int, name: str) -> FrameEdit:
    title = _name(name, Field.TRACK_NAME)
    with store.session() as s:
        track: Track = get_row(s, Track, track_id, Thing.TRACK)
        undo = _before(track)
        track.name = title
        return FrameEdit(Thing.TRACK, track.id, undo)


@touches(STRATEGIES)
def move_track(store: Database, track_id: int, index: int) -> FrameEdit:
    """Put a track at ``index`` (0 first) among the committee's tracks."""
    with store.session() as s:
        track: Track = get_row(s, Track, track_id, Thing.TRACK)
        tracks = list(
            s.scalars(
                select(Track)
                .where(Track.committee_id == track.committee_id)
                .order_by(Track.position, Track.id)
            )
        )
        undo = _before(*tracks)
        _place(tracks, track, index)
        return FrameEdit(Thing.TRACK, track.id, undo)


@touches(STRATEGIES)
def retire_track(store: Database, track_id: int, on: date | None) -> FrameEdit:
    """A track no longer stands from ``on`` (None: it stands again)."""
    with store.session() as s:
        track: Track = get_row(s, Track, track_id, Thing.TRACK)
        undo = _before(track)
        track.retired_on = on
        return FrameEdit(Thing.TRACK, track.id, undo)


def _place(rows: list[Track] | list[Strategy], row: Track | Strategy, index: int) -> None:
    order = [r for r in rows if r is not row]
    order.insert(max(0, min(index, len(order))), row)
    for position, item in enumerate(order, start=1):
        item.position = position


def _committee_of_track(s: Session, track_id: int) -> int:
    track: Track = get_row(s, Track, track_id, Thing.TRACK)
    return track.committee_id


def _strategies(s: Session, committee_id: int) -> list[Strategy]:
    return list(
        s.scalars(
            select(Strategy)
            .join(Track, Track.id == Strategy.track_id)
            .where(Track.committee_id == committee_id)
            .order_by(Strategy.position, Strategy.number, Strategy.id)
        )
    )


def _check_sub(s: Session, committee_id: int, subcommittee_id: int | None) -> None:
    if subcommittee_id is None:
        return
    sub = s.get(Subcommittee, subcommittee_id)
    if sub is None or sub.committee_id != committee_id:
        raise NoSuchRecord(what=Thing.SUBCOMMITTEE, id=subcommittee_id)


@touches(STRATEGIES)
def add_strategy(
    store: Database,
    track_id: int,
    name: str,
    *,
    summary: str = "",
    subcommittee_id: int | None = None,
    number: int | None = None,
) -> FrameEdit:
    """A strategy at the end of its track; numbered after the committee's last one
    unless ``number`` is given (and free)."""
    title = _name(name, Field.STRATEGY_NAME)
    with store.session() as s:
        committee_id = _committee_of_track(s, track_id)
        _check_sub(s, committee_id, subcommittee_id)
        existing = _strategies(s, committee_id)
        if number is not None:
            taken = next((st for st in existing if st.number == number), None)
            if taken is not None:
                raise StrategyNumberTaken(number=number, name=taken.name)
        in_track = [st for st in existing if st.track_id == track_id]
        strategy = Strategy(
            track_id=track_id,
            number=number
            if number is not None
            else max((st.number for st in existing), default=0) + 1,
            name=title,
            summary=summary.strip(),
            subcommittee_id=subcommittee_id,
            position=max((st.position for st in in_track), default=0) + 1,
        )
        s.add(strategy)
        s.flush()
        return FrameEdit(Thing.STRATEGY, strategy.id, Journal(created=(ref(strategy),)))


@touches(STRATEGIES)
def update_strategy(
    store: Database,
    strategy_id: int,
    *,
    name: str | Keep = KEEP,
    summary: str | Keep = KEEP,
    subcommittee_id: int | Keep | None = KEEP,
) -> FrameEdit:
    """Rename a strategy, change its summary or the sub-committee that owns it."""
    with store.session() as s:
        strategy: Strategy = get_row(s, Strategy, strategy_id, Thing.STRATEGY)
        undo = _before(strategy)
        if not isinstance(name, Keep):
            strategy.name = _name(name, Field.STRATEGY_NAME)
        if not isinstance(summary, Keep):
            strategy.summary = summary.strip()
        if not isinstance(subcommittee_id, Keep):
            _check_sub(s, _committee_of_track(s, strategy.track_id), subcommittee_id)
            strategy.subcommittee_id = subcommittee_id
        return FrameEdit(Thing.STRATEGY, strategy.id, undo)


@touches(STRATEGIES)
def move_strategy(store: Database, strategy_id: int, track_id: int, index: int) -> FrameEdit:
    """Put a strategy at ``index`` (0 first) in ``track_id`` (its own or another track
    of the committee). Its number (전략 1…10) stays."""
    with store.session() as s:
        strategy: Strategy = get_row(s, Strategy, strategy_id, Thing.STRATEGY)
        committee_id = _committee_of_track(s, strategy.track_id)
        if _committee_of_track(s, track_id) != committee_id:
            raise OtherCommittee()
        everything = _strategies(s, committee_id)
        undo = _before(*everything)
        old_track = strategy.track_id
        strategy.track_id = track_id
        siblings = [st for st in everything if st.track_id == track_id]
        _place(siblings, strategy, index)
        left = [st for st in everything if st.track_id == old_track and st is not strategy]
        for position, item in enumerate(left, start=1):
            item.position = position
        return FrameEdit(Thing.STRATEGY, strategy.id, undo)


@touches(STRATEGIES)
def retire_strategy(store: Database, strategy_id: int, on: date | None) -> FrameEdit:
    """A strategy no longer stands from ``on`` (None: it stands again): new sessions'
    standing agenda leaves it out; sessions before ``on`` still show it."""
    with store.session() as s:
        strategy: Strategy = get_row(s, Strategy, strategy_id, Thing.STRATEGY)
        undo = _before(strategy)
        strategy.retired_on = on
        return FrameEdit(Thing.STRATEGY, strategy.id, undo)


@touches(STRATEGIES)
def undo_frame_edit(store: Database, edit: FrameEdit) -> None:
    with store.session() as s:
        roll_back(s, edit.undo)
