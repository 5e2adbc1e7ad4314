"""What a roster import says: why a row is invalid (notices the preview shows), and why
an import is refused."""

from __future__ import annotations

from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.messages import Message


class BlankName(Message):
    text = "blank name"


class UnknownRole(Message):
    text = "unknown role '{value}'"


class UnknownSubcommittee(Message):
    text = "unknown sub-committee '{value}'"


class MalformedEmail(Message):
    text = "malformed e-mail '{value}'"


class LocalPartNotAscii(Message):
    text = "e-mail '{value}' has letters other than a-z, digits and signs before the @"


class CellTooLong(Message):
    text = "{header}: {length} characters is more than the {limit} allowed"


class BadDate(Message):
    text = "{header}: {reason}"


class EndBeforeStart(Message):
    text = "{end_header} {end} is before {start_header} {start}"


class LeftBeforeJoining(Message):
    text = "{header} {left} is before the term began ({start})"


class LeftWithoutStart(Message):
    text = "{header} of a new member needs the term's start ({start_header})"


class BadAllowance(Message):
    text = "bad {header} '{value}' (use Y or N)"


class SameMemberAs(Message):
    text = "same member as row {row}"


class RowProblems(Message):
    text = "row {row}: {problems}"


class AndMore(Message):
    text = "and {count} more"


class PreviewOfAnotherCommittee(InvalidInputError):
    text = "{path}: previewed for another committee"


class InvalidRows(InvalidInputError):
    text = "{path}: {count} invalid rows, nothing imported: {problems:;}"


class ChangedSincePreview(InvalidInputError):
    text = "{path}: the register changed since the preview (row {row}); preview the file again"
