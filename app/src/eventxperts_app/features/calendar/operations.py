"""The calendar section's GraphQL documents (docs/api/calendar.graphql); each is checked against the
committed SDL by app/tests/test_operations.py."""

from eventxperts_app.api.operations import ERROR_FIELDS

SUBGRAPH = "calendar"

REF = "{ id name unit }"
NAME = "{ en te }"
WINDOW = "{ startsAt endsAt }"

BOOKING_FIELDS = f"""
fragment BookingFields on Booking {{
  id eventName kind status version exceedsStock holdExpiresAt details notes cancellationReason
  agreedTotalPaise advancePaise
  schedule {{ startsAt endsAt setupStartsAt teardownEndsAt }}
  venue {{ address district state {{ code name }} pinCode mapLink }}
  client {{ name phones email birthNakshatra }}
  lineItems {{ kind description quantity agreedPricePaise stockItem {REF} }}
}}
"""

SHORTAGE_FIELDS = f"""
fragment ShortageFields on StockShortage {{
  item {REF} day wanted available shortBy
  heldBy {{ id eventName status startsAt endsAt }}
}}
"""

# A booking as its detail shows it: what confirming would find short, and the activity log.
BOOKING_DETAIL = (
    "{ ...BookingFields shortages { ...ShortageFields }"
    " activity(first: 50) { items { at action note changes { field before after } } } }"
)
BOOKING_PAYLOAD = (
    f"{{ booking {BOOKING_DETAIL} shortages {{ ...ShortageFields }} {ERROR_FIELDS} }} }}"
    + BOOKING_FIELDS
    + SHORTAGE_FIELDS
)

PERIOD = f"{{ name {NAME} number startsAt endsAt paksha {NAME} }}"
DAY_FIELDS = f"""
fragment DayFields on DayView {{
  date isPeakDay
  peakItems {{ item {REF} usable confirmed held free short }}
  panchangam {{
    vara {NAME} tithi {PERIOD} nakshatra {PERIOD}
    rahuKalam {WINDOW} yamagandam {WINDOW} durmuhurtham {WINDOW}
    festivals {NAME} muhurthams {{ kind }}
  }}
  bookings {{ ...DayBookingFields }}
}}
"""
# What a day of the month shows of a booking; the detail (BOOKING) asks for the rest when opened.
DAY_BOOKING_FIELDS = """
fragment DayBookingFields on Booking {
  id eventName kind status schedule { startsAt endsAt } venue { district } client { name }
}
"""

MONTH_VIEW = (
    "query MonthView($year: Int!, $month: Int!) { monthView(year: $year, month: $month) {"
    f" year month place {{ name {NAME} }} days {{ ...DayFields }}"
    f" peakWarnings {{ date item {REF} free usable }} }} }}" + DAY_FIELDS + DAY_BOOKING_FIELDS
)

BOOKING = (
    "query Booking($id: ID!) { booking(id: $id) " + BOOKING_DETAIL + " }" + BOOKING_FIELDS + SHORTAGE_FIELDS
)

BOOKINGS = (
    "query Bookings($filter: BookingFilter, $first: Int!, $after: String) {"
    " bookings(filter: $filter, first: $first, after: $after) {"
    " items { ...BookingFields } total nextCursor } }" + BOOKING_FIELDS
)

CREATE_BOOKING = (
    "mutation CreateBooking($input: CreateBookingInput!) { createBooking(input: $input) " + BOOKING_PAYLOAD
)
UPDATE_BOOKING = (
    "mutation UpdateBooking($id: ID!, $input: UpdateBookingInput!) { updateBooking(id: $id, input: $input) "
    + BOOKING_PAYLOAD
)
HOLD_BOOKING = (
    "mutation HoldBooking($id: ID!, $holdUntil: DateTime) { holdBooking(id: $id, holdUntil: $holdUntil) "
    + BOOKING_PAYLOAD
)
CONFIRM_BOOKING = "mutation ConfirmBooking($id: ID!) { confirmBooking(id: $id) " + BOOKING_PAYLOAD
COMPLETE_BOOKING = "mutation CompleteBooking($id: ID!) { completeBooking(id: $id) " + BOOKING_PAYLOAD
CANCEL_BOOKING = (
    "mutation CancelBooking($id: ID!, $reason: String!) { cancelBooking(id: $id, reason: $reason) "
    + BOOKING_PAYLOAD
)
RESCHEDULE_BOOKING = (
    "mutation RescheduleBooking($id: ID!, $schedule: ScheduleInput!, $reason: String) {"
    " rescheduleBooking(id: $id, schedule: $schedule, reason: $reason) " + BOOKING_PAYLOAD
)

