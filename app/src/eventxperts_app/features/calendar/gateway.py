"""The calendar section's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject, as_object, required_str
from eventxperts_app.features.calendar import operations
from eventxperts_app.features.calendar.dispatch_models import GodownRecord, GodownResult
from eventxperts_app.features.calendar.dispatch_parsing import parse_godown_payload, parse_godown_record
from eventxperts_app.features.calendar.models import (
    Booking,
    BookingPage,
    BookingResult,
    CapacityResult,
    DailyCapacity,
    IcsFeedResult,
    ItemAvailability,
    MonthView,
    MuhurthamResult,
    StockItem,
    StockItemResult,
)
from eventxperts_app.features.calendar.parsing import (
    parse_booking,
    parse_booking_page,
    parse_booking_payload,
    parse_capacity,
    parse_capacity_payload,
    parse_ics_feed,
    parse_ics_payload,
    parse_stock_item_payload,
    parse_stock_items,
)
from eventxperts_app.features.calendar.views_parsing import (
    parse_availability,
    parse_month_view,
    parse_muhurtham_result,
)

T = TypeVar("T")
TokenCall = Callable[[str], Awaitable[T]]  # access token -> the answer

# The calendar service caps a page of stock items at 100.
STOCK_PAGE = 100
# Each status action: its document and the mutation field that answers it.
BOOKING_ACTIONS = {
    "hold": (operations.HOLD_BOOKING, "holdBooking"),
    "confirm": (operations.CONFIRM_BOOKING, "confirmBooking"),
    "complete": (operations.COMPLETE_BOOKING, "completeBooking"),
    "cancel": (operations.CANCEL_BOOKING, "cancelBooking"),
    "reschedule": (operations.RESCHEDULE_BOOKING, "rescheduleBooking"),
    "create": (operations.CREATE_BOOKING, "createBooking"),
    "update": (operations.UPDATE_BOOKING, "updateBooking"),
}
GODOWN_ACTIONS = {
    "dispatch": (operations.RECORD_DISPATCH, "recordDispatch"),
    "return": (operations.RECORD_RETURN, "recordReturn"),
}
STOCK_ACTIONS = {
    "repair": (operations.REPAIR_STOCK, "repairStock"),
    "write_off": (operations.WRITE_OFF_STOCK, "writeOffStock"),
}


async def month_view(client: GatewayClient, year: int, month: int, access_token: str) -> MonthView:
    data = await client.execute(operations.MONTH_VIEW, {"year": year, "month": month}, access_token)
    return parse_month_view(data)


async def booking(client: GatewayClient, booking_id: str, access_token: str) -> Booking:
    data = await client.execute(operations.BOOKING, {"id": booking_id}, access_token)
    return parse_booking(data.get("booking"))


async def bookings(client: GatewayClient, variables: JsonObject, access_token: str) -> BookingPage:
    """One page of the caller's bookings, filtered (bookings_query.bookings_variables)."""
    return parse_booking_page(await client.execute(operations.BOOKINGS, variables, access_token))


async def change_booking(
    client: GatewayClient, action: str, variables: JsonObject, access_token: str
) -> BookingResult:
    """One of BOOKING_ACTIONS with its variables; the booking as it is now, or typed errors."""
    document, field = BOOKING_ACTIONS[action]
    data = await client.execute(document, variables, access_token)
    return parse_booking_payload(data, field)


async def stock_items(client: GatewayClient, access_token: str) -> tuple[StockItem, ...]:
    data = await client.execute(operations.STOCK_ITEMS, {"first": STOCK_PAGE, "after": None}, access_token)
    return parse_stock_items(data)


async def create_stock_item(
    client: GatewayClient, variables: JsonObject, access_token: str
) -> StockItemResult:
    data = await client.execute(operations.CREATE_STOCK_ITEM, variables, access_token)
    return parse_stock_item_payload(data, "createStockItem")


async def change_stock(
    client: GatewayClient, action: str, variables: JsonObject, access_token: str
) -> StockItemResult:
    """ "repair" (id, quantity) or "write_off" (id, quantity, reason) out-of-service units."""
    document, field = STOCK_ACTIONS[action]
    return parse_stock_item_payload(await client.execute(document, variables, access_token), field)


async def daily_capacity(client: GatewayClient, access_token: str) -> DailyCapacity | None:
    data = await client.execute(operations.DAILY_CAPACITY, {}, access_token)
    return parse_capacity(data.get("dailyCapacity"))


async def set_daily_capacity(
    client: GatewayClient, capacity: DailyCapacity | None, access_token: str
) -> CapacityResult:
    """Sets the capacity per day, or clears it (None)."""
    if capacity is None:
        data = await client.execute(operations.CLEAR_DAILY_CAPACITY, {}, access_token)
        return parse_capacity_payload(data, "clearDailyCapacity")
    variables = {"input": {"unit": capacity.unit.value, "perDay": capacity.per_day}}
    data = await client.execute(operations.SET_DAILY_CAPACITY, variables, access_token)
    return parse_capacity_payload(data, "setDailyCapacity")


async def availability(
    client: GatewayClient, variables: JsonObject, access_token: str
) -> tuple[ItemAvailability, ...]:
    data = await client.execute(operations.AVAILABILITY, variables, access_token)
    return parse_availability(data)


async def muhurtham_search(
    client: GatewayClient, variables: JsonObject, access_token: str
) -> MuhurthamResult:
    data = await client.execute(operations.MUHURTHAM_SEARCH, variables, access_token)
    return parse_muhurtham_result(data)


async def ics_feed(client: GatewayClient, access_token: str) -> str | None:
    data = await client.execute(operations.ICS_FEED, {}, access_token)
    return parse_ics_feed(data.get("icsFeed"))


async def create_ics_feed(client: GatewayClient, access_token: str) -> IcsFeedResult:
    return parse_ics_payload(
        await client.execute(operations.CREATE_ICS_FEED, {}, access_token), "createIcsFeed"
    )


async def revoke_ics_feed(client: GatewayClient, access_token: str) -> IcsFeedResult:
    return parse_ics_payload(
        await client.execute(operations.REVOKE_ICS_FEED, {}, access_token), "revokeIcsFeed"
    )


async def whatsapp_link(client: GatewayClient, booking_id: str, language: str, access_token: str) -> str:
    """The wa.me link sharing the booking's summary, in "EN" or "TE"."""
    variables = {"bookingId": booking_id, "language": language}
    data = await client.execute(operations.WHATSAPP_SHARE, variables, access_token)
    return required_str(as_object(data.get("whatsappShare"), "whatsappShare"), "url")


async def godown_record(client: GatewayClient, booking_id: str, access_token: str) -> GodownRecord:
    data = await client.execute(operations.GODOWN_RECORD, {"id": booking_id}, access_token)
    return parse_godown_record(data)


async def record_godown(
    client: GatewayClient, action: str, variables: JsonObject, access_token: str
) -> GodownResult:
    """ "dispatch" or "return" (bookingId, input); typed errors, or none once recorded."""
    document, field = GODOWN_ACTIONS[action]
    return parse_godown_payload(await client.execute(document, variables, access_token), field)
