"""Quorum: how many of the enrolled members (재적) must be present (출석)."""

from __future__ import annotations

from dataclasses import dataclass

from gsmeet.domain.enums import QuorumKind


@dataclass(frozen=True, slots=True)
class QuorumRule:
    kind: QuorumKind = QuorumKind.MAJORITY
    numerator: int = 1
    denominator: int = 2
    count: int = 0
    proxies_count: bool = True

    def required(self, enrolled: int) -> int:
        """The smallest number present that meets the rule."""
        if self.kind is QuorumKind.NONE:
            return 0
        if self.kind is QuorumKind.COUNT:
            return self.count
        if self.kind is QuorumKind.MAJORITY:
            return enrolled // 2 + 1
        # at least numerator/denominator, rounded up, in integers to avoid float error
        return -(-enrolled * self.numerator // self.denominator)


@dataclass(frozen=True, slots=True)
class QuorumCount:
    enrolled: int  # 재적
    present: int  # 출석 (proxies included when the rule counts them)
    absent: int  # 불참
    required: int
    applies: bool = True  # False for a kind of session with no quorum: no verdict shown
    unchecked: int = 0  # 미확인: enrolled, not checked in yet (a session not yet over)

    @property
    def met(self) -> bool:
        return self.present >= self.required


def count_quorum(
    rule: QuorumRule,
    *,
    enrolled: int,
    present: int,
    proxies: int,
    applies: bool = True,
    unchecked: int = 0,
) -> QuorumCount:
    """Count attendance by ``rule``: ``present`` excludes proxies, which the rule may add.
    ``applies`` is False where the kind of session has no quorum. ``unchecked`` members
    are neither present nor absent yet (before and during a session); once it is over
    whoever did not come is absent, so the caller passes 0."""
    attending = present + (proxies if rule.proxies_count else 0)
    waiting = min(max(unchecked, 0), max(enrolled - attending, 0))
    return QuorumCount(
        enrolled=enrolled,
        present=attending,
        absent=max(enrolled - attending - waiting, 0),
        required=rule.required(enrolled) if applies else 0,
        applies=applies and rule.kind is not QuorumKind.NONE,
        unchecked=waiting,
    )
