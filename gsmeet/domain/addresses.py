"""E-mail addresses: the one rule for what the register keeps, a roster import
accepts and the mail sends to (``name@host.domain``).

The part before the ``@`` must be ASCII: an address like ``김철수@시청.kr`` can be
delivered only by a server that offers SMTPUTF8, and a message to it cannot be written
with ordinary headers, so it is refused where it is typed. The host may be Korean
(``hong@예시.kr``); a server without SMTPUTF8 refuses that one recipient.
"""

from __future__ import annotations

import re
from enum import StrEnum

_ADDRESS = re.compile(r'[^@\s<>,;"]+@[^@\s<>,;"]+\.[^@\s<>,;".]+')


class AddressFault(StrEnum):
    MALFORMED = "malformed"  # not name@host.domain
    LOCAL_NOT_ASCII = "local_not_ascii"  # letters other than ASCII before the @


def address_fault(text: str) -> AddressFault | None:
    """What is wrong with ``text`` as an e-mail address, or None when nothing is."""
    if not _ADDRESS.fullmatch(text):
        return AddressFault.MALFORMED
    if not text.rpartition("@")[0].isascii():
        return AddressFault.LOCAL_NOT_ASCII
    return None


def is_address(text: str) -> bool:
    """Whether ``text`` (spaces around it aside) is an address gsmeet sends to."""
    return address_fault(text.strip()) is None
