"""The compatibility rule on small models: what breaks published consumers, and what does not."""

from __future__ import annotations

from datetime import date
from typing import Literal

from contracts.compatibility import incompatibilities
from pydantic import BaseModel, ConfigDict


class Address(BaseModel):
    pin_code: str


class BookingV1(BaseModel):
    """Booking confirmed."""

    model_config = ConfigDict(extra="forbid")
    booking_id: str
    amount_paise: int
    status: Literal["confirmed", "cancelled"]
    venue: Address
    note: str | None = None


class OpenBookingV1(BaseModel):
    booking_id: str
    amount_paise: int


def changes(published: type[BaseModel], current: type[BaseModel]) -> list[str]:
    return incompatibilities(published.model_json_schema(), current.model_json_schema())


def test_the_same_model_with_other_words_in_its_docs_is_compatible() -> None:
    class Renamed(BaseModel):
        """Another docstring and title."""

        model_config = ConfigDict(extra="forbid", title="Something else")
        booking_id: str
        amount_paise: int
        status: Literal["confirmed", "cancelled"]
        venue: Address
        note: str | None = None

    assert changes(BookingV1, Renamed) == []


def test_a_removed_field_breaks_consumers() -> None:
    class Removed(BaseModel):
        model_config = ConfigDict(extra="forbid")
        booking_id: str
        status: Literal["confirmed", "cancelled"]
        venue: Address
        note: str | None = None

    assert changes(BookingV1, Removed) == ["field 'amount_paise' was removed"]


def test_a_retyped_field_or_a_widened_enum_breaks_consumers() -> None:
    class Retyped(BaseModel):
        model_config = ConfigDict(extra="forbid")
        booking_id: str
        amount_paise: float
        status: Literal["confirmed", "cancelled", "tentative"]
        venue: Address
        note: str | None = None

    problems = changes(BookingV1, Retyped)
    assert [p.split(":")[0] for p in problems] == ["field 'amount_paise' changed", "field 'status' changed"]


def test_a_change_inside_a_nested_model_breaks_consumers() -> None:
    class Venue(BaseModel):
        pin_code: int

    class Nested(BaseModel):
        model_config = ConfigDict(extra="forbid")
        booking_id: str
        amount_paise: int
        status: Literal["confirmed", "cancelled"]
        venue: Venue
        note: str | None = None

    assert [p.split(":")[0] for p in changes(BookingV1, Nested)] == ["field 'venue' changed"]


def test_a_new_field_breaks_consumers_that_refuse_unknown_fields() -> None:
    class Added(BaseModel):
        model_config = ConfigDict(extra="forbid")
        booking_id: str
        amount_paise: int
        status: Literal["confirmed", "cancelled"]
        venue: Address
        note: str | None = None
        event_date: date | None = None

    assert changes(BookingV1, Added) == [
        "field 'event_date' was added but published consumers refuse unknown fields"
    ]


def test_an_optional_new_field_is_compatible_where_unknown_fields_are_accepted() -> None:
    class Added(BaseModel):
        booking_id: str
        amount_paise: int
        event_date: date | None = None

    class AddedRequired(BaseModel):
        booking_id: str
        amount_paise: int
        event_date: date

    assert changes(OpenBookingV1, Added) == []
    assert changes(OpenBookingV1, AddedRequired) == ["field 'event_date' was added as required"]


def test_making_a_field_optional_or_required_breaks_consumers() -> None:
    class Loosened(BaseModel):
        booking_id: str
        amount_paise: int = 0

    class Tightened(BaseModel):
        model_config = ConfigDict(extra="forbid")
        booking_id: str
        amount_paise: int
        status: Literal["confirmed", "cancelled"]
        venue: Address
        note: str | None

    assert changes(OpenBookingV1, Loosened) == ["field 'amount_paise' is no longer required"]
    assert changes(BookingV1, Tightened) == ["field 'note' became required"]
