"""Where the calendar's screens are."""

CALENDAR = "/calendar"
STOCK = "/stock"
