"""Reading an export file as JSON without trusting it: a size limit before reading, no
key twice in an object, no number longer than a 64-bit integer, no NaN or Infinity, no
nesting deeper than the format has, no broken (lone surrogate) characters — each
refused in one line naming the place, before anything is validated or written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gsmeet.domain.files import reason
from gsmeet.services.admin.errors import (
    BrokenCharacter,
    CannotRead,
    ExportTooBig,
    KeyTwice,
    KeyTwiceInRow,
    NestedTooDeep,
    NotANumber,
    NotJson,
    NotUtf8,
    NumberTooLong,
)

MAX_BYTES = 512 * 1024 * 1024  # years of a busy committee's minutes are a few MB
MAX_DIGITS = 19  # 2**63 has 19 digits
MAX_DEPTH = 6  # document → tables → a table → a row → a value (and one to spare)


def load_json(path: Path) -> Any:
    """The JSON document in ``path``, checked as above."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExportTooBig(path=path, size=size, limit=MAX_BYTES)
        raw = path.read_bytes()
    except OSError as error:
        raise CannotRead(path=path, reason=reason(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotUtf8(path=path) from None

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in items:
            if key in found:
                near = dict(items).get("id")
                if isinstance(near, int) and not isinstance(near, bool):
                    raise KeyTwiceInRow(path=path, key=_printable(key), id=near)
                raise KeyTwice(path=path, key=_printable(key))
            found[key] = value
        return found

    def integer(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_DIGITS:
            raise NumberTooLong(path=path, digits=len(digits.lstrip("-")), limit=MAX_DIGITS)
        return int(digits)

    def constant(name: str) -> Any:
        raise NotANumber(path=path, value=name)

    try:
        document = json.loads(
            text, object_pairs_hook=pairs, parse_int=integer, parse_constant=constant
        )
    except json.JSONDecodeError as error:
        raise NotJson(path=path, line=error.lineno, column=error.colno, detail=error.msg) from None
    except RecursionError:
        raise NestedTooDeep(place=path) from None
    _check(document, "document", 0)
    return document


def _check(value: Any, place: str, depth: int) -> None:
    """No nesting past :data:`MAX_DEPTH`, no lone surrogate in any key or text."""
    if depth > MAX_DEPTH:
        raise NestedTooDeep(place=place)
    if isinstance(value, str):
        _whole(value, place)
    elif isinstance(value, dict):
        for key, item in value.items():
            _whole(key, place)
            _check(item, f"{place}.{_printable(key)}", depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check(item, f"{place}[{index}]", depth + 1)


def _whole(text: str, place: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BrokenCharacter(place=place) from None


def _printable(key: str) -> str:
    """``key`` safe to print (a lone surrogate shown as its escape)."""
    return key.encode("utf-8", "backslashreplace").decode("utf-8")[:80]
