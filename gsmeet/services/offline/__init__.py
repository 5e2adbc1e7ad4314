"""Taking a session offline to a laptop and bringing it back (issue 13, point 5).

``gsmeet checkout`` copies the committee's data into a new SQLite file for a laptop
with no network (:mod:`.checkout`) and marks the session as out on the database it
came from, which then refuses every edit of that session (:mod:`.here`); the laptop
runs it as any file. ``gsmeet checkin`` merges back what the laptop recorded
(:mod:`.checkin`): rows are matched by their uid (schema 0007), each side's changes
since the checkout are told apart by a digest of every row taken at the checkout
(:mod:`.rows`), and a row changed on both sides is a conflict for the secretary to
resolve. One transaction: all of it is merged, or nothing.
"""
