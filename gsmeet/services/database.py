"""Opening a database for the application: the one way in for the UI layer, which
reaches storage only through services."""

from __future__ import annotations

from gsmeet.storage.db import Store, open_store
from gsmeet.storage.paths import default_database, is_risky_location

__all__ = ["Store", "default_database", "is_risky_location", "open_store"]
