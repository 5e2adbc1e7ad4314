"""The demo committee: a sample committee with two held sessions and the registers, for
``gsmeet demo``, the first-run choice and the tests. It writes through storage's models
directly (a whole database at once) and sits beside the services, not among them.

- :mod:`.data` — the committee's facts as plain tables;
- :mod:`.build` — those facts written into an empty store: the committee, its people
  and registers (:mod:`.sessions` adds the sessions, :mod:`.world` is what they share);
- :mod:`.database` — the demo as a database file of its own.
"""
