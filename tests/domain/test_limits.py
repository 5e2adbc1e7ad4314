"""Every text column has its documented limit (gsmeet/domain/limits.py; the table in
docs/data-format.md is generated from it), and the limit is what is enforced."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum, String

from gsmeet.domain.labels import has_label
from gsmeet.domain.limits import LIMITS, TextTooLong, TextTooLongAt, check_length
from gsmeet.storage.models import Base, is_tracking

TEXT_COLUMNS = {
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, String)
    and not isinstance(column.type, Enum)
    # (not the database's own bookkeeping: a row's version, who runs a session live)
    and not is_tracking(column)
    and column.name != "uid"  # (a row's identity, made by gsmeet: never typed)
}


def test_every_text_column_has_a_limit_and_every_limit_a_column() -> None:
    assert TEXT_COLUMNS - set(LIMITS) == set(), "add these to gsmeet/domain/limits.py"
    assert set(LIMITS) - TEXT_COLUMNS == set(), "these columns are gone"


@pytest.mark.parametrize(("place", "field"), sorted(LIMITS.items()))
def test_every_limit_names_its_field_in_both_languages(
    place: tuple[str, str], field: tuple[int, object]
) -> None:
    assert has_label(field[1]), place


def test_the_limit_itself_is_accepted_and_one_more_is_refused() -> None:
    limit = LIMITS[("person", "name")][0]
    check_length("person", "name", "가" * limit)
    with pytest.raises(TextTooLong):
        check_length("person", "name", "가" * (limit + 1))
    with pytest.raises(TextTooLongAt) as refused:
        check_length("person", "name", "가" * (limit + 1), place="row 5")
    assert refused.value.fields["place"] == "row 5"
