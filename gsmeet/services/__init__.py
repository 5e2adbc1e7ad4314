"""Use cases over an open :class:`~gsmeet.services.store.Database`; they return plain
frozen data and declare what they change (:mod:`.changes`)."""
