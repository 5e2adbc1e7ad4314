"""The searched tables and the query that reads each (:mod:`gsmeet.storage.fulltext`
adds the words' conditions, the order and the limit)."""

from __future__ import annotations

from dataclasses import dataclass

from gsmeet.domain.enums import HitKind


@dataclass(frozen=True, slots=True)
class Source:
    """A searched table: its FTS5 index, the alias its query gives it, its indexed
    columns, and the columns naming a person or sub-committee a word can match.

    Its query is written twice, the same columns from the same tables: ``select`` walks
    from the searched table (``{table}``: the table, or the index joined to it),
    ``walk`` from the sessions, newest date first (``order``: the rows of one session
    in a fixed order, which the walk keeps without sorting)."""

    kind: HitKind
    index: str
    alias: str
    columns: tuple[str, ...]
    select: str  # from the table: "{table}", then "{join}"s
    walk: str  # from the sessions: "{join}"s
    order: str
    person: str = ""
    subcommittee: str = ""


# "{join}": SQLite's CROSS JOIN pins the join order for its planner (it would otherwise
# pick one that collects and sorts every match); PostgreSQL's JOIN, which takes an ON,
# plans the order itself.
_BRIEFING_ITEM = (
    "LEFT JOIN agenda_item AS a ON a.id = (SELECT b.id FROM agenda_item AS b "
    "WHERE b.meeting_id = m.id AND b.strategy_id = {strategy} ORDER BY b.position, b.id LIMIT 1)"
)
_NEWEST = "m.held_on DESC, m.id DESC"
_REMARK = "SELECT r.id, r.text, r.agenda_item_id, a.title, m.id, coalesce(p.name, '') "
_DECISION = "SELECT d.id, d.text, d.agenda_item_id, a.title, m.id, '' "
_ACTION = (
    "SELECT x.id, x.title || :newline || x.detail, x.agenda_item_id, coalesce(a.title, ''), "
    "m.id, coalesce(p.name, s.name, x.owner_text) "
)
_ACTION_JOINS = (
    "LEFT JOIN agenda_item AS a ON a.id = x.agenda_item_id "
    "LEFT JOIN person AS p ON p.id = x.owner_person_id "
    "LEFT JOIN subcommittee AS s ON s.id = x.owner_subcommittee_id"
)
_ITEM = "SELECT i.id, i.title, i.id, i.title, m.id, '' "
_ACHIEVEMENT = (
    "SELECT v.id, trim(v.text || ' ' || v.figure), a.id, coalesce(a.title, ''), m.id, '' "
)
_CHANGE = "SELECT c.id, c.note, a.id, coalesce(a.title, ''), m.id, t.title "
SOURCES: tuple[Source, ...] = (
    Source(
        HitKind.REMARK,
        "search_remark",
        "r",
        ("text",),
        _REMARK + "FROM {table} {join} agenda_item AS a ON a.id = r.agenda_item_id "
        "{join} meeting AS m ON m.id = a.meeting_id "
        "LEFT JOIN person AS p ON p.id = r.speaker_id",
        _REMARK + "FROM meeting AS m {join} agenda_item AS a ON a.meeting_id = m.id "
        "{join} remark AS r ON r.agenda_item_id = a.id "
        "LEFT JOIN person AS p ON p.id = r.speaker_id",
        f"{_NEWEST}, a.id DESC, r.id DESC",
        person="r.speaker_id",
    ),
    Source(
        HitKind.DECISION,
        "search_decision",
        "d",
        ("text",),
        _DECISION + "FROM {table} {join} agenda_item AS a ON a.id = d.agenda_item_id "
        "{join} meeting AS m ON m.id = a.meeting_id",
        _DECISION + "FROM meeting AS m {join} agenda_item AS a ON a.meeting_id = m.id "
        "{join} decision AS d ON d.agenda_item_id = a.id",
        f"{_NEWEST}, a.id DESC, d.id DESC",
    ),
    Source(
        HitKind.ACTION,
        "search_action",
        "x",
        ("title", "detail", "owner_text"),
        _ACTION + "FROM {table} {join} meeting AS m ON m.id = x.meeting_id " + _ACTION_JOINS,
        _ACTION
        + "FROM meeting AS m {join} action_item AS x ON x.meeting_id = m.id "
        + _ACTION_JOINS,
        f"{_NEWEST}, x.id DESC",
        person="x.owner_person_id",
        subcommittee="x.owner_subcommittee_id",
    ),
    Source(
        HitKind.ITEM,
        "search_agenda",
        "i",
        ("title",),
        _ITEM + "FROM {table} {join} meeting AS m ON m.id = i.meeting_id",
        _ITEM + "FROM meeting AS m {join} agenda_item AS i ON i.meeting_id = m.id",
        f"{_NEWEST}, i.id DESC",
    ),
    Source(
        HitKind.ACHIEVEMENT,
        "search_achievement",
        "v",
        ("text", "figure"),
        _ACHIEVEMENT
        + "FROM {table} {join} meeting AS m ON m.id = v.meeting_id "
        + _BRIEFING_ITEM.format(strategy="v.strategy_id"),
        _ACHIEVEMENT
        + "FROM meeting AS m {join} achievement AS v ON v.meeting_id = m.id "
        + _BRIEFING_ITEM.format(strategy="v.strategy_id"),
        f"{_NEWEST}, v.id DESC",
    ),
    Source(
        HitKind.STATUS_CHANGE,
        "search_status_change",
        "c",
        ("note",),
        _CHANGE + "FROM {table} {join} meeting AS m ON m.id = c.meeting_id "
        "{join} task AS t ON t.id = c.task_id " + _BRIEFING_ITEM.format(strategy="t.strategy_id"),
        _CHANGE + "FROM meeting AS m {join} task_status_change AS c ON c.meeting_id = m.id "
        "{join} task AS t ON t.id = c.task_id " + _BRIEFING_ITEM.format(strategy="t.strategy_id"),
        f"{_NEWEST}, c.id DESC",
    ),
)
TABLES = {  # each index and the table it holds
    "search_remark": "remark",
    "search_decision": "decision",
    "search_action": "action_item",
    "search_agenda": "agenda_item",
    "search_achievement": "achievement",
    "search_status_change": "task_status_change",
}
