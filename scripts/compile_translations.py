"""Compile the translation sources (gsmeet/resources/translations/*.ts) into the .qm
files the application loads, with Qt's ``lrelease`` (``pyside6-lrelease`` from the
virtual environment, else from PATH). Quiet when all is well.

    .venv/bin/python scripts/compile_translations.py [--check] [--out DIR] [--verbose]

``--check`` fails (exit 1) when a .ts file has an unfinished or empty translation.
``--out`` writes the .qm files to DIR instead of beside their sources (``setup.py``
does this when a wheel is built, so the wheel holds them).
To add new source strings to a .ts file after changing the UI:

    .venv/bin/pyside6-lupdate $(find gsmeet/ui -name '*.py') gsmeet/app.py \\
        -locations none -no-obsolete -ts gsmeet/resources/translations/gsmeet_ko.ts
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "gsmeet" / "resources" / "translations"


def find_lrelease() -> str:
    """``pyside6-lrelease`` next to this Python (the venv), or on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
            candidate = folder / name
            if candidate.exists():
                return str(candidate)
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit(
        "lrelease not found: install PySide6-Essentials into this Python "
        "(it ships pyside6-lrelease) or put Qt's lrelease on PATH"
    )


def unfinished(ts_file: Path) -> list[str]:
    """Source strings of ``ts_file`` whose translation is missing or marked unfinished."""
    problems = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            if (
                translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                problems.append(f"{name}: {message.findtext('source', '')!r}")
    return problems


def compile_all(out: Path | None = None, *, verbose: bool = False) -> list[str]:
    """Compile every .ts into ``out`` (default: beside it); returns the failures."""
    failures = []
    lrelease: str | None = None
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        qm_file = (out or ts_file.parent) / ts_file.with_suffix(".qm").name
        lrelease = lrelease or find_lrelease()
        qm_file.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [lrelease, "-silent", str(ts_file), "-qm", str(qm_file)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not qm_file.exists():
            failures.append(f"{ts_file.name}: lrelease failed\n{done.stdout}{done.stderr}")
        elif verbose:
            print(qm_file)
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description="Compile .ts translations to .qm")
    parser.add_argument("--check", action="store_true", help="fail on unfinished strings")
    parser.add_argument("--out", type=Path, help="write the .qm files here")
    parser.add_argument("--verbose", action="store_true", help="name each file compiled")
    args = parser.parse_args()
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        print(f"no .ts files in {TRANSLATIONS}", file=sys.stderr)
        return 1
    status = 0
    if args.check:
        for ts_file in sources:
            for problem in unfinished(ts_file):
                print(f"{ts_file.name}: not translated: {problem}", file=sys.stderr)
                status = 1
    failures = compile_all(args.out, verbose=args.verbose)
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else status


if __name__ == "__main__":
    raise SystemExit(main())
