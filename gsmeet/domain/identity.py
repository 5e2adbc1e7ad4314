"""A row's identity across databases (``uid``): a random UUID as 32 hex digits.

Made where the row is made — by the live screen for an entry it is about to send (so
that one sent twice is known), else by the storage layer — and never changed. The demo
committee is built with :func:`repeatable` identities, so that the same build gives
the same database twice.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from uuid import uuid4

UID = re.compile("[0-9a-f]{32}")

_seeded: ContextVar[random.Random | None] = ContextVar("seeded_uids", default=None)


def new_uid() -> str:
    """A new identity: 32 lowercase hex digits (a random UUID, version 4)."""
    source = _seeded.get()
    if source is None:
        return uuid4().hex
    return f"{source.getrandbits(128):032x}"


def is_uid(text: object) -> bool:
    return isinstance(text, str) and UID.fullmatch(text) is not None


@contextmanager
def repeatable(seed: str) -> Iterator[None]:
    """New identities drawn from ``seed`` while inside (the demo's build)."""
    token = _seeded.set(random.Random(seed))
    try:
        yield
    finally:
        _seeded.reset(token)
