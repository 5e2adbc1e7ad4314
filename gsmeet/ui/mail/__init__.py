"""Session ▸ Send the minutes: the Send dialog and its jobs."""
