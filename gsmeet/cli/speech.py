"""The language the command line speaks, and its fixed texts.

What gsmeet prints — errors, results, ``--help``, argparse's own usage lines and
complaints — is in one language per run: ``gsmeet --lang ko|en`` before the command,
else a command's own ``--lang``, else the system's (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``; on Windows the user locale): Korean on a Korean system,
English elsewhere. For a document command (``minutes``, ``agenda`` …) its ``--lang`` is
also the document's language, which is Korean unless it is given; so ``gsmeet --lang
en minutes --lang ko …`` reports in English on Korean minutes.

Messages (errors, results) are :class:`~gsmeet.domain.messages.Message` classes,
rendered with :func:`say`; fixed texts (help, titles) go through :func:`t`, whose
Korean is in ``cli_ko.ts`` (``scripts/sync_messages.py`` adds new ones). Both are read
from the translation sources when first needed, so a run in English reads nothing.
"""

from __future__ import annotations

import argparse
import locale
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from gsmeet.domain.labels import Lang
from gsmeet.domain.messages import Message

CONTEXT = "cli"  # the translation context of the command line's own texts
ARGPARSE = "argparse"  # and of argparse's, as argparse writes them
# Options that take a value before the command (to find where the command starts).
_VALUED = {"--db", "--lang"}

# What argparse (Python 3.11+) passes through gettext; the ones people meet.
ARGPARSE_TEXTS = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "argument %(argument_name)s: %(message)s",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "expected %s argument",
    "expected %s arguments",
    "invalid %(type)s value: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "one of the arguments %s is required",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
)

_speaking: list[Lang] = ["en"]  # the language of this run (set by :func:`speaking`)


def language() -> Lang:
    """The language of this run (set by :func:`speaking`)."""
    return _speaking[-1]


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> Lang:
    """The language to speak for ``argv`` (see the module): ``--lang`` before the
    command, else after it, else the system's."""
    before, after = _lang_options(argv)
    chosen = before or after
    if chosen in ("ko", "en"):
        return chosen  # type: ignore[return-value]
    return system_language(os.environ if environ is None else environ)


def _lang_options(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """The ``--lang`` given before the command and the one given after it."""
    found: list[str | None] = [None, None]
    side = 0  # 0: before the command, 1: after
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        name, has_value, value = token.partition("=")
        if name == "--lang":
            value = value if has_value else next(tokens, "")
            found[side] = found[side] or value.strip().lower()[:2]
        elif side == 0 and name in _VALUED and not has_value:
            next(tokens, None)
        elif side == 0 and not token.startswith("-"):
            side = 1
    return found[0], found[1]


def system_language(environ: Mapping[str, str]) -> Lang:
    """Korean when the system's language for messages is Korean, else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "ko" if _is_korean(value.split(":")[0]) else "en"
    if sys.platform == "win32":
        return "ko" if _is_korean(locale.getlocale()[0] or "") else "en"
    return "en"


def _is_korean(name: str) -> bool:
    return name.lower().startswith(("ko", "korean"))


def t(text: str) -> str:
    """One of the command line's fixed texts (``text`` is its English) in the language
    of this run."""
    if language() == "en":
        return text
    from gsmeet.translations import texts

    return texts(language(), "cli").get((CONTEXT, text)) or text


def say(message: Message) -> str:
    """``message`` in the language of this run."""
    if language() == "en":
        return message.render("en")
    from gsmeet.translations import say as render

    return render(message, language())


@contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """Speak ``lang`` in the block: :func:`t`, :func:`say` and argparse's own texts."""
    module: Any = argparse  # its gettext names are not in its stubs
    previous = module._, module.ngettext
    _speaking.append(lang)
    if lang != "en":
        module._, module.ngettext = _argparse_text, _argparse_plural
    try:
        yield
    finally:
        _speaking.pop()
        module._, module.ngettext = previous


def _argparse_text(text: str) -> str:
    from gsmeet.translations import texts

    return texts(language(), "cli").get((ARGPARSE, text)) or text


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)
