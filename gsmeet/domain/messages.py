"""Messages for people: a stable key, its arguments, and a wording per language.

A :class:`Message` subclass is one thing gsmeet can tell the user — an error (see
:mod:`gsmeet.domain.errors`) or a notice a service returns. Its class name is its key
and stays stable; its class attribute ``text`` is the English wording with ``{named}``
fields (Qt's convention: the English source text lives in the code). The Korean wording
lives in the translation source ``messages_ko.ts`` (context ``Message``, the key as the
disambiguation comment), which the window loads through Qt's translator and the command
line reads directly; a test fails when a message lacks either wording.

Arguments stay values until the message is rendered, so each language writes them its
own way: a date as ``2019. 2. 28.`` or ``28 February 2019``, a vocabulary value by its
label, and, in Korean, a particle that follows the word before it
(``{name:은}`` gives ``최영조는`` or ``이재훈은``; ``{text:'은}`` quotes the word first:
``'2019-02-30'은``). Specs: ``weekday`` on a date adds the day of the week; a Korean
particle (은 는 이 가 을 를 과 와 으로 로 이다), optionally after ``'``; ``;`` on a list
separates its items with semicolons (clauses that hold commas) instead of commas.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any, ClassVar

from gsmeet.domain.labels import LANGS, Lang, has_label, label

CONTEXT = "Message"  # the translation context of every message

# Korean particles that change with the final consonant (받침) of the word before them:
# the spec names the particle as written after a consonant; after a vowel the other form.
_PARTICLES = {
    "은": ("은", "는"),
    "는": ("은", "는"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "과": ("과", "와"),
    "와": ("과", "와"),
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
    "이다": ("이다", "다"),
}
# How a number's last digit is read (영, 일, 이, 삼, …), for the particle after it.
_DIGIT_FINALS = dict(
    zip("0123456789", ("ㅇ", "ㄹ", "", "ㅁ", "", "", "ㄱ", "ㄹ", "ㄹ", ""), strict=True)
)


Wording = Callable[[type["Message"]], "str | None"]
"""Where a language's templates come from: a message class → its template, or None."""


class Message:
    """One thing to tell the user. Subclasses set ``text``; raise or return instances
    made with the fields ``text`` names (``InvalidEmail(name=…, value=…)``)."""

    text: ClassVar[str] = ""

    def __init__(self, **fields: object) -> None:
        self.fields: dict[str, object] = fields

    @classmethod
    def key(cls) -> str:
        """The stable key of this message (its class name)."""
        return cls.__name__

    def render(self, lang: Lang = "en", wording: str | Wording | None = None) -> str:
        """This message in ``lang``. ``wording`` is the template of that language, or
        where templates come from (:data:`Wording`: also for the messages this one
        holds as fields); the English ``text`` where it has none."""
        if isinstance(wording, str):
            return render(wording, self.fields, lang)
        template = wording(type(self)) if wording is not None and lang != "en" else None
        return render(template or self.text, self.fields, lang, wording)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.fields.items())
        return f"{self.key()}({args})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Message) and type(other) is type(self) and other.fields == self.fields
        )

    def __hash__(self) -> int:
        return hash((self.key(), tuple(sorted(self.fields))))


