"""Sending a session's documents by e-mail: who gets what (:mod:`.plan`), the messages
(:mod:`.compose`), the SMTP conversation (:mod:`.smtp`), the password (:mod:`.password`)
and the use case that sends and keeps the record with the session (:mod:`.sending`)."""
