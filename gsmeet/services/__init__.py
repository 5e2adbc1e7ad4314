"""Use cases over a :class:`~gsmeet.storage.db.Store`; they return plain frozen data."""
