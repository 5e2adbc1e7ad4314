"""Whole databases: ``demo``, ``check``, ``export``, ``import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gsmeet.cli.common import (
    EXIT_ERROR,
    Commands,
    about,
    add_command,
    database_path,
    held_lock,
    one_line,
    open_existing,
    say_kept,
)


def register(commands: Commands) -> None:
    demo = add_command(commands, "demo", cmd_demo, "create the demo committee (경산발전전략위원회)")
    demo.add_argument("--force", action="store_true", help="replace an existing database")

    add_command(
        commands, "check", cmd_check, "check a database's schema and integrity", writes=False
    )

    export = add_command(
        commands, "export", cmd_export, "write all data to a JSON file", writes=False
    )
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")

    load = add_command(commands, "import", cmd_import, "load a JSON export into a new database")
    load.add_argument("file", type=Path, help="the JSON file to read")


def cmd_demo(args: argparse.Namespace) -> int:
    from gsmeet.demo.database import create_demo_database

    path = database_path(args)
    kept = create_demo_database(path, replace=args.force, lock=held_lock(args))
    print(f"Created the demo committee in {path}")
    say_kept(kept)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from gsmeet.storage.check import check_database

    report = check_database(database_path(args))
    if report.ok:
        print(f"{report.path}: ok (schema {report.revision})")
        return 0
    problems = [one_line(about(report.path, str(problem))) for problem in report.problems]
    if len(problems) == 1:
        print(f"gsmeet: error: {problems[0]}", file=sys.stderr)
    else:  # the list, then what it amounts to
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"gsmeet: error: {report.path}: {len(problems)} problems", file=sys.stderr)
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
    summary = import_database(path, args.file, lock=held_lock(args))
    print(f"Imported {summary.total} rows into {path}")
    return 0