STOCK_ITEM_FIELDS = """
fragment StockItemFields on StockItem {
  id name unit quantity usable outOfService dailyRentPaise parts { itemId name unit quantity }
}
"""
STOCK_ITEMS = (
    "query StockItems($first: Int!, $after: String) { stockItems(first: $first, after: $after) {"
    " items { ...StockItemFields } total nextCursor } }" + STOCK_ITEM_FIELDS
)
CREATE_STOCK_ITEM = (
    "mutation CreateStockItem($input: CreateStockItemInput!) { createStockItem(input: $input) {"
    f" item {{ ...StockItemFields }} {ERROR_FIELDS} }} }}" + STOCK_ITEM_FIELDS
)

STOCK_ITEM_PAYLOAD = f"{{ item {{ ...StockItemFields }} {ERROR_FIELDS} }} }}" + STOCK_ITEM_FIELDS
REPAIR_STOCK = (
    "mutation RepairStock($id: ID!, $quantity: Int!) { repairStock(id: $id, quantity: $quantity) "
    + STOCK_ITEM_PAYLOAD
)
WRITE_OFF_STOCK = (
    "mutation WriteOffStock($id: ID!, $quantity: Int!, $reason: String!) {"
    " writeOffStock(id: $id, quantity: $quantity, reason: $reason) " + STOCK_ITEM_PAYLOAD
)

DAILY_CAPACITY = "query DailyCapacity { dailyCapacity { unit perDay } }"
SET_DAILY_CAPACITY = (
    "mutation SetDailyCapacity($input: CapacityInput!) { setDailyCapacity(input: $input) {"
    f" capacity {{ unit perDay }} {ERROR_FIELDS} }} }}"
)
CLEAR_DAILY_CAPACITY = (
    f"mutation ClearDailyCapacity {{ clearDailyCapacity {{ capacity {{ unit perDay }} {ERROR_FIELDS} }} }}"
)

AVAILABILITY = (
    "query Availability($firstDay: Date!, $lastDay: Date!) {"
    " availability(firstDay: $firstDay, lastDay: $lastDay) {"
    " items { item { id name unit } shortDays days { date usable confirmed held free short } } } }"
)

MUHURTHAM_SEARCH = (
    "query MuhurthamSearch($input: MuhurthamSearchInput!) { muhurthamSearch(input: $input) {"
    f" kind place {{ name {NAME} }} days {{ date reasons windows {WINDOW} }} }} }}"
)

ICS_FEED = "query IcsFeed { icsFeed { url createdAt } }"
CREATE_ICS_FEED = f"mutation CreateIcsFeed {{ createIcsFeed {{ feed {{ url createdAt }} {ERROR_FIELDS} }} }}"
REVOKE_ICS_FEED = f"mutation RevokeIcsFeed {{ revokeIcsFeed {{ feed {{ url createdAt }} {ERROR_FIELDS} }} }}"

WHATSAPP_SHARE = (
    "query WhatsAppShare($bookingId: ID!, $language: Language!) {"
    " whatsappShare(bookingId: $bookingId, language: $language) { url text language } }"
)

DISPATCH_LINE = "{ item { id name unit } planned dispatched }"
RETURN_LINE = "{ item { id name unit } dispatched returned damaged lost chargePaise note }"
GODOWN_RECORD = (
    "query GodownRecord($id: ID!) { booking(id: $id) { id"
    f" dispatchSheet {{ lines {DISPATCH_LINE} dispatchedAt loadedBy vehicle }}"
    f" returnCheck {{ checkedAt checkedBy lines {RETURN_LINE} damageChargesPaise }} }} }}"
)
RECORD_DISPATCH = (
    "mutation RecordDispatch($bookingId: ID!, $input: DispatchInput!) {"
    " recordDispatch(bookingId: $bookingId, input: $input) {"
    f" dispatchSheet {{ dispatchedAt }} {ERROR_FIELDS} }} }}"
)
RECORD_RETURN = (
    "mutation RecordReturn($bookingId: ID!, $input: ReturnInput!) {"
    " recordReturn(bookingId: $bookingId, input: $input) {"
    f" returnCheck {{ checkedAt }} {ERROR_FIELDS} }} }}"
)
