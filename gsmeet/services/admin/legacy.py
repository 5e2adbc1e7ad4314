"""Exports of earlier format versions, brought up to the current one before they are
checked, as migration 0002 brings a database of schema 0001 up: every committee gets
the default kinds of session (the four kinds of 0001 keeping their quorum), every
session its kind and the committee's main series, and the new fields their defaults.
"""

from __future__ import annotations

import copy
from typing import Any

from gsmeet.domain.kinds import DEFAULT_KINDS, MAIN_SERIES

# The kinds schema 0001 knew, by the code it stored; they were all counted for quorum.
_OLD_KINDS = {"regular": "regular", "extraordinary": "extraordinary",
              "round_table": "roundtable", "subcommittee": "subcommittee"}  # fmt: skip


def upgrade_v1(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a format-1 document in format 2. Rows that are not what format 1
    wrote are left for the checks that follow to name."""
    upgraded = copy.deepcopy(document)
    upgraded["format_version"] = 2
    data = upgraded.get("tables")
    if not isinstance(data, dict):
        return upgraded
    committees = _rows(data, "committee")
    for row in committees:
        row.setdefault("decision_kind", "majority")
        row.setdefault("decision_numerator", 1)
        row.setdefault("decision_denominator", 2)
        row.setdefault("decision_count", 0)
        row.setdefault("default_disclosure", "public")
    for name in ("track", "strategy"):
        for row in _rows(data, name):
            row.setdefault("retired_on", None)
    kinds: list[dict[str, Any]] = []
    ids: dict[tuple[object, str], int] = {}
    for committee in committees:
        for position, spec in enumerate(DEFAULT_KINDS, start=1):
            kind_id = len(kinds) + 1
            ids[(committee.get("id"), str(spec.code))] = kind_id
            kinds.append(
                {
                    "id": kind_id,
                    "committee_id": committee.get("id"),
                    "code": str(spec.code),
                    "name_ko": spec.name_ko,
                    "name_en": spec.name_en,
                    "series": spec.series,
                    "quorum_applies": spec.quorum_applies or spec.code in _OLD_KINDS.values(),
                    "for_subcommittee": spec.for_subcommittee,
                    "position": position,
                    "retired": False,
                }
            )
    data.setdefault("session_kind", kinds)
    for row in _rows(data, "meeting"):
        if "kind" in row and "kind_id" not in row:
            code = _OLD_KINDS.get(str(row.pop("kind")), "regular")
            row["kind_id"] = ids.get((row.get("committee_id"), code))
        row.setdefault("series", MAIN_SERIES)
        row.setdefault("subcommittee_id", None)
        row.setdefault("headcount", None)
        row.setdefault("cancel_reason", "")
    data.setdefault("guest", [])
    data.setdefault("postponement", [])
    return upgraded


def _rows(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    rows = data.get(name, [])
    return [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []
