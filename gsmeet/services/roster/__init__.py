"""Importing a roster (위원 명단) from Excel (.xlsx) or CSV into the committee register.

Korean offices keep rosters in spreadsheets whose headers vary (성명 or 이름, 소속 or
기관 ...) and save CSV as CP949 as often as UTF-8; all are accepted. Import is two steps:
:func:`preview_roster` classifies every row (new, updated, unchanged, or invalid with its
row number and reason) without writing; :func:`apply_roster` writes a preview in one
transaction, and writes nothing while invalid rows remain unless told to skip them.

A row updates the member in office with the same name and 소속. Blank cells leave the
register as it is (an office's roster often lacks e-mails it does not know; that must
not erase them). A change of role, sub-committee or 직위 starts a new dated membership.
A former member (term expired, or 해촉) in the roster returns as the same person with a
new membership from the row's 위촉일 (or the import day) — unless the row's own term has
ended, which marks an old roster: then only contact data is brought up to date.
Undo: :func:`undo_roster` deletes what an import created and puts back what it changed.
"""

from gsmeet.services.roster.files import HEADERS, read_rows, read_table
from gsmeet.services.roster.importer import (
    apply_roster,
    committee_by_name,
    preview_roster,
    problems_line,
    undo_roster,
)

__all__ = [
    "HEADERS",
    "apply_roster",
    "committee_by_name",
    "preview_roster",
    "problems_line",
    "read_rows",
    "read_table",
    "undo_roster",
]
