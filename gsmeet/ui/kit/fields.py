"""Input fields that check what is typed as it is typed and say, beside the field, why
it cannot be accepted: dates in Korean habits (``2019. 11. 28.``, ``19.11.28``,
``2019-11-28``) and clock times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gsmeet.domain.dates import (
    format_date,
    format_time,
    parse_date,
    parse_due_date,
    parse_time,
    typed_date,
)
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.labels import Lang
from gsmeet.ui.kit.wording import describe

T = TypeVar("T")
ERROR_STYLE = "color: #b91c1c;"
OK_STYLE = "color: #4b5563;"


class _CheckedField(QWidget, Generic[T]):
    """A line edit and, beside it, either what was understood or why it was refused."""

    validity_changed = Signal(bool)

    def __init__(self, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.note, 3)
        self.setFocusProxy(self.edit)
        # A label's mnemonic (날짜(&D)) gives focus to its buddy only when the buddy takes
        # focus itself: without this, Alt+D did nothing on every date and time field.
        self.setFocusPolicy(self.edit.focusPolicy())
        self._valid = True
        self._value: T | None = None
        self.edit.textChanged.connect(self._check)

    def parse(self, text: str) -> T:
        raise NotImplementedError

    def describe(self, value: T) -> str:
        raise NotImplementedError

    def reason(self, text: str, error: InvalidInputError) -> str:
        return describe(error)

    @property
    def valid(self) -> bool:
        return self._valid

    def value(self) -> T | None:
        """What was typed (None for an empty optional field or a refused one)."""
        return self._value if self._valid else None

    def error(self) -> str:
        return "" if self._valid else self.note.text()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self._check(text)

    def _check(self, text: str) -> None:
        valid = True
        if not text.strip():
            self._value = None
            valid = self.optional
            self._show(
                "" if valid else self.tr("Required"),
                ok=valid,
            )
        else:
            try:
                self._value = self.parse(text)
            except InvalidInputError as error:
                self._value = None
                valid = False
                self._show(self.reason(text, error), ok=False)
            else:
                self._show(self.describe(self._value), ok=True)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _show(self, message: str, *, ok: bool) -> None:
        self.note.setText(message)
        self.note.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.edit.setToolTip("" if ok else message)
        self.edit.setAccessibleDescription(message)


class DateField(_CheckedField[date]):
    """A date as Korean offices type it. An impossible date (2019-02-30) is refused here,
    with the reason; what was understood is shown in full (``2019. 11. 28.(목)``)."""

    def __init__(
        self, lang: Lang, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(optional=optional, parent=parent)
        self._lang = lang
        self.edit.setPlaceholderText("2019. 11. 28." if lang == "ko" else "2019-11-28")
        self._check("")

    def set_date(self, day: date | None) -> None:
        """``day`` as this language types it: ``2019. 11. 28.`` or ``2019-11-28`` (both
        read back; the full date shows beside it)."""
        self.setText("" if day is None else typed_date(day, self._lang))

    def parse(self, text: str) -> date:
        return parse_date(text)

    def describe(self, value: date) -> str:
        return format_date(value, self._lang)


class DueDateField(DateField):
    """A due date as the secretary types it during a session: a date, or a month and
    day alone (``9/30``, ``9월 30일``), the next such day from the meeting's."""

    def __init__(
        self, lang: Lang, today: date, *, optional: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, optional=optional, parent=parent)
        self._today = today
        self.edit.setPlaceholderText("2019. 12. 31." if lang == "ko" else "2019-12-31")

    def parse(self, text: str) -> date:
        return parse_due_date(text, self._today)


class TimeField(_CheckedField[time]):
    """A clock time: ``14:00`` or ``14시 30분``."""

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(optional=optional, parent=parent)
        self.edit.setPlaceholderText("14:00")
        self._check("")

    def set_time(self, value: time | None) -> None:
        self.setText("" if value is None else format_time(value))

    def parse(self, text: str) -> time:
        return parse_time(text)

    def describe(self, value: time) -> str:
        return format_time(value)


def all_valid(fields: list[_CheckedField[date]] | list[_CheckedField[time]]) -> bool:
    return all(field.valid for field in fields)


def watch(fields: list[QWidget], update: Callable[[], None]) -> None:
    """Call ``update`` whenever one of ``fields`` becomes valid or invalid."""
    for field in fields:
        if isinstance(field, _CheckedField):
            field.validity_changed.connect(lambda _valid: update())
