"""Wordings in the user's language for code that runs without Qt (the command line):
read from the same translation sources (``messages_<lang>.ts``, ``cli_<lang>.ts``) that
Qt compiles for the window, so a message has one Korean text wherever it is shown."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from gsmeet.domain.labels import Lang
from gsmeet.domain.messages import CONTEXT, Message
from gsmeet.resources import translations_dir


@cache
def wordings(lang: Lang) -> dict[str, str]:
    """Message key → template in ``lang`` (empty for English: the code holds it)."""
    if lang == "en":
        return {}
    source = translations_dir() / f"messages_{lang}.ts"
    found: dict[str, str] = {}
    for context in ET.parse(source).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            key = message.findtext("comment")
            if key and translation is not None and translation.get("type") is None:
                found[key] = translation.text or ""
    return found


@cache
def texts(lang: Lang, catalog: str) -> dict[tuple[str, str], str]:
    """(context, English source) → finished translation in ``<catalog>_<lang>.ts``."""
    if lang == "en":
        return {}
    found: dict[tuple[str, str], str] = {}
    root = ET.parse(translations_dir() / f"{catalog}_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[(name, message.findtext("source", ""))] = translation.text or ""
    return found


def say(message: Message, lang: Lang) -> str:
    """``message`` in ``lang``; in English where a translation is missing."""
    found = wordings(lang)
    return message.render(lang, lambda cls: found.get(cls.key()) or None)