def field_names(template: str) -> set[str]:
    """The named fields a template uses (``{name}``, ``{on:weekday}`` → name, on)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(
    template: str, fields: Mapping[str, object], lang: Lang, wording: Wording | None = None
) -> str:
    """``template`` filled with ``fields`` written the way ``lang`` writes them; a
    message among the fields is rendered with ``wording``'s template for it.

    A field the template names but ``fields`` lacks comes out as ``{name}`` rather than
    failing: a message must never be the thing that breaks an error report."""
    return _Formatter(lang, wording).vformat(template, (), _Missing(fields))


def as_text(value: object, lang: Lang, spec: str = "", wording: Wording | None = None) -> str:
    """One argument as ``lang`` writes it (see :func:`render` for the specs)."""
    return _Formatter(lang, wording).format_field(value, spec)


class _Missing(dict[str, object]):
    def __init__(self, fields: Mapping[str, object]) -> None:
        super().__init__(fields)

    def __missing__(self, key: str) -> object:
        return _Placeholder(key)


class _Placeholder:
    def __init__(self, name: str) -> None:
        self.name = name

    def __format__(self, spec: str) -> str:
        return "{" + self.name + "}"


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang, wording: Wording | None) -> None:
        super().__init__()
        self.lang = lang
        self.wording = wording

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        return kwargs[key] if isinstance(key, str) else _Placeholder(str(key))

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Placeholder):
            return format(value, "")
        quoted = format_spec.startswith("'")
        if format_spec.removeprefix("'") in _PARTICLES:
            word = self.format_field(value, "")
            shown = f"'{word}'" if quoted else word
            if self.lang != "ko":
                return shown
            return shown + particle(word, format_spec.removeprefix("'"))
        return self._plain(value, format_spec)

    def _plain(self, value: Any, spec: str) -> str:
        from gsmeet.domain.dates import format_date, format_time

        if isinstance(value, datetime):
            return f"{format_date(value.date(), self.lang, weekday=False)} {format_time(value)}"
        if isinstance(value, date):
            return format_date(value, self.lang, weekday=spec == "weekday")
        if isinstance(value, time):
            return format_time(value)
        if has_label(value):
            return label(value, self.lang)
        if isinstance(value, PurePath):
            return str(value)
        if isinstance(value, Message):
            return value.render(self.lang, self.wording)
        if isinstance(value, (list, tuple, set, frozenset)):
            separator = "; " if spec == ";" else ", "
            return separator.join(self._plain(item, "") for item in value)
        if spec in ("weekday", ";"):
            spec = ""
        try:
            return str(super().format_field(value, spec))
        except (TypeError, ValueError):  # a spec this value does not take: as it is
            return str(value)


def particle(word: str, spec: str) -> str:
    """The form of the Korean particle ``spec`` that follows ``word``: 은/는, 이/가,
    을/를, 과/와, 으로/로 (로 also after ㄹ), 이다/다. A final Hangul syllable or digit
    decides; after anything else (Latin letters, symbols) both forms are written,
    consonant form first (``x@은(는)``), as Korean forms do."""
    after_consonant, after_vowel = _PARTICLES[spec]
    word = word.rstrip(" .'\"’”」』")
    if word.endswith(")") and word[: word.rfind("(")].strip():
        word = word[: word.rfind("(")]  # 회의(2020. 4. 10.)는: after the word, not the aside
    final = _final_consonant(word.rstrip(" .')\"’”」』"))
    if final is None:
        return f"{after_consonant}({after_vowel})"
    if spec in ("으로", "로") and final == "ㄹ":
        return after_vowel
    return after_consonant if final else after_vowel


_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _final_consonant(word: str) -> str | None:
    """The final consonant of the last syllable ('' when it ends in a vowel), None when
    the word does not end in Hangul or a digit."""
    if not word:
        return None
    last = word[-1]
    if "가" <= last <= "힣":
        final = _FINALS[(ord(last) - 0xAC00) % 28]
        return "" if final == " " else final
    if last in _DIGIT_FINALS:
        if last == "0" and len(word) > 1 and word[-2].isdigit():
            return "ㅂ"  # 십, 백, 천, 만: a consonant, never ㄹ
        return _DIGIT_FINALS[last]
    return None


def subclasses(base: type[Message] = Message) -> Iterable[type[Message]]:
    """Every message class defined under ``base`` (those of imported modules)."""
    for cls in base.__subclasses__():
        yield cls
        yield from subclasses(cls)


__all__ = ["CONTEXT", "LANGS", "Message", "as_text", "field_names", "particle", "render"]
