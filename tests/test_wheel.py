"""The wheel works away from the checkout: built from a copy of the sources (without the
checkout's compiled translations), installed into a fresh virtual environment, and run
from an unrelated folder — the demo committee, its minutes with the fonts embedded,
the Korean translations, the window.

To stay quick, the build uses this environment's setuptools and PySide6 (no isolated
build environment to fill) and the fresh environment borrows this one's dependencies
through a ``.pth`` line instead of installing them again; gsmeet itself comes only from
the wheel (checked)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from gsmeet import __version__

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
PIP = (sys.executable, "-m", "pip")
FONTS = ("GsmeetGothic", "GsmeetGothicBold", "GsmeetMyeongjo", "GsmeetMyeongjoBold")


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, f"{' '.join(map(str, args))}:\n{done.stdout}{done.stderr}"
    return done.stdout


def korean(context: str, source: str) -> str:
    """The translation of ``source`` as the .ts file in the checkout has it."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "gsmeet" / "resources" / "translations" / "gsmeet_ko.ts"
    for found in ET.parse(ts).getroot().iter("context"):
        if found.findtext("name") == context:
            for message in found.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise LookupError(source)


def copy_sources(target: Path) -> None:
    """What a source distribution holds, without build output (.qm, caches)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    shutil.copytree(ROOT / "gsmeet", target / "gsmeet", ignore=ignore)
    for name in SOURCES:
        shutil.copyfile(ROOT / name, target / name)
    (target / "scripts").mkdir()
    script = Path("scripts") / "compile_translations.py"
    shutil.copyfile(ROOT / script, target / script)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    copy_sources(source)
    quiet_offline = ("-q", "--no-deps", "--no-index")
    run(*PIP, "wheel", *quiet_offline, "--no-build-isolation", "-w", folder / "dist", source,
        cwd=folder)  # fmt: skip
    (built,) = (folder / "dist").glob("gsmeet-*.whl")
    return built


def test_the_wheel_holds_the_fonts_licence_translations_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    fonts = {f"gsmeet/resources/fonts/{font}.ttf" for font in FONTS}
    assert fonts | {"gsmeet/resources/fonts/OFL.txt"} <= names
    assert {
        "gsmeet/resources/translations/gsmeet_ko.qm",
        "gsmeet/resources/translations/messages_ko.qm",
        "gsmeet/resources/translations/messages_ko.ts",  # the command line's wordings
        "gsmeet/resources/translations/cli_ko.ts",  # and its fixed texts
        "gsmeet/resources/translations/qt_gaps_ko.qm",  # what Qt's qtbase_ko lacks
        "gsmeet/storage/migrations/env.py",
    } <= names
    assert any(n.startswith("gsmeet/storage/migrations/versions/0001") for n in names)
    assert f"gsmeet-{__version__}.dist-info/licenses/gsmeet/resources/fonts/OFL.txt" in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)


def test_the_installed_wheel_runs_from_an_unrelated_folder(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    purelib = Path(
        run(
            python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
        ).strip()
    )
    # The dependencies (PySide6, SQLAlchemy, ReportLab …) from this environment; a .pth
    # line adds the folder without running its own .pth files (so not the checkout).
    (purelib / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    run(*PIP, "--python", python, "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    env |= {"GSMEET_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    where = run(python, "-c", "import gsmeet; print(gsmeet.__file__)", cwd=elsewhere, env=env)
    assert Path(where.strip()).is_relative_to(venv), where  # not the checkout

    gsmeet = venv / "bin" / "gsmeet"
    assert "Created the demo committee" in run(
        gsmeet, "demo", "--db", "demo.db", cwd=elsewhere, env=env
    )
    run(
        gsmeet,
        "minutes",
        "--db",
        "demo.db",
        "--meeting",
        "latest",
        "--out",
        "m.pdf",
        cwd=elsewhere,
        env=env,
    )
    fonts = run("pdffonts", "m.pdf", cwd=elsewhere).splitlines()[2:]
    embedded = {line.split()[0].split("+")[-1] for line in fonts if " yes " in f" {line} "}
    assert {"GsmeetMyeongjo", "GsmeetMyeongjoBold"} <= embedded, fonts
    assert all(" yes " in f" {line} " for line in fonts), fonts  # every font embedded

    translated = run(
        python,
        "-c",
        "from PySide6.QtCore import QTranslator; from gsmeet.resources import translations_dir;"
        "t = QTranslator(); assert t.load('gsmeet_ko', str(translations_dir()));"
        "print(t.translate('FirstRun', 'Welcome to gsmeet'))",
        cwd=elsewhere,
        env=env,
    )
    assert translated.strip() == korean("FirstRun", "Welcome to gsmeet")
    window = subprocess.run(
        [gsmeet, "--db", "demo.db", "--lang", "ko", "--quit-when-ready"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert window.returncode == 0 and window.stderr == "", window.stderr
