"""The ``gsmeet`` command: the desktop application, and administration commands over
the same services.

Errors the user can act on are printed as one line (``gsmeet: error: ...``) with a
non-zero exit status; nothing prints a traceback for them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsmeet import __version__
from gsmeet.domain.errors import GsmeetError

if TYPE_CHECKING:
    from gsmeet.storage.db import Store

EXIT_ERROR = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", run_app)
    try:
        return handler(args)
    except GsmeetError as error:
        print(f"gsmeet: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug or an unforeseen input: one line, details logged
        log = _log_traceback()
        print(f"gsmeet: error: {type(error).__name__}: {error} (details in {log})", file=sys.stderr)
        return EXIT_ERROR


def _log_traceback() -> Path:
    """Append the current exception's traceback to the log in the data folder."""
    import traceback
    from datetime import datetime

    from gsmeet.storage.paths import data_dir

    log = data_dir() / "gsmeet-errors.log"
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat(timespec='seconds')} gsmeet {__version__}\n")
        handle.write(traceback.format_exc())
    return log


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gsmeet", description="Run committee sessions and produce their minutes."
    )
    parser.add_argument("--version", action="version", version=f"gsmeet {__version__}")
    parser.add_argument("--db", type=Path, help="the database file (default: user data folder)")
    parser.add_argument("--lang", choices=("ko", "en"), help="language of the window")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit as soon as the window is shown with its data (smoke tests, benchmarks)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        sub = commands.add_parser(name, help=text, description=text)
        # SUPPRESS: a --db given before the command is not overwritten by a default.
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="the database file")
        sub.set_defaults(handler=handler)
        return sub

    demo = command("demo", cmd_demo, "create the demo committee (경산발전전략위원회)")
    demo.add_argument("--force", action="store_true", help="replace an existing database")

    command("check", cmd_check, "check a database's schema and integrity")

    export = command("export", cmd_export, "write all data to a JSON file")
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")

    load = command("import", cmd_import, "load a JSON export into a new database")
    load.add_argument("file", type=Path, help="the JSON file to read")

    for name, handler, text in (
        ("minutes", cmd_minutes, "write a meeting's minutes (회의록) as PDF"),
        ("agenda", cmd_agenda, "write a meeting's agenda packet as PDF"),
        ("signin", cmd_signin, "write a meeting's attendance sign-in sheet (서명부) as PDF"),
        ("issue", cmd_issue, "issue a meeting's minutes: final PDF, locked, versioned"),
        ("packet", cmd_packet, "write the packet for one strategy's sub-committee chair"),
    ):
        sub = command(name, handler, text)
        sub.add_argument(
            "--meeting", required=True, help="meeting number, date (YYYY-MM-DD) or 'latest'"
        )
        sub.add_argument("--out", type=Path, required=True, help="the PDF file to write")
        sub.add_argument("--lang", choices=("ko", "en"), default="ko", help="language")
        if name == "minutes":
            sub.add_argument("--public", action="store_true", help="mask private members' names")
        if name == "issue":
            sub.add_argument("--changes", default="", help="what a correction changed")
        if name == "packet":
            sub.add_argument(
                "--strategy", type=int, required=True, help="the strategy's number (1, 2, …)"
            )

    prepare = command("prepare", cmd_prepare, "prepare the next session from a held one")
    prepare.add_argument(
        "--from", dest="source", required=True, help="meeting number, date or 'latest'"
    )
    prepare.add_argument("--date", required=True, help="date of the new session (YYYY-MM-DD)")
    prepare.add_argument("--time", help="start time (HH:MM); default: the source's")
    prepare.add_argument("--place", help="place; default: the source's")

    # A group: more roster commands (export, check) can join "import" later.
    roster = commands.add_parser("roster", help="the committee's member roster")
    roster_commands = roster.add_subparsers(title="roster commands", metavar="SUBCOMMAND")
    roster_commands.required = True
    load_roster = roster_commands.add_parser(
        "import", help="import members from .xlsx or .csv", description="import members"
    )
    load_roster.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="the database")
    load_roster.add_argument("file", type=Path, help="the roster (.xlsx, or .csv UTF-8/CP949)")
    load_roster.add_argument("--committee", help="committee name (if the database has several)")
    load_roster.add_argument(
        "--only-valid", action="store_true", help="import the valid rows, skip the invalid ones"
    )
    load_roster.add_argument(
        "--on", metavar="DATE", help="the day the changes take effect (default: today)"
    )
    load_roster.set_defaults(handler=cmd_roster_import)
    return parser


