"""Sessions: ``prepare`` the next one from a held one."""

from __future__ import annotations

import argparse

from gsmeet.cli.common import Commands, add_command, open_existing


def register(commands: Commands) -> None:
    prepare = add_command(
        commands, "prepare", cmd_prepare, "prepare the next session from a held one"
    )
    prepare.add_argument(
        "--from", dest="source", required=True, help="meeting number, date or 'latest'"
    )
    prepare.add_argument("--date", required=True, help="date of the new session (YYYY-MM-DD)")
    prepare.add_argument("--time", help="start time (HH:MM); default: the source's")
    prepare.add_argument("--place", help="place; default: the source's")


def cmd_prepare(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import format_date, format_time, parse_date, parse_time
    from gsmeet.domain.labels import label
    from gsmeet.services.prepare import prepare_next, source_meeting_id

    held_on = parse_date(args.date)
    start = parse_time(args.time) if args.time else None
    store = open_existing(args)
    try:
        prepared = prepare_next(
            store,
            from_meeting_id=source_meeting_id(store, args.source),
            held_on=held_on,
            start_time=start,
            place=args.place,
        )
    finally:
        store.close()
    m = prepared.meeting
    print(
        f"Prepared 제{m.number}차 {label(m.kind)} {format_date(m.held_on)} "
        f"{format_time(m.start_time)}: {prepared.agenda_items} agenda items, "
        f"{prepared.open_actions} open actions to review, {prepared.invitees} invitees"
    )
    return 0
