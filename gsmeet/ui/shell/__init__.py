"""The application's frame: the main window, its menus and actions, the workspace of
feature pages, opening databases, first run, crash handling, translators."""
