"""Every message gsmeet can show has an English and a Korean wording, with the same
fields, and the Korean one is Korean: no English sentence comes through."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import gsmeet
from gsmeet.domain.errors import KINDS, GsmeetError
from gsmeet.domain.messages import CONTEXT, Message, field_names, subclasses
from gsmeet.translations import say, translations_dir, wordings

HANGUL = re.compile(r"[가-힣]")
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")
# What to type is not a sentence: a command, an option with its value.
COMMANDS = re.compile(r"'gsmeet [^']*'|--[a-z-]+(?: latest)?")


def all_messages() -> list[type[Message]]:
    for module in pkgutil.walk_packages(gsmeet.__path__, "gsmeet."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found = {
        cls for cls in subclasses() if cls not in KINDS and cls.__module__.startswith("gsmeet.")
    }
    return sorted(found, key=lambda cls: cls.key())


MESSAGES = all_messages()


def korean_sources() -> dict[str, tuple[str, str, str | None]]:
    """key → (English source, Korean translation, translation type) in messages_ko.ts."""
    found = {}
    for context in ET.parse(translations_dir() / "messages_ko.ts").getroot().iter("context"):
        assert context.findtext("name") == CONTEXT
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            key = message.findtext("comment", "")
            assert key not in found, f"{key} is in messages_ko.ts twice"
            found[key] = (
                message.findtext("source", ""),
                translation.text or "",
                translation.get("type"),
            )
    return found


KOREAN = korean_sources()


def test_message_keys_are_unique() -> None:
    keys = [cls.key() for cls in MESSAGES]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


@pytest.mark.parametrize("cls", MESSAGES, ids=lambda c: c.key())
def test_a_message_has_both_wordings_with_the_same_fields(cls: type[Message]) -> None:
    assert cls.text.strip(), f"{cls.key()} has no English text"
    assert cls.key() in KOREAN, f"{cls.key()} has no Korean text in messages_ko.ts"
    source, korean, kind = KOREAN[cls.key()]
    assert source == cls.text, f"{cls.key()}: the English text changed; update messages_ko.ts"
    assert kind is None and korean.strip(), f"{cls.key()}: the Korean text is unfinished"
    assert field_names(korean) == field_names(cls.text)


@pytest.mark.parametrize("cls", MESSAGES, ids=lambda c: c.key())
def test_the_korean_rendering_is_korean(cls: type[Message]) -> None:
    sample = cls(**dict.fromkeys(field_names(cls.text), "가나다"))
    korean = say(sample, "ko")
    assert HANGUL.search(korean.replace("가나다", "")), korean
    assert not ENGLISH_WORDS.search(COMMANDS.sub("", korean)), korean
    assert "{" not in korean, korean


def test_no_korean_text_is_left_for_a_message_that_is_gone() -> None:
    keys = {cls.key() for cls in MESSAGES}
    assert not sorted(set(KOREAN) - keys)


def test_the_command_line_reads_the_same_korean_texts() -> None:
    assert wordings("ko") == {key: korean for key, (_, korean, _) in KOREAN.items()}
    assert wordings("en") == {}


def test_every_raise_names_its_message_class_with_fields() -> None:
    """No raise site hands an error a sentence (``InvalidInputError("…")``): that form
    fails at run time, and this finds it where no test runs the line."""
    errors = {cls.__name__ for cls in subclasses(GsmeetError)} | {"GsmeetError"}
    found = []
    for path in sorted(Path(gsmeet.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            func = node.exc.func  # gsmeet imports its errors by name (sqlite3.X is not one)
            name = func.id if isinstance(func, ast.Name) else ""
            if name in errors and (node.exc.args or name in {k.__name__ for k in KINDS}):
                found.append(f"{path.name}:{node.lineno} {name}")
    assert not found, found
