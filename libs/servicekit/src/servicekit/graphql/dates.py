"""Dates in the graph: Strawberry's Date and DateTime, refusing years no event of ours is in.

9999-12-31 parses as a date, then overflows the first time a service adds a day to it, converts it
to UTC or asks the panchangam about it: a 500 wherever that happens. Every subgraph gets these
scalars (servicekit.graphql.schema.federation_schema), so a date outside 1900-2200 is refused where
it enters, as the variable's coercion error (the gateway reports it as BAD_USER_INPUT).
The SDL is unchanged: same names, same descriptions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.schema.types.base_scalars import DateDefinition, DateTimeDefinition
from strawberry.types.scalar import ScalarDefinition

FIRST_YEAR = 1900
LAST_YEAR = 2200


def _bounded(parse: Callable[[object], object], name: str) -> Callable[[object], object]:
    def parse_value(value: object) -> object:
        parsed = parse(value)
        if isinstance(parsed, dt.date) and not FIRST_YEAR <= parsed.year <= LAST_YEAR:
            raise StrawberryInputCoercionError(
                f"Value cannot represent a {name}: the year must be {FIRST_YEAR} to {LAST_YEAR}."
            )
        return parsed

    return parse_value


def _bounded_definition(definition: ScalarDefinition) -> ScalarDefinition:
    assert definition.parse_value is not None
    return dataclasses.replace(definition, parse_value=_bounded(definition.parse_value, definition.name))


DATE_SCALARS: dict[object, ScalarDefinition] = {
    dt.date: _bounded_definition(DateDefinition),
    dt.datetime: _bounded_definition(DateTimeDefinition),
}
