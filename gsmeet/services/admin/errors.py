"""Why an export file cannot be imported: each says what is wrong and where (the file,
or the place in it: ``tables.meeting[0].held_on``)."""

from __future__ import annotations

from gsmeet.domain.errors import InvalidInputError


class CannotRead(InvalidInputError):
    text = "{path}: cannot be read ({reason})"


class NotUtf8(InvalidInputError):
    text = "{path}: not UTF-8 text"


class NotJson(InvalidInputError):
    text = "{path}: not valid JSON at line {line}, column {column}"


class NotAnExport(InvalidInputError):
    text = '{where}: not a gsmeet export (no "format": "gsmeet")'


class UnknownVersion(InvalidInputError):
    text = "{where}: unknown format version {version} (this gsmeet reads {known})"


class TablesNotAnObject(InvalidInputError):
    text = '{where}: "tables" must be an object'


class UnknownTableName(InvalidInputError):
    text = '{where}: unknown table "{name}"'


class TableNotAList(InvalidInputError):
    text = "{where}: tables.{table} must be a list"


class RowNotAnObject(InvalidInputError):
    text = "{place}: a row must be an object"


class UnknownField(InvalidInputError):
    text = '{place}: unknown field "{name}"'


class MissingField(InvalidInputError):
    text = '{place}: missing field "{name}"'


class IdTwice(InvalidInputError):
    text = "{place}: id {id} appears twice"


class UidTwice(InvalidInputError):
    text = "{place}: uid {uid} appears twice in the table"


class NotAUid(InvalidInputError):
    text = "{place}: '{value}' is not a row identity (32 hexadecimal digits)"


class MustNotBeNull(InvalidInputError):
    text = "{place}: must not be null"


class NotABoolean(InvalidInputError):
    text = "{place}: {value} is not true or false"


class NotAWholeNumber(InvalidInputError):
    text = "{place}: {value} is not a whole number"


class TooLarge(InvalidInputError):
    text = "{place}: {value} is too large"


class NotText(InvalidInputError):
    text = "{place}: {value} is not text"


class NotOneOf(InvalidInputError):
    text = "{place}: '{value}' is not one of {allowed}"


class NotARealMoment(InvalidInputError):
    text = "{place}: '{value}' is not a real date and time"


class NotBase64(InvalidInputError):
    text = "{place}: not base64 text (the bytes of a kept file)"


class NotARealDate(InvalidInputError):
    text = "{place}: '{value}' is not a real date"


class NotARealTime(InvalidInputError):
    text = "{place}: '{value}' is not a real time"


class MissingTarget(InvalidInputError):
    text = "{place}: no {table} with id {id}"


class NotUnique(InvalidInputError):
    text = "tables: two rows share what must be unique ({columns})"


class HoldsData(InvalidInputError):
    text = "{path} already holds data; import into a new database file"


class ServerHoldsData(InvalidInputError):
    text = "{server} already holds data; import into an empty server database"


class NumberHeldTwice(InvalidInputError):
    text = "{place}: number {number} is also held by {other}"


class ExportTooBig(InvalidInputError):
    text = "{path}: {size} bytes is more than an export may be ({limit} bytes)"


class KeyTwice(InvalidInputError):
    text = '{path}: the key "{key}" appears twice in one object'


class KeyTwiceInRow(InvalidInputError):
    text = '{path}: the key "{key}" appears twice in the row with id {id}'


class NumberTooLong(InvalidInputError):
    text = "{path}: a number of {digits} digits (an export's numbers have at most {limit})"


class NotANumber(InvalidInputError):
    text = "{path}: {value} is not a number an export may hold"


class NestedTooDeep(InvalidInputError):
    text = "{place}: nested deeper than an export ever is"


class BrokenCharacter(InvalidInputError):
    text = "{place}: text with a broken character (a lone UTF-16 surrogate)"
