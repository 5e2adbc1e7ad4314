"""The SQLite store: models, opening and migrating a database, backups."""
