"""Pieces every feature uses and that know no feature: the database worker, undo,
the context a page is given, table and tree models, fields, dialogs, text."""
