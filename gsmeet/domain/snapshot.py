"""A meeting record as canonical JSON, and back: what issued minutes were made from.

Issuing keeps the record beside the issued file, so the English and public variants of
an issued version, and its errata's "before", come from the record as issued, whatever
the registers say later. The JSON is canonical (sorted keys, no spaces), so its digest
says whether a draft changed since someone confirmed it.

The records are frozen dataclasses of plain values; this walks their type hints. A
field added to a record later needs a default, so that records kept by an older gsmeet
still read (:class:`SnapshotUnreadable` otherwise).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import DatabaseError
from gsmeet.domain.records import MeetingRecord


class SnapshotUnreadable(DatabaseError):
    text = "The record kept with issued minutes cannot be read ({detail})"


def dumps(record: MeetingRecord) -> str:
    """``record`` as canonical JSON."""
    return json.dumps(_plain(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(record: MeetingRecord) -> str:
    """The SHA-256 of what the record says, as a confirmation vouches for it: without
    what issuing and confirming add (versions, confirmations, the sessions' statuses)."""
    held = MeetingStatus.HELD
    previous = record.previous
    bare = dataclasses.replace(
        record,
        meeting=dataclasses.replace(record.meeting, status=held),
        previous=dataclasses.replace(previous, status=held) if previous else None,
        minutes_versions=(),
        confirmations=(),
    )
    return hashlib.sha256(dumps(bare).encode("utf-8")).hexdigest()


def loads(text: str) -> MeetingRecord:
    """The record :func:`dumps` wrote. Raises :class:`SnapshotUnreadable`."""
    try:
        found = _build(MeetingRecord, json.loads(text))
    except (ValueError, TypeError, KeyError) as error:
        raise SnapshotUnreadable(detail=f"{type(error).__name__}: {error}") from None
    assert isinstance(found, MeetingRecord)
    return found


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted(_plain(item) for item in value)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        if value is None:
            return None
        return _build(options[0], value)
    if origin is tuple:
        args = typing.get_args(kind)
        item = args[0]
        return tuple(_build(item, v) for v in value)
    if origin in (frozenset, set):
        (item,) = typing.get_args(kind)
        return frozenset(_build(item, v) for v in value)
    if origin is dict:
        key, item = typing.get_args(kind)
        return {_build(key, k): _build(item, v) for k, v in value.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        fields = {}
        for field in dataclasses.fields(kind):
            if field.name in value:
                fields[field.name] = _build(hints[field.name], value[field.name])
            elif field.default is dataclasses.MISSING and (
                field.default_factory is dataclasses.MISSING
            ):
                raise KeyError(f"{kind.__name__}.{field.name}")
        return kind(**fields)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind in (int, str, bool, float):
        if not isinstance(value, kind) and not (kind is float and isinstance(value, int)):
            raise TypeError(f"{value!r} is not {kind.__name__}")
        return value
    if kind is Any or kind is object:
        return value
    raise TypeError(f"cannot read {kind!r}")
