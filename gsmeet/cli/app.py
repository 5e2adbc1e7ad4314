"""``gsmeet`` with no command: the desktop application.

Before Qt is loaded, what would make it abort with a screenful of messages is said in
one line: no display to show a window on (with how to run without one), or, for
``--quit-when-ready``, a database that does not exist (the window asks whether to
create one; an unattended run must not create an empty committee from a typo).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from gsmeet.cli.common import EXIT_ERROR, db_option, error_line
from gsmeet.cli.speech import say, t
from gsmeet.domain.messages import Message


class NoDisplay(Message):
    text = (
        "no display (neither DISPLAY nor WAYLAND_DISPLAY is set); to run without a screen, "
        "set QT_QPA_PLATFORM=offscreen"
    )


class NoXServer(Message):
    text = (
        "no X server answers on display {display}; to run without a screen, "
        "set QT_QPA_PLATFORM=offscreen"
    )


class NoDatabaseToShow(Message):
    text = (
        "{path}: no such database (without --quit-when-ready the window offers to create "
        "it; 'gsmeet demo --db' makes the demo committee)"
    )


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=db_option,
        help=t(
            "the database file (default: in the user data folder), or a server database "
            "(postgresql://USER@HOST/DB)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        help=t("the language of the window and of what gsmeet says (default: the system's)"),
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help=t("exit as soon as the window is shown with its data (smoke tests, benchmarks)"),
    )


def run_app(args: argparse.Namespace) -> int:
    problem = display_problem(os.environ, sys.platform)
    local = isinstance(args.db, Path)
    if problem is None and args.quit_when_ready and local and not args.db.exists():
        problem = NoDatabaseToShow(path=args.db)
    if problem is not None:
        print(error_line(say(problem)), file=sys.stderr)
        return EXIT_ERROR
    from gsmeet.app import run

    return int(run(args.db, args.lang, quit_when_ready=args.quit_when_ready))


def display_problem(environ: Mapping[str, str], platform: str) -> Message | None:
    """Why Qt would find no screen to show the window on, or None.

    Only where windows need an X or Wayland server (Linux and the BSDs), and only when
    Qt is left to choose its platform or told to use X (``QT_QPA_PLATFORM`` unset or
    ``xcb``)."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen not in ("", "xcb") or not platform.startswith(("linux", "freebsd", "openbsd")):
        return None  # offscreen, wayland, vnc…: the user chose; Windows, macOS: no server
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        return NoDisplay()
    if not x_server_answers(display):
        return NoXServer(display=display)
    return None


def x_server_answers(display: str) -> bool:
    """Whether a local X display (``:N``, ``:N.S``, ``unix:N``) accepts a connection.
    Other forms (``host:N``, forwarded over the network) are not probed: True."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return True
    import socket  # here, not at the top: ~7-10 ms that no other command needs

    path = f"/tmp/.X11-unix/X{number}"
    for address in ("\0" + path, path):  # Linux's abstract socket first, then the file
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(address)
            except OSError:
                continue
            return True
    return False
