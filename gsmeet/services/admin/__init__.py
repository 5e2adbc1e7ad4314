"""Whole-database work: creating a database from the demo or an export
(:mod:`.setup`), and the export format itself (:mod:`.transfer`)."""
