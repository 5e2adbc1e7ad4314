"""Opening a database for the application: the one way in for the UI layer, which
reaches storage only through services."""

from __future__ import annotations

from gsmeet.storage.db import Store, open_store
from gsmeet.storage.drafts import Drafts, open_drafts
from gsmeet.storage.glance import Glance, first_look
from gsmeet.storage.paths import default_database, is_risky_location

__all__ = [
    "Drafts",
    "Glance",
    "Store",
    "default_database",
    "first_look",
    "is_risky_location",
    "open_drafts",
    "open_store",
]
