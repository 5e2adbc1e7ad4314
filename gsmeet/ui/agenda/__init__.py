"""The agenda builder of a planned session: items nested one level, their presenters,
kinds, strategies and planned minutes, with the forecast of the session's end."""