def run_app(args: argparse.Namespace) -> int:
    from gsmeet.app import run

    return run(args.db, args.lang, quit_when_ready=args.quit_when_ready)


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    from gsmeet.storage.paths import default_database

    return default_database()


def open_existing(args: argparse.Namespace) -> Store:
    from gsmeet.storage.db import open_store

    path = database_path(args)
    if not path.exists():
        raise GsmeetError(f"{path}: no such database (create one with 'gsmeet demo')")
    return open_store(path)


def cmd_demo(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.setup import create_demo_database

    path = database_path(args)
    create_demo_database(path, replace=args.force)
    print(f"Created the demo committee in {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from gsmeet.storage.check import check_database

    report = check_database(database_path(args))
    if report.ok:
        print(f"{report.path}: ok (schema {report.revision})")
        return 0
    for problem in report.problems:
        print(f"{report.path}: {problem}", file=sys.stderr)
    return EXIT_ERROR


def cmd_export(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.transfer import export_to_file

    store = open_existing(args)
    try:
        summary = export_to_file(store, args.out)
    finally:
        store.close()
    print(f"Exported {summary.total} rows to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.setup import import_database

    path = database_path(args)
    summary = import_database(path, args.file)
    print(f"Imported {summary.total} rows into {path}")
    return 0


def _with_meeting(args: argparse.Namespace, action: Callable[[Store, int], object]) -> object:
    from gsmeet.services.meetings import find_meeting_id

    store = open_existing(args)
    try:
        return action(store, find_meeting_id(store, args.meeting))
    finally:
        store.close()


def _report_replacements(report: object) -> None:
    for char, where in getattr(report, "replaced", ()):
        print(f"warning: {char!r} {where}", file=sys.stderr)


def cmd_minutes(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes import write_minutes

    report = _with_meeting(
        args,
        lambda store, meeting: write_minutes(
            store, meeting, args.out, lang=args.lang, public=args.public
        ),
    )
    _report_replacements(report)
    print(f"Wrote {args.out}")
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes import write_agenda

    report = _with_meeting(
        args, lambda store, meeting: write_agenda(store, meeting, args.out, lang=args.lang)
    )
    _report_replacements(report)
    print(f"Wrote {args.out}")
    return 0


def cmd_signin(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes import write_signin_sheet

    report = _with_meeting(
        args, lambda store, meeting: write_signin_sheet(store, meeting, args.out, lang=args.lang)
    )
    _report_replacements(report)
    print(f"Wrote {args.out}")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes import issue_minutes

    version = _with_meeting(
        args,
        lambda store, meeting: issue_minutes(
            store, meeting, args.out, lang=args.lang, changes=args.changes
        ),
    )
    print(f"Issued version {getattr(version, 'version', '?')} as {args.out}")
    return 0


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


def cmd_roster_import(args: argparse.Namespace) -> int:
    from datetime import date

    from gsmeet.domain.dates import parse_date
    from gsmeet.domain.roster import RosterStatus
    from gsmeet.services.roster import apply_roster, committee_by_name, preview_roster

    on = parse_date(args.on) if args.on else date.today()
    store = open_existing(args)
    try:
        committee = committee_by_name(store, args.committee)
        preview = preview_roster(store, committee, args.file, today=on)
        for row in preview.invalid:
            print(f"{args.file}: row {row.row}: {row.reason}", file=sys.stderr)
        if preview.invalid and not args.only_valid:
            print(
                f"gsmeet: error: {args.file}: {len(preview.invalid)} invalid rows; nothing "
                "imported (fix them, or use --only-valid to skip them)",
                file=sys.stderr,
            )
            return EXIT_ERROR
        result = apply_roster(store, committee, preview, only_valid=args.only_valid)
    finally:
        store.close()
    skipped = f", {result.skipped} invalid skipped" if result.skipped else ""
    print(
        f"Imported {args.file}: {result.new} new, {result.updated} updated, "
        f"{preview.count(RosterStatus.UNCHANGED)} unchanged{skipped}"
    )
    return 0


def cmd_packet(args: argparse.Namespace) -> int:
    from gsmeet.services.meetings import meeting_record
    from gsmeet.services.minutes import write_packet

    def packet(store: Store, meeting: int) -> object:
        record = meeting_record(store, meeting)
        found = [s.id for s in record.strategies if s.number == args.strategy]
        if not found:
            raise GsmeetError(f"--strategy {args.strategy}: no strategy with that number")
        return write_packet(store, meeting, found[0], args.out, lang=args.lang)

    _report_replacements(_with_meeting(args, packet))
    print(f"Wrote {args.out}")
    return 0
