"""Every subgraph's Date and DateTime refuse years outside 1900-2200 as a coercion error, where a
year 9999 used to parse and then overflow (a 500) in whatever added a day to it."""

from __future__ import annotations

import datetime as dt

import pytest
import strawberry
from servicekit.graphql import federation_schema, print_sdl


@strawberry.type
class Query:
    @strawberry.field
    def next_day(self, day: dt.date) -> dt.date:
        return day + dt.timedelta(days=1)

    @strawberry.field
    def in_utc(self, at: dt.datetime) -> dt.datetime:
        return at.astimezone(dt.UTC)


schema = federation_schema(query=Query)


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        ("query($d: Date!) { nextDay(day: $d) }", {"d": "9999-12-31"}),
        ("query($d: Date!) { nextDay(day: $d) }", {"d": "0001-01-01"}),
        ('{ nextDay(day: "9999-12-31") }', None),
        ("query($t: DateTime!) { inUtc(at: $t) }", {"t": "9999-12-31T23:00:00-05:00"}),
    ],
)
async def test_a_year_outside_1900_to_2200_is_a_coercion_error_not_a_bug(
    query: str, variables: dict[str, str] | None
) -> None:
    result = await schema.execute(query, variable_values=variables)
    assert result.errors is not None
    assert "the year must be 1900 to 2200" in result.errors[0].message
    assert "Something went wrong" not in result.errors[0].message


async def test_dates_within_the_years_go_through() -> None:
    result = await schema.execute('{ nextDay(day: "2200-12-30") inUtc(at: "2026-11-25T10:00:00+05:30") }')
    assert result.errors is None
    assert result.data == {"nextDay": "2200-12-31", "inUtc": "2026-11-25T04:30:00+00:00"}


def test_the_sdl_of_date_and_datetime_is_strawberrys() -> None:
    sdl = print_sdl(schema)
    assert '"""Date (isoformat)"""\nscalar Date' in sdl
    assert '"""Date with time (isoformat)"""\nscalar DateTime' in sdl
