"""Exports of earlier format versions, brought up to the current one before they are
checked, as the migrations bring a database up. Format 1 → 2 (schema 0002): every
committee gets the default kinds of session (the four kinds of 0001 keeping their
quorum), every session its kind and the committee's main series, and the new fields
their defaults. Format 2 is format 3 without mail deliveries (schema 0004). Format 3
→ 4 (schema 0005): the changes of action items are filled in from their reviews (as
migration 0005 does), issued versions are in Korean, and no issued file, confirmation
or correction is known. Format 4 → 5 (schema 0007): every row gets a new uid, as the
migration gives every existing row one.
"""

from __future__ import annotations

import copy
from typing import Any

from gsmeet.domain.identity import new_uid
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


_STATUS_AFTER = {
    "done": "done",
    "continue": "in_progress",
    "redate": "in_progress",
    "drop": "dropped",
}


def upgrade_v3(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a format-2 or -3 document in format 4 (see the module's description)."""
    upgraded = copy.deepcopy(document)
    upgraded["format_version"] = 4
    data = upgraded.get("tables")
    if not isinstance(data, dict):
        return upgraded
    for row in _rows(data, "minutes_version"):
        row.setdefault("lang", "ko")
    for name in ("minutes_file", "minutes_confirmation", "minutes_correction", "pending_file"):
        data.setdefault(name, [])
    if "action_change" not in data:
        data["action_change"] = _changes_from_reviews(data)
    return upgraded


def upgrade_v4(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a format-4 document in format 5: a new uid for every row."""
    upgraded = copy.deepcopy(document)
    upgraded["format_version"] = 5
    data = upgraded.get("tables")
    if not isinstance(data, dict):
        return upgraded
    for name in data:
        for row in _rows(data, name):
            row.setdefault("uid", new_uid())
    return upgraded


def _changes_from_reviews(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Each review's change of its action item, in the order of the sessions."""
    meetings = {row.get("id"): row for row in _rows(data, "meeting")}
    due = {row.get("id"): row.get("due_on") for row in _rows(data, "action_item")}

    def order(review: dict[str, Any]) -> tuple[Any, ...]:
        meeting = meetings.get(review.get("meeting_id"), {})
        return (
            review.get("action_item_id"),
            str(meeting.get("held_on")),
            meeting.get("number") or 0,
        )

    reviews = sorted(_rows(data, "action_review"), key=order)
    changes: list[dict[str, Any]] = []
    state: dict[object, tuple[str, object]] = {}
    for review in reviews:
        action_id = review.get("action_item_id")
        if action_id not in state:  # the original due date of a re-dated item was not kept
            redates = [
                r
                for r in reviews
                if r.get("action_item_id") == action_id and r.get("outcome") == "redate"
            ]
            first = redates[0].get("new_due_on") if redates else None
            state[action_id] = ("open", first if first is not None else due.get(action_id))
        status, due_on = state[action_id]
        outcome = str(review.get("outcome"))
        new_due = (
            review.get("new_due_on") if outcome == "redate" and review.get("new_due_on") else due_on
        )
        new_status = _STATUS_AFTER.get(outcome, status)
        meeting = meetings.get(review.get("meeting_id"), {})
        changes.append(
            {
                "id": len(changes) + 1,
                "action_item_id": action_id,
                "meeting_id": review.get("meeting_id"),
                "changed_at": meeting.get("ended_at") or f"{meeting.get('held_on')}T23:59:59",
                "old_status": status,
                "new_status": new_status,
                "old_due_on": due_on,
                "new_due_on": new_due,
                "note": review.get("comment") or "",
            }
        )
        state[action_id] = (new_status, new_due)
    return changes


def _rows(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    rows = data.get(name, [])
    return [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []
