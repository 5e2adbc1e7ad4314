import importlib.util
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_data_format_reference_matches_the_models() -> None:
    script = ROOT / "scripts" / "data_format_doc.py"
    result = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert result.returncode == 0, "run scripts/data_format_doc.py to update docs/data-format.md"


def screenshot_names() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location(
        "screenshots", ROOT / "scripts" / "screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.SHOTS)


def test_every_image_in_docs_is_made_by_scripts_screenshots() -> None:
    made = set(screenshot_names())
    assert {p.name for p in (ROOT / "docs").glob("*.png")} == made
    shown = set(re.findall(r"\(docs/([\w-]+\.png)\)", (ROOT / "README.md").read_text("utf-8")))
    assert shown <= made and shown, shown


def test_the_window_pictures_can_be_taken(demo_db: Path, tmp_path: Path) -> None:
    """The main window's part of scripts/screenshots, offscreen: it cannot rot unseen."""
    from gsmeet.services.listing import list_meetings
    from gsmeet.services.prepare import prepare_next
    from gsmeet.storage.db import open_store

    store = open_store(demo_db)
    try:
        second = next(m for m in list_meetings(store, 1) if m.number == 2)
        prepare_next(store, from_meeting_id=second.id, held_on=date(2019, 11, 28))
    finally:
        store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.window_shots",
            "--db",
            str(demo_db),
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for name in ("main-window.png", "register.png", "agenda-builder.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (tmp_path / name).stat().st_size > 50_000  # a window, not an empty frame


def test_every_reliability_scenario_names_tests_that_exist() -> None:
    """docs/reliability.md: rows 1–22, each naming tests that exist (a function is
    looked for anywhere under tests/, so a test moved to another file still counts),
    or saying why there is none yet."""
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+|—) \| [^|]+ \| (.+) \|$", text, re.MULTILINE)
    assert sorted(int(n) for n, _ in rows if n != "—") == list(range(1, 23))
    defined = {
        name
        for path in (ROOT / "tests").rglob("test_*.py")
        for name in re.findall(r"^(?:async )?def (test_\w+)", path.read_text("utf-8"), re.M)
    }
    for number, cell in rows:
        named = re.findall(r"`(tests/[\w/]+\.py)(?:::(test_\w+))?`", cell)
        if not named:
            assert cell.startswith("not yet:"), f"row {number} names no test"
        for path, function in named:
            if function:
                assert function in defined, f"row {number}: no test {function}"
            else:
                assert (ROOT / path).is_file(), f"row {number}: no file {path}"
