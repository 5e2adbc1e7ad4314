"""The command line speaks the user's language: Korean on a Korean system or with
``--lang ko`` (errors, results, ``--help`` and argparse's own lines), English with
``--lang en``; dates in results as each language writes them; a document command's
``--lang`` is the document's language."""

from __future__ import annotations

import argparse
import ast
import functools
import re
import subprocess
from pathlib import Path

import pytest

from gsmeet.cli import build_parser
from gsmeet.cli.speech import choose_language, speaking, system_language
from gsmeet.translations import texts

from .conftest import RunCli, gsmeet_process

ROOT = Path(__file__).resolve().parents[1]
HANGUL = re.compile(r"[가-힣]")
# Two English words in a row, outside what is typed as it is: options, their values and
# metavars, command names, file suffixes, formats.
ENGLISH = re.compile(r"\b[a-z]{3,}\s+[a-z]{3,}\b", re.IGNORECASE)
TYPED = re.compile(
    r"--?[a-z][\w-]*(?:\s+[A-Z][A-Z_]*|\s+\{[^}]*\})?|\{[^}]*\}|'[^']*'|\[[^\]]*\]|"
    r"\b[A-Z][A-Z_]+\b|\.\w+|gsmeet(?: \w+)*|\b(?:PDF|DOCX|HWPX|JSON|CSV|UTF-8|CP949)\b"
)


def commands() -> list[list[str]]:
    """Every command and sub-command, as typed (``["roster", "import"]``)."""
    found: list[list[str]] = []

    def walk(parser: object, path: list[str]) -> None:
        for action in getattr(parser, "_actions", ()):
            choices = getattr(action, "choices", None)
            if not isinstance(choices, dict):
                continue
            for name, sub in choices.items():
                found.append([*path, name])
                walk(sub, [*path, name])

    walk(build_parser(), [])
    return found


def english_sentences(text: str) -> list[str]:
    plain = TYPED.sub(" ", text)
    return [line for line in plain.splitlines() if ENGLISH.search(line)]


