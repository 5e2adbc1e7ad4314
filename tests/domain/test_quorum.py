import pytest

from gsmeet.domain.enums import QuorumKind
from gsmeet.domain.quorum import QuorumRule, count_quorum


@pytest.mark.parametrize(("enrolled", "required"), [(10, 6), (11, 6), (200, 101), (0, 1)])
def test_majority_means_more_than_half(enrolled: int, required: int) -> None:
    assert QuorumRule().required(enrolled) == required


def test_fraction_rounds_up() -> None:
    rule = QuorumRule(kind=QuorumKind.FRACTION, numerator=1, denominator=3)
    assert rule.required(10) == 4
    assert rule.required(9) == 3


def test_proxies_count_only_when_the_rule_says_so() -> None:
    counting = count_quorum(QuorumRule(), enrolled=10, present=5, proxies=1)
    assert (counting.present, counting.absent, counting.met) == (6, 4, True)
    strict = count_quorum(QuorumRule(proxies_count=False), enrolled=10, present=5, proxies=1)
    assert (strict.present, strict.met) == (5, False)


def test_advisory_body_has_no_quorum() -> None:
    assert count_quorum(QuorumRule(kind=QuorumKind.NONE), enrolled=10, present=0, proxies=0).met
