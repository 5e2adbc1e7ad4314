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
    database_location,
    error_line,
    held_lock,
    one_line,
    open_existing,
    say_kept,
    with_password,
)
from gsmeet.cli.speech import say, t
from gsmeet.domain.locations import Server
from gsmeet.domain.messages import Message


class DemoCreated(Message):
    text = "Created the demo committee in {path}"


class CheckPassed(Message):
    text = "{path}: ok (schema {revision})"


class CheckFound(Message):
    text = "{path}: {count} problems"


class Exported(Message):
    text = "Exported {count} rows to {path}"


class Imported(Message):
    text = "Imported {count} rows into {path}"


def register(commands: Commands) -> None:
    demo = add_command(
        commands, "demo", cmd_demo, t("create the demo committee (경산발전전략위원회)")
    )
    demo.add_argument("--force", action="store_true", help=t("replace an existing database"))

    add_command(
        commands, "check", cmd_check, t("check a database's schema and integrity"), writes=False
    )

    export = add_command(
        commands, "export", cmd_export, t("write all data to a JSON file"), writes=False
    )
    export.add_argument("--out", type=Path, required=True, help=t("the JSON file to write"))

    load = add_command(commands, "import", cmd_import, t("load a JSON export into a new database"))
    load.add_argument("file", type=Path, help=t("the JSON file to read"))


def cmd_demo(args: argparse.Namespace) -> int:
    from gsmeet.demo.database import create_demo_database, create_demo_on_server

    location = database_location(args)
    if isinstance(location, Server):
        with_password(location, create_demo_on_server)
        print(say(DemoCreated(path=location)))
        return 0
    path = location
    kept = create_demo_database(path, replace=args.force, lock=held_lock(args))
    print(say(DemoCreated(path=path)))
    say_kept(kept)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from gsmeet.storage.check import CheckReport, check_database

    location = database_location(args)
    report: CheckReport
    if isinstance(location, Server):
        from gsmeet.storage.server import check_server

        report = with_password(location, check_server)
    else:
        report = check_database(location)
    if report.ok:
        print(say(CheckPassed(path=report.path, revision=report.revision)))
        return 0
    problems = [one_line(about(report.path, say(problem))) for problem in report.problems]
    damage = next((p for p in report.problems if damaged(p)), None)
    if damage is not None and len(problems) == 1 and isinstance(report.path, Path):
        from gsmeet.cli.backups import with_backup  # its newest backup, as elsewhere

        problems = [one_line(say(with_backup(report.path, damage)))]
    if len(problems) == 1:
        print(error_line(problems[0]), file=sys.stderr)
    else:  # the list, then what it amounts to
        for problem in problems:
            print(problem, file=sys.stderr)
        print(error_line(say(CheckFound(path=report.path, count=len(problems)))), file=sys.stderr)
    return EXIT_ERROR


def damaged(problem: Message) -> bool:
    """Whether a check's ``problem`` means the file is damaged (a backup may help)."""
    from gsmeet.domain.errors import CorruptDatabaseError
    from gsmeet.storage.check import IntegrityProblem

    return isinstance(problem, CorruptDatabaseError | IntegrityProblem)


def cmd_export(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.transfer import export_to_file

    store = open_existing(args)
    try:
        summary = export_to_file(store, args.out)
    finally:
        store.close()
    print(say(Exported(count=summary.total, path=args.out)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from gsmeet.services.admin.setup import import_database

    location = database_location(args)
    if isinstance(location, Server):
        summary = with_password(location, lambda s: import_database(s, args.file))
    else:
        summary = import_database(location, args.file, lock=held_lock(args))
    print(say(Imported(count=summary.total, path=location)))
    return 0