@pytest.mark.parametrize("command", [[], *commands()], ids=" ".join)
def test_help_is_korean_with_lang_ko(gsmeet: RunCli, command: list[str]) -> None:
    result = gsmeet("--lang", "ko", *command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("사용법: gsmeet"), result.stdout
    assert "옵션:" in result.stdout
    assert not english_sentences(result.stdout), english_sentences(result.stdout)
    for line in result.stdout.splitlines():
        if line.startswith("  -") and "  " in line.strip():
            assert HANGUL.search(line), f"an option without Korean help: {line}"


def test_help_is_english_with_lang_en(gsmeet: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    result = gsmeet("--lang", "en", "minutes", "--help")
    assert result.stdout.startswith("usage: gsmeet minutes")
    # (the Korean terms it explains, and a sub-committee's name in an example)
    terms = ("회의록", "작성일", "행복건강도시")
    assert not HANGUL.search(
        functools.reduce(lambda text, t: text.replace(t, ""), terms, result.stdout)
    )


def test_a_korean_system_gets_korean_errors_and_results(
    gsmeet: RunCli, bare_demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_db = bare_demo_db  # 제3차 not yet prepared
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    missing = gsmeet("minutes", "--db", demo_db, "--meeting", "1999-01-01", "--out", "x.pdf")
    assert missing.stderr == "gsmeet: 오류: 1999. 1. 1.에 열린 회의가 없습니다\n"
    usage = gsmeet("minutes", "--db", demo_db)
    assert usage.returncode == 2
    assert usage.stderr == (
        "gsmeet: 오류: 다음 인자가 있어야 합니다: --meeting, --out ('gsmeet minutes --help' 참고)\n"
    )
    wrong = gsmeet("bogus")
    assert wrong.stderr.startswith("gsmeet: 오류: 인자 COMMAND: 고를 수 없는 값: 'bogus'")
    prepared = gsmeet(
        "prepare", "--db", demo_db, "--from", "latest", "--date", "2019-11-28", "--time", "14:00"
    )
    assert prepared.stdout.startswith(
        "다음 회의를 준비했습니다: 제3차 정기회의 2019. 11. 28.(목) 14:00, 안건 15건"
    )
    out = tmp_path / "m.pdf"
    written = gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--out", out)
    assert written.stdout == f"{out}에 썼습니다\n"


def test_lang_en_on_a_korean_system_is_english(
    gsmeet: RunCli, bare_demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_db = bare_demo_db  # 제3차 not yet prepared
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    result = gsmeet(
        "prepare", "--lang", "en", "--db", demo_db, "--from", "2", "--date", "2019-11-28"
    )
    assert result.stdout.startswith(
        "Prepared 3rd regular meeting, Thursday 28 November 2019 14:00: 15 agenda items"
    ), result.stdout
    missing = gsmeet("--lang", "en", "check", "--db", demo_db.with_name("none.db"))
    assert missing.stderr == f"gsmeet: error: {demo_db.with_name('none.db')}: no such file\n"


def test_a_document_commands_lang_is_the_documents_language(
    gsmeet: RunCli, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    out = tmp_path / "en.pdf"
    # gsmeet speaks Korean (before the command); the minutes are English (after it).
    result = gsmeet(
        "--lang", "ko", "minutes", "--db", demo_db, "--meeting", "2", "--lang", "en", "--out", out
    )
    assert result.stdout == f"{out}에 썼습니다\n"
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Minutes" in text and "회의록" not in text
    # Without a language before the command, the document's is also gsmeet's.
    again = gsmeet("minutes", "--db", demo_db, "--meeting", "2", "--lang", "en", "--out", out)
    assert again.stdout == f"Wrote {out}\n"


@pytest.mark.parametrize(
    ("argv", "environ", "lang"),
    [
        (["--lang", "ko", "check"], {}, "ko"),
        (["--lang=en", "check"], {"LANG": "ko_KR.UTF-8"}, "en"),
        (["--db", "x.db", "--lang", "ko"], {}, "ko"),
        (["minutes", "--lang", "en"], {"LANG": "ko_KR.UTF-8"}, "en"),
        (["--lang", "ko", "minutes", "--lang", "en"], {}, "ko"),
        (["--db", "--lang", "check"], {"LANG": "ko_KR.UTF-8"}, "ko"),  # a file named --lang
        (["check"], {"LANG": "ko_KR.UTF-8"}, "ko"),
        (["check"], {"LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}, "en"),
        (["check"], {"LANGUAGE": "ko:en", "LANG": "C.UTF-8"}, "ko"),
        (["check"], {}, "en"),
    ],
)
def test_which_language_a_run_speaks(argv: list[str], environ: dict[str, str], lang: str) -> None:
    assert choose_language(argv, environ) == lang


def test_system_language_reads_the_posix_order() -> None:
    assert system_language({"LC_MESSAGES": "ko_KR.UTF-8"}) == "ko"
    assert system_language({"LANG": "en_GB.UTF-8"}) == "en"


def test_argparse_is_left_as_it_was() -> None:
    import argparse

    before = argparse._  # type: ignore[attr-defined]
    with speaking("ko"):
        assert argparse._("usage: ") == "사용법: "  # type: ignore[attr-defined]
    assert argparse._ is before  # type: ignore[attr-defined]
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_every_text_the_command_line_shows_has_its_korean() -> None:
    korean = texts("ko", "cli")
    shown = set()
    for path in sorted((ROOT / "gsmeet" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "t":
                assert isinstance(node.args[0], ast.Constant), f"{path.name}: t() of a variable"
                shown.add(("cli", node.args[0].value))
    assert shown - set(korean) == set(), "run scripts/sync_messages.py and translate"
    for (_context, source), text in korean.items():
        fields = sorted(re.findall(r"\{\w+\}|%\(\w+\)[sr]|%[sr]", source))
        assert fields == sorted(re.findall(r"\{\w+\}|%\(\w+\)[sr]|%[sr]", text)), source


def test_nothing_prints_a_sentence_of_its_own() -> None:
    """What a command prints is a message (``say``) or a fixed text (``t``), never an
    f-string or a literal that no translation can reach."""
    found = []
    for path in sorted((ROOT / "gsmeet" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "print"
                and any(isinstance(arg, (ast.JoinedStr, ast.Constant)) for arg in node.args)
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, found


def test_a_real_process_on_a_korean_system(demo_db: Path) -> None:
    result = gsmeet_process("check", "--db", demo_db, env={"LANG": "ko_KR.UTF-8"})
    assert result.returncode == 0
    assert result.stdout == f"{demo_db}: 이상 없음 (스키마 {result.stdout.split('스키마 ')[1]}"


def meeting_commands() -> list[list[str]]:
    """The commands that name one session with ``--meeting``."""

    def takes_meeting(parser: argparse.ArgumentParser) -> bool:
        return any("--meeting" in action.option_strings for action in parser._actions)

    found = []
    for command in commands():
        parser: argparse.ArgumentParser = build_parser()
        for name in command:
            (sub,) = [
                a.choices[name]
                for a in parser._actions
                if isinstance(getattr(a, "choices", None), dict) and name in a.choices
            ]
            parser = sub
        if takes_meeting(parser):
            found.append(command)
    return found


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_meeting_option_teaches_the_told_apart_form(gsmeet: RunCli, lang: str) -> None:
    """Two sessions of one day (two 분과 meeting on 2020-04-10) are named by the date and
    the sub-committee: every ``--meeting`` says so in its help, not only its refusal."""
    named = meeting_commands()
    assert {"minutes", "issue", "send"} <= {command[0] for command in named}
    assert ["session", "edit"] in named
    for command in named:
        result = gsmeet("--lang", lang, *command, "--help")
        assert result.returncode == 0, result.stderr
        assert "--meeting REF" in result.stdout, command
        assert "'2020-04-10 행복건강도시'" in " ".join(result.stdout.split()), command
