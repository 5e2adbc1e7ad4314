"""The one e-mail address rule (register, roster import, mail)."""

from __future__ import annotations

import pytest

from gsmeet.domain.addresses import AddressFault, address_fault, is_address


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("hong@example.kr", None),
        ("hong.gil-dong+minutes@mail.gyeongsan.go.kr", None),
        ("hong@예시.kr", None),  # a Korean host: servers with SMTPUTF8 take it
        ("김철수@시청.kr", AddressFault.LOCAL_NOT_ASCII),
        ("hong@", AddressFault.MALFORMED),
        ("hong@example", AddressFault.MALFORMED),
        ("hong @example.kr", AddressFault.MALFORMED),
        ("<hong@example.kr>", AddressFault.MALFORMED),
        ("hong@example.kr, kim@example.kr", AddressFault.MALFORMED),
        ('"hong"@example.kr', AddressFault.MALFORMED),
        ("a@b@example.kr", AddressFault.MALFORMED),
    ],
)
def test_what_an_address_is(text: str, fault: AddressFault | None) -> None:
    assert address_fault(text) is fault
    assert is_address(f" {text} ") is (fault is None)
