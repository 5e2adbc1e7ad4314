"""Live mode: the secretary's screen during the session, and the projector.

The main window opens it with :func:`.opening.open_live` (Ctrl+L); :mod:`.shutdown`
has the SIGTERM handler the composition root installs.
"""
