"""scripts/bootstrap repairs a half-made virtual environment instead of dying on it.

On a bare Debian, ``python3 -m venv`` without python3-venv stops after writing
``.venv/bin/python`` and before pip: the next run must not take that for a finished
environment. Run on a temporary copy of the script (its ``venv`` step, the one that
makes and checks the environment), never on the checkout's own .venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def bootstrap_venv(repo: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONHOME")}
    return subprocess.run(
        ["bash", str(repo / "scripts" / "bootstrap"), "venv"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=600,
    )


def pip_works(venv: Path) -> bool:
    python = venv / "bin" / "python"
    done = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    (copy / "scripts").mkdir(parents=True)
    shutil.copy2(ROOT / "scripts" / "bootstrap", copy / "scripts" / "bootstrap")
    return copy


def half_made(venv: Path) -> None:
    """What ``python3 -m venv`` leaves when ensurepip is missing: a python, no pip."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    assert (venv / "bin" / "python").exists() and not pip_works(venv)


def test_a_half_made_venv_is_made_again(repo: Path) -> None:
    venv = repo / ".venv"
    half_made(venv)
    stray = venv / "left-over"
    stray.write_text("from the failed run", encoding="utf-8")
    result = bootstrap_venv(repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "bootstrap: re-creating .venv (it was half-made: no working python with pip)"
    ]
    assert pip_works(venv) and not stray.exists()
    again = bootstrap_venv(repo)  # now sound: nothing to do, nothing said
    assert again.returncode == 0 and again.stdout == "" and again.stderr == ""


def test_a_venv_whose_python_is_gone_is_made_again(repo: Path) -> None:
    venv = repo / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(repo / "no-such-python")  # its Python was removed
    result = bootstrap_venv(repo)
    assert result.returncode == 0, result.stderr
    assert "re-creating .venv" in result.stdout and pip_works(venv)
